using System;
using System.Collections.Generic;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// A directional derivative wᵀ∇_C u over <see cref="Columns"/> along a field w(x): the drift term b·∇u of a generator
/// (docs/runtime.md, "Directional derivatives"). Asked on its own rather than as a gradient dotted with w, so jets and
/// differences take it along w itself (one direction, exact) instead of from K random directions.
/// </summary>
public sealed class DirectionalDerivativeRequest
{
    /// <summary>Creates the request.</summary>
    public DirectionalDerivativeRequest(IReadOnlyList<int> columns, Func<Tensor, Tensor> direction)
    {
        Columns = columns ?? throw new ArgumentNullException(nameof(columns));
        Direction = direction ?? throw new ArgumentNullException(nameof(direction));
    }

    /// <summary>The input columns the gradient is restricted to, in the direction's order.</summary>
    public IReadOnlyList<int> Columns { get; }

    /// <summary>Points [N, D] → w [N, |C|] (or a tensor that broadcasts to it, such as [|C|]). May depend on learned params.</summary>
    public Func<Tensor, Tensor> Direction { get; }
}
