using System;

namespace PdeDsl;

/// <summary>The spellings of <see cref="DirectionKind"/> on the command line, in train statements and in reports.</summary>
public static class DirectionKindNames
{
    /// <summary>Every name, in the order help texts list them.</summary>
    public static string[] All { get; } = { "rademacher", "gaussian", "axes" };

    /// <summary>Parses rademacher, gaussian or axes (any case).</summary>
    public static DirectionKind Parse(string text) => text?.Trim().ToLowerInvariant() switch
    {
        "rademacher" => DirectionKind.Rademacher,
        "gaussian" => DirectionKind.Gaussian,
        "axes" => DirectionKind.Axes,
        _ => throw new ArgumentException($"Unknown direction kind '{text}': expected rademacher, gaussian or axes.", nameof(text)),
    };

    /// <summary>The name of <paramref name="kind"/>: rademacher, gaussian or axes.</summary>
    public static string ToName(this DirectionKind kind) => kind switch
    {
        DirectionKind.Rademacher => "rademacher",
        DirectionKind.Gaussian => "gaussian",
        DirectionKind.Axes => "axes",
        _ => throw new ArgumentException($"Unknown direction kind {kind}.", nameof(kind)),
    };
}
