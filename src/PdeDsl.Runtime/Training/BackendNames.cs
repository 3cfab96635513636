using System;

namespace PdeDsl;

/// <summary>The spellings of <see cref="BackendKind"/> on the command line, in checkpoints and in reports.</summary>
public static class BackendNames
{
    /// <summary>Every name, in the order help texts list them.</summary>
    public static string[] All { get; } = { "jet", "difference", "stein", "autograd" };

    /// <summary>Parses stein, autograd, jet or difference (any case).</summary>
    public static BackendKind Parse(string text) => text?.Trim().ToLowerInvariant() switch
    {
        "stein" => BackendKind.Stein,
        "autograd" => BackendKind.Autograd,
        "jet" or "jets" => BackendKind.Jet,
        "difference" or "differences" => BackendKind.Difference,
        _ => throw new ArgumentException($"Unknown backend '{text}': expected jet, difference, stein or autograd.", nameof(text)),
    };

    /// <summary>The name of <paramref name="backend"/>: stein, autograd, jet or difference.</summary>
    public static string ToName(this BackendKind backend) => backend switch
    {
        BackendKind.Stein => "stein",
        BackendKind.Autograd => "autograd",
        BackendKind.Jet => "jet",
        BackendKind.Difference => "difference",
        _ => throw new ArgumentException($"Unknown backend {backend}.", nameof(backend)),
    };

    /// <summary>Whether the solution is the base network f itself (autograd, jet, difference) rather than its Gaussian smoothing (Stein).</summary>
    public static bool SolutionIsNetwork(this BackendKind backend) => backend != BackendKind.Stein;

    /// <summary>Whether the backend is one of the directional estimators (jet, difference).</summary>
    public static bool IsDirectional(this BackendKind backend) => backend is BackendKind.Jet or BackendKind.Difference;
}
