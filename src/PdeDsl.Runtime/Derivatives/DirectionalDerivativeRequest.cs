using System;
using System.Collections.Generic;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// A directional derivative wᵀ∇_C u over <see cref="DirectionFieldRequest.Columns"/> along a field w(x): the drift term
/// b·∇u of a generator (docs/runtime.md, "Directional derivatives"). Asked on its own rather than as a gradient dotted
/// with w, so jets and differences take it along w itself (one direction, exact) instead of from K random directions.
/// </summary>
public sealed class DirectionalDerivativeRequest : DirectionFieldRequest
{
    /// <summary>Creates the request.</summary>
    public DirectionalDerivativeRequest(IReadOnlyList<int> columns, Func<Tensor, Tensor> direction) : base(columns, direction) { }
}
