using System;
using System.Collections.Generic;
using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// The map x ↦ φ(x) in front of a network's first layer that makes f exactly periodic in some input columns: column c
/// of period L and origin a becomes cos θ (in its own place) and sin θ (appended after the D inputs, in the columns'
/// order), θ = 2π(x_c − a)/L. Every other column passes through. f(φ(x)) and all its derivatives then repeat over the
/// period, so the solution and u_x agree at the two ends to float precision, with no penalty term.
/// </summary>
public sealed class PeriodicInputMap : InputMap
{
    private readonly long[] _columns;
    private readonly double[] _origins;
    private readonly double[] _frequencies;

    /// <summary>The map for <paramref name="columns"/> of a <paramref name="inputDimension"/>-wide input; bad columns or periods are an ArgumentException.</summary>
    public PeriodicInputMap(int inputDimension, IReadOnlyList<PeriodicColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count == 0) throw new ArgumentException("A periodic input map needs at least one column.", nameof(columns));
        foreach (var c in columns)
        {
            if (c.Column < 0 || c.Column >= inputDimension)
                throw new ArgumentException($"The periodic column {c.Column} is outside the {inputDimension} inputs.", nameof(columns));
            if (!(c.Period > 0) || double.IsInfinity(c.Period) || !double.IsFinite(c.Origin))
                throw new ArgumentException($"The periodic column {c.Column} needs a finite origin and a positive finite period, not {c.Origin} and {c.Period}.", nameof(columns));
        }
        if (columns.Select(c => c.Column).Distinct().Count() != columns.Count)
            throw new ArgumentException("A column is periodic at most once.", nameof(columns));
        InputDimension = inputDimension;
        Columns = columns.ToArray();
        _columns = columns.Select(c => (long)c.Column).ToArray();
        _origins = columns.Select(c => c.Origin).ToArray();
        _frequencies = columns.Select(c => 2 * Math.PI / c.Period).ToArray();
    }

    /// <summary>The input width D.</summary>
    public override int InputDimension { get; }

    /// <summary>The first layer's input width: D plus one sine per periodic column.</summary>
    public override int FeatureDimension => InputDimension + Columns.Count;

    /// <summary>The periodic columns.</summary>
    public IReadOnlyList<PeriodicColumn> Columns { get; }

    /// <summary>The columns as "column:origin:period", comma-separated (invariant culture, round-trip numbers).</summary>
    public override string ToString() => string.Join(",", Columns.Select(c => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{c.Column}:{c.Origin:R}:{c.Period:R}")));

    /// <summary>φ(x) for x [..., D]: [..., D + P].</summary>
    public override Tensor Apply(Tensor x)
    {
        var (index, theta) = Angles(x);
        return cat(new[] { x.index_copy(-1, index, theta.cos()), theta.sin() }, -1);
    }

    /// <summary>
    /// φ's first and second directional derivatives at x [N, D] along directions v [M, D], [1, M, D] or [N, M, D]:
    /// J_φ(x)v and vᵀ∇²φ(x)v, each [N, M, D + P]. Along a periodic column d(cos θ) = −k sin θ·v_c and d²(cos θ) = −k² cos θ·v_c²
    /// (k = 2π/L), and likewise for sin θ; the other columns are linear, so their second derivative is 0.
    /// </summary>
    public override (Tensor Tangent, Tensor Curvature) Directional(Tensor x, Tensor v)
    {
        var (index, theta) = Angles(x);                                   // [N, P]
        long n = x.shape[0];
        var directions = v.dim() == 2 ? v.unsqueeze(0) : v;
        directions = directions.expand(n, directions.shape[1], directions.shape[2]);   // [N, M, D]
        var k = Frequencies(x);
        var vc = directions.index_select(-1, index).mul(k);                // k·v_c, [N, M, P]
        var cos = theta.cos().unsqueeze(1);
        var sin = theta.sin().unsqueeze(1);
        var tangent = cat(new[] { directions.index_copy(-1, index, vc.mul(sin).neg()), vc.mul(cos) }, -1);
        var vc2 = vc.square();
        var curvature = cat(new[] { zeros_like(directions).index_copy(-1, index, vc2.mul(cos).neg()), vc2.mul(sin).neg() }, -1);
        return (tangent, curvature);
    }

    // The periodic columns' index and their angles θ = k(x_c − a), [..., P].
    private (Tensor Index, Tensor Theta) Angles(Tensor x)
    {
        if (x.shape[^1] != InputDimension)
            throw new ArgumentException($"The periodic input map expects {InputDimension} input columns, not {x.shape[^1]}.", nameof(x));
        var index = tensor(_columns, device: x.device);
        var origins = tensor(_origins, dtype: x.dtype, device: x.device);
        return (index, x.index_select(-1, index).sub(origins).mul(Frequencies(x)));
    }

    private Tensor Frequencies(Tensor like) => tensor(_frequencies, dtype: like.dtype, device: like.device);
}
