namespace PdeDsl.Language.Lowering;

/// <summary>
/// One direction field a term requests along, over the columns of <see cref="Coordinates"/> (the spatial coordinates, in
/// declaration order), for every unknown at once: the v of a quadratic form vᵀ∇²u v or the w of a directional derivative
/// wᵀ∇u. <see cref="Direction"/> is a formula of the coordinates, params and dims (or a condition's normal) that the
/// generated code computes from the points.
/// </summary>
public sealed record EmitDirectionField(EquatableArray<string> Coordinates, BoundExpr Direction);
