namespace PdeDsl.Language.Lowering;

/// <summary>
/// What one equation reads of u, final: the emitter prints it as the runtime's <c>DerivativeRequest</c>.
/// <see cref="GradientSquaredNorm"/> is <c>|grad u|^2</c> as its own quantity (estimated without the upward bias of
/// squaring one gradient estimate); <see cref="Gradient"/> only where the gradient is used otherwise. Partials are in
/// the order the equation first reads them. The request is over all unknowns together, as the runtime's is.
/// <see cref="Groups"/> is the noise-grouping stage's count of independent noise groups (1: none).
/// </summary>
public sealed record EmitDerivativeRequest(
    bool Value,
    EquatableArray<string> FirstPartials,
    bool Gradient,
    bool GradientSquaredNorm,
    bool Laplacian,
    EquatableArray<SecondPartialModel> SecondPartials,
    int Groups = 1)
{
    /// <summary>The weighted Hessian diagonals the residual reads, in the order of their indices (<c>RequireHessianDiagonal(k)</c>).</summary>
    public EquatableArray<EmitHessianDiagonal> HessianDiagonals { get; init; } = EquatableArray<EmitHessianDiagonal>.Empty;

    /// <summary>The quadratic forms the residual reads, in the order of their indices (<c>RequireQuadraticForm(k)</c>).</summary>
    public EquatableArray<EmitDirectionField> QuadraticForms { get; init; } = EquatableArray<EmitDirectionField>.Empty;

    /// <summary>The directional derivatives the residual reads, in the order of their indices (<c>RequireDirectionalDerivative(k)</c>).</summary>
    public EquatableArray<EmitDirectionField> DirectionalDerivatives { get; init; } = EquatableArray<EmitDirectionField>.Empty;

    /// <summary>Whether the spatial columns are needed (gradient, its squared norm, the Laplacian, a Hessian estimate or a directional derivative).</summary>
    public bool NeedsSpatialColumns => Gradient || GradientSquaredNorm || Laplacian || HessianDiagonals.Count > 0 || QuadraticForms.Count > 0
        || DirectionalDerivatives.Count > 0;

    /// <summary>The index of the Hessian diagonal with weights <paramref name="weights"/> in <see cref="HessianDiagonals"/>.</summary>
    public int HessianDiagonalIndex(BoundExpr weights) => IndexOf(HessianDiagonals, h => h.Weights.Equals(weights));

    /// <summary>The index of the quadratic form along <paramref name="direction"/> in <see cref="QuadraticForms"/>.</summary>
    public int QuadraticFormIndex(BoundExpr direction) => IndexOf(QuadraticForms, q => q.Direction.Equals(direction));

    /// <summary>The index of the directional derivative along <paramref name="direction"/> in <see cref="DirectionalDerivatives"/>.</summary>
    public int DirectionalDerivativeIndex(BoundExpr direction) => IndexOf(DirectionalDerivatives, a => a.Direction.Equals(direction));

    private static int IndexOf<T>(EquatableArray<T> items, System.Func<T, bool> match) where T : System.IEquatable<T>
    {
        for (int k = 0; k < items.Count; k++)
            if (match(items[k])) return k;
        throw new System.ArgumentException("the request does not hold this estimate");
    }
}
