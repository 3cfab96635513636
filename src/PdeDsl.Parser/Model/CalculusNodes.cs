namespace PdeDsl.Language;

/// <summary>The derivative operators that apply to whole formulas.</summary>
public enum DifferentialOperator
{
    /// <summary><c>grad(e)</c>: the gradient of a scalar formula over the spatial coordinates.</summary>
    Gradient,
    /// <summary><c>lap(e)</c>: the Laplacian of a scalar formula over the spatial coordinates.</summary>
    Laplacian,
    /// <summary><c>div(e)</c>: the divergence of a vector formula as long as the spatial coordinates.</summary>
    Divergence,
    /// <summary><c>diff(e, c)</c> or <c>diff(e, c1, c2)</c>: partials by scalar coordinates.</summary>
    Partial,
    /// <summary>
    /// <c>diag(hess(e))</c>: the second partials ∂²e/∂x_i² over the spatial columns (a vector); of a vector e as long as
    /// the spatial coordinates, component by component, ∂²e_i/∂x_i².
    /// </summary>
    HessianDiagonal,
}

/// <summary>
/// A derivative of a formula, as the binder leaves it: the calculus stage replaces every one by formulas over
/// the coordinates and the derivatives of u, so the generator never sees it. The span is where errors point.
/// </summary>
public sealed record BoundDifferential(DifferentialOperator Operator, BoundExpr Operand, EquatableArray<string> Coordinates, ExprType ResultType, SourceSpan Span)
    : BoundExpr(ResultType);

/// <summary><c>v[from..to]</c>: components <paramref name="From"/> to <paramref name="To"/> of a vector, 1-based and inclusive; bounds are constants.</summary>
public sealed record BoundSlice(BoundExpr Vector, BoundExpr From, BoundExpr To, ExprType SliceType) : BoundExpr(SliceType);

/// <summary>The vector of the spatial coordinates' blocks side by side (a gradient over several coordinates).</summary>
public sealed record BoundConcat(EquatableArray<BoundExpr> Parts, ExprType ConcatType) : BoundExpr(ConcatType);

/// <summary>The unit vector e_k over the columns of a vector coordinate (1-based <paramref name="Index"/>): the gradient of x[k].</summary>
public sealed record BoundUnit(BoundExpr Index, string Coordinate, ExprType UnitType) : BoundExpr(UnitType);

/// <summary>A vector placed at 1-based component <c>Before + 1</c> of a vector as long as a coordinate, with zeros around it.</summary>
public sealed record BoundPad(BoundExpr Vector, BoundExpr Before, string Coordinate, ExprType PaddedType) : BoundExpr(PaddedType);

/// <summary>
/// <c>hess(e)</c>, the Hessian matrix of a scalar formula over the spatial coordinates (or of a vector formula, for
/// <c>diag</c> only). The binder keeps it only until <c>diag</c>, <c>tr</c> or <c>M*v</c> takes it.
/// </summary>
public sealed record BoundHessian(BoundExpr Operand, ExprType MatrixType, SourceSpan Span) : BoundExpr(MatrixType);

/// <summary>
/// <c>hess(e)*v</c>: the Hessian of a scalar formula times a vector as long as the spatial coordinates; the calculus
/// stage reduces it (of u: to quadratic forms, where a <c>dot</c> or <c>sum</c> takes it).
/// </summary>
public sealed record BoundHessianProduct(BoundExpr Operand, BoundExpr Direction, ExprType ResultType, SourceSpan Span) : BoundExpr(ResultType);
