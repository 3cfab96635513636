using System.Collections.Generic;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// A problem with several unknowns (<c>unknown u, v</c>): the network has one output per unknown, in this order (u
/// first, so <see cref="IPdeProblem.ExactSolution"/> and everything about "u" stay unknown 0's), and every derivative
/// request is served for all of them from one forward pass (<see cref="DerivativeResult.ByUnknown"/>).
/// </summary>
public interface IUnknowns
{
    /// <summary>The unknowns' names in output order; the first is u.</summary>
    IReadOnlyList<string> Unknowns { get; }

    /// <summary>Whether unknown <paramref name="unknown"/> has an exact solution (<c>exact v = ...</c>).</summary>
    bool HasExactSolutionOf(int unknown);

    /// <summary>Unknown <paramref name="unknown"/>'s exact solution [N] at <paramref name="points"/> [N, D]; NotSupportedException without one.</summary>
    Tensor ExactSolutionOf(int unknown, Tensor points);
}
