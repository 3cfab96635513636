using System;
using System.Collections.Generic;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// What a <see cref="QuadraticFormRequest"/> and a <see cref="DirectionalDerivativeRequest"/> share: a set of input columns
/// and a direction field over them, computed from the points. The jets and differences take each along its own
/// direction (one per point), so the backends read both kinds through this one shape.
/// </summary>
public abstract class DirectionFieldRequest
{
    /// <summary>Creates the request; null arguments are an ArgumentNullException.</summary>
    protected DirectionFieldRequest(IReadOnlyList<int> columns, Func<Tensor, Tensor> direction)
    {
        Columns = columns ?? throw new ArgumentNullException(nameof(columns));
        Direction = direction ?? throw new ArgumentNullException(nameof(direction));
    }

    /// <summary>The input columns, in the direction's order.</summary>
    public IReadOnlyList<int> Columns { get; }

    /// <summary>Points [N, D] → the direction [N, |C|] (or a tensor that broadcasts to it, such as [|C|]). May depend on learned params.</summary>
    public Func<Tensor, Tensor> Direction { get; }
}
