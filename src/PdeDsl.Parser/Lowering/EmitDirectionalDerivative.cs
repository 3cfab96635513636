namespace PdeDsl.Language.Lowering;

/// <summary>
/// One directional derivative a term requests, wᵀ∇u over the columns of <see cref="Coordinates"/> (the spatial
/// coordinates, in declaration order), for every unknown at once; <see cref="Direction"/> is w, a formula of the
/// coordinates, params and dims (or a condition's normal) that the generated code computes from the points.
/// </summary>
public sealed record EmitDirectionalDerivative(EquatableArray<string> Coordinates, BoundExpr Direction);
