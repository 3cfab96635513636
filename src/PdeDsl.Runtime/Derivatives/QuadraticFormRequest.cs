using System;
using System.Collections.Generic;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// A quadratic form vᵀ ∇²_C u v of the Hessian over <see cref="Columns"/> along a direction field v(x): the second-order
/// part of a generator with a rank-one diffusion, such as ½ (bᵀ∇)² u (docs/runtime.md, "Hessian diagonals and quadratic
/// forms").
/// </summary>
public sealed class QuadraticFormRequest
{
    /// <summary>Creates the request.</summary>
    public QuadraticFormRequest(IReadOnlyList<int> columns, Func<Tensor, Tensor> direction)
    {
        Columns = columns ?? throw new ArgumentNullException(nameof(columns));
        Direction = direction ?? throw new ArgumentNullException(nameof(direction));
    }

    /// <summary>The input columns the Hessian is restricted to, in the direction's order.</summary>
    public IReadOnlyList<int> Columns { get; }

    /// <summary>Points [N, D] → v [N, |C|] (or a tensor that broadcasts to it, such as [|C|]). May depend on learned params.</summary>
    public Func<Tensor, Tensor> Direction { get; }
}
