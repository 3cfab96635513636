using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl.Generator.Tests.Infrastructure;

/// <summary>
/// The directional derivatives wᵀ∇u a compiled term requests, from an exact gradient over the same columns and the
/// directions the generated request computes from the points: what every backend returns for an exact u, so a
/// residual checked with them also checks the emitted direction (a condition's normal, a drift).
/// </summary>
internal static class ExactDirectionalDerivatives
{
    /// <summary>One [N] tensor per directional derivative of <paramref name="problem"/>'s term <paramref name="term"/>, in its order.</summary>
    public static Tensor[] Of(IPdeProblem problem, int term, Tensor points, Tensor gradient) =>
        problem.Terms[term].Request.DirectionalDerivatives
            .Select(a => (gradient * a.Direction(points).expand(gradient.shape[0], a.Columns.Count)).sum(1))
            .ToArray();
}
