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
    /// <summary>Whether the spatial columns are needed (gradient, its squared norm or the Laplacian).</summary>
    public bool NeedsSpatialColumns => Gradient || GradientSquaredNorm || Laplacian;
}
