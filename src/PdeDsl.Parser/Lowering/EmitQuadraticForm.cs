namespace PdeDsl.Language.Lowering;

/// <summary>
/// One quadratic form a term requests, vᵀ∇²u v over the columns of <see cref="Coordinates"/> (the spatial coordinates,
/// in declaration order), for every unknown at once; <see cref="Direction"/> is v, a formula of the coordinates, params
/// and dims that the generated code computes from the points.
/// </summary>
public sealed record EmitQuadraticForm(EquatableArray<string> Coordinates, BoundExpr Direction);
