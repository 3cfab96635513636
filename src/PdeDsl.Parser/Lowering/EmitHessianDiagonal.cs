namespace PdeDsl.Language.Lowering;

/// <summary>
/// One weighted Hessian diagonal a term requests, Σ_i w_i ∂²u/∂x_{c_i}² over the columns of <see cref="Coordinates"/>
/// (the spatial coordinates, in declaration order), for every unknown at once. <see cref="Weights"/> is the weight vector
/// w, a formula of the coordinates, params and dims that the generated code computes from the points;
/// <see cref="WeightsNonNegative"/> says the compiler proved w ≥ 0 (<see cref="WeightSign"/>).
/// </summary>
public sealed record EmitHessianDiagonal(EquatableArray<string> Coordinates, BoundExpr Weights, bool WeightsNonNegative);
