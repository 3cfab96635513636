using PdeDsl.Language;
using PdeDsl.Language.Grouping;
using PdeDsl.Language.Lowering;

namespace PdeDsl.Language.Tests;

/// <summary>What the generator is told to request for an equation: lowering's request, the one the emitter prints.</summary>
internal static class EmittedRequests
{
    /// <summary>Equation <paramref name="index"/> of <paramref name="problem"/> (its pdes first, then its conditions).</summary>
    public static EmitDerivativeRequest Of(GroupedProblem problem, int index) => EmitLowering.Lower(problem).Equations[index].Request;

    /// <summary>A request with nothing but what the arguments name.</summary>
    public static EmitDerivativeRequest Request(bool value = false, string[]? first = null, bool gradient = false, bool squaredNorm = false,
        bool laplacian = false, SecondPartialModel[]? second = null, int groups = 1) =>
        new(value, (first ?? System.Array.Empty<string>()).ToEquatableArray(), gradient, squaredNorm, laplacian,
            (second ?? System.Array.Empty<SecondPartialModel>()).ToEquatableArray(), groups);
}
