using System;

namespace PdeDsl;

/// <summary>Settings of the <see cref="DirectionalBackend"/>.</summary>
public sealed record DirectionalOptions
{
    /// <summary>Jets (exact, default) or central differences.</summary>
    public DirectionalMethod Method { get; init; } = DirectionalMethod.Jet;

    /// <summary>The law of the random directions (default Rademacher).</summary>
    public DirectionKind Directions { get; init; } = DirectionKind.Rademacher;

    /// <summary>K: random directions per point for a Laplacian or gradient over more than <see cref="EffectiveExactColumns"/> columns.</summary>
    public int Samples { get; init; } = 64;

    /// <summary>
    /// Column sets of at most this many columns are differentiated along every axis, exactly and without noise; wider
    /// ones along K random directions. 0 (default): K itself, so an exact answer is taken whenever it costs no more.
    /// </summary>
    public int ExactColumns { get; init; }

    /// <summary>The columns-per-set limit actually used.</summary>
    public int EffectiveExactColumns => ExactColumns > 0 ? ExactColumns : Samples;

    /// <summary>The step h of <see cref="DirectionalMethod.Difference"/> (a displacement of length h along each direction).</summary>
    public double Step { get; init; } = 0.01;

    /// <summary>Whether the random directions are shared by the batch (cheap first layer) or drawn per point.</summary>
    public NoiseMode NoiseMode { get; init; } = NoiseMode.Shared;

    /// <summary>Seed of the direction generator: a backend made with the same options draws the same directions.</summary>
    public long Seed { get; init; }

    /// <summary>Throws an ArgumentException naming the first bad setting.</summary>
    public void Validate()
    {
        if (!Enum.IsDefined(Method)) throw new ArgumentException($"Unknown directional method {Method}.", nameof(Method));
        if (!Enum.IsDefined(Directions)) throw new ArgumentException($"Unknown direction kind {Directions}.", nameof(Directions));
        if (!Enum.IsDefined(NoiseMode)) throw new ArgumentException($"Unknown noise mode {NoiseMode}.", nameof(NoiseMode));
        if (Samples < 1) throw new ArgumentException($"The number of random directions K must be at least 1, not {Samples}.", nameof(Samples));
        if (ExactColumns < 0) throw new ArgumentException($"ExactColumns must be 0 (K) or more, not {ExactColumns}.", nameof(ExactColumns));
        if (!(Step > 0) || double.IsInfinity(Step)) throw new ArgumentException($"The difference step h must be positive and finite, not {Step}.", nameof(Step));
    }
}
