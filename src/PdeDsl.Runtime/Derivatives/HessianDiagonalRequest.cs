using System;
using System.Collections.Generic;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// A weighted Hessian diagonal Σ_i w_i(x) ∂²u/∂x_{c_i}² over <see cref="Columns"/> c, with weights read from the points:
/// the second-order part of a generator such as Black-Scholes' Σ σ_i²x_i²/2 ∂²u/∂x_i² (docs/runtime.md, "Hessian
/// diagonals and quadratic forms").
/// </summary>
public sealed class HessianDiagonalRequest
{
    /// <summary>Creates the request; <paramref name="weightsNonNegative"/> is the caller's promise that every weight is ≥ 0.</summary>
    public HessianDiagonalRequest(IReadOnlyList<int> columns, Func<Tensor, Tensor> weights, bool weightsNonNegative = false)
    {
        Columns = columns ?? throw new ArgumentNullException(nameof(columns));
        Weights = weights ?? throw new ArgumentNullException(nameof(weights));
        WeightsNonNegative = weightsNonNegative;
    }

    /// <summary>The input columns c_i whose second partials ∂²u/∂x_{c_i}² are summed, in the weights' order.</summary>
    public IReadOnlyList<int> Columns { get; }

    /// <summary>
    /// Points [N, D] → weights [N, |C|] (a [|C|] or [1, |C|] tensor broadcasts over the points). May depend on learned
    /// params: the result stays on their graph.
    /// </summary>
    public Func<Tensor, Tensor> Weights { get; }

    /// <summary>
    /// The compiler's promise that every weight is ≥ 0, which lets directional estimators use one direction set instead of
    /// two (one for the positive and one for the negative part of the weights).
    /// </summary>
    public bool WeightsNonNegative { get; }
}
