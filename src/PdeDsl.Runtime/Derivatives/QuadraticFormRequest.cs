using System;
using System.Collections.Generic;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// A quadratic form vᵀ ∇²_C u v of the Hessian over <see cref="DirectionFieldRequest.Columns"/> along a direction field
/// v(x): the second-order part of a generator with a rank-one diffusion, such as ½ (bᵀ∇)² u (docs/runtime.md, "Hessian
/// diagonals and quadratic forms").
/// </summary>
public sealed class QuadraticFormRequest : DirectionFieldRequest
{
    /// <summary>Creates the request.</summary>
    public QuadraticFormRequest(IReadOnlyList<int> columns, Func<Tensor, Tensor> direction) : base(columns, direction) { }
}
