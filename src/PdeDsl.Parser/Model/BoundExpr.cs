namespace PdeDsl.Language;

/// <summary>
/// A bound, type-checked expression: lets are inlined, names resolved, constants folded,
/// derivatives of u normalised. Value-equatable all the way down.
/// </summary>
public abstract record BoundExpr(ExprType Type);

/// <summary>A number literal or folded constant (pi and e fold to numbers).</summary>
public sealed record BoundNumber(double Value) : BoundExpr(ExprType.Scalar);

/// <summary>
/// A <c>param</c> (double), read at run time from the problem's property; with a <see cref="Length"/>, a vector param
/// (the same at every point, drawn once per run).
/// </summary>
public sealed record BoundParam(string Name, VectorLength? Length = null) : BoundExpr(Length is null ? ExprType.Scalar : ExprType.Vector(Length));

/// <summary>A <c>dim</c> (integer) used as a number, read at run time from the problem's property.</summary>
public sealed record BoundDim(string Name) : BoundExpr(ExprType.Scalar);

/// <summary>A coordinate at the current point: a scalar, or a whole vector coordinate.</summary>
public sealed record BoundCoordinate(string Name, ExprType CoordinateType) : BoundExpr(CoordinateType);

/// <summary>A component of a vector, 1-based; the index may depend on dims and params.</summary>
public sealed record BoundIndex(BoundExpr Vector, BoundExpr Index) : BoundExpr(ExprType.Scalar);

/// <summary>Unary minus.</summary>
public sealed record BoundNegate(BoundExpr Operand) : BoundExpr(Operand.Type);

/// <summary>The binary operators.</summary>
public enum BinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Power,
}

/// <summary>A binary operation; scalar with vector broadcasts for * and /.</summary>
public sealed record BoundBinary(BinaryOperator Operator, BoundExpr Left, BoundExpr Right, ExprType ResultType) : BoundExpr(ResultType);

/// <summary>
/// A built-in function call: element-wise <c>sin cos tan exp ln log sqrt tanh sinh cosh abs</c>,
/// and <c>min max</c> (two arguments, element-wise), <c>sum</c> (vector to scalar), <c>dot</c> (two vectors to scalar).
/// </summary>
public sealed record BoundCall(string Function, EquatableArray<BoundExpr> Arguments, ExprType ResultType) : BoundExpr(ResultType);

/// <summary><c>|e|</c>: the absolute value of a scalar or the Euclidean norm of a vector; <c>|v|^2</c> stays a Power of a Norm.</summary>
public sealed record BoundNorm(BoundExpr Operand) : BoundExpr(ExprType.Scalar);

/// <summary>What derivative of u an expression reads.</summary>
public enum DerivativeKind
{
    /// <summary>u itself.</summary>
    Value,
    /// <summary>A first partial by one scalar coordinate (<see cref="BoundDerivative.Coordinates"/> has one name).</summary>
    FirstPartial,
    /// <summary>A second partial by two scalar coordinates, sorted by declaration order so u_xy = u_yx.</summary>
    SecondPartial,
    /// <summary>The gradient over all spatial coordinates (a vector).</summary>
    Gradient,
    /// <summary>The Laplacian over all spatial coordinates.</summary>
    Laplacian,
    /// <summary>
    /// A weighted Hessian diagonal Σ_i w_i ∂²u/∂x_i² over the spatial columns, w = <see cref="BoundDerivative.Weight"/>
    /// (a scalar). Inside the calculus stage only, with no weight and a vector type: the vector diag(∇²u) itself, until
    /// a <c>sum</c> or <c>dot</c> contracts it.
    /// </summary>
    HessianDiagonal,
    /// <summary>
    /// A quadratic form vᵀ∇²u v over the spatial columns, v = <see cref="BoundDerivative.Weight"/> (a scalar). Inside the
    /// calculus stage only, with a vector type: the product ∇²u·v, until a <c>sum</c> or <c>dot</c> contracts it.
    /// </summary>
    QuadraticForm,
    /// <summary>
    /// A directional derivative wᵀ∇u over the spatial coordinates, w = <see cref="BoundDerivative.Weight"/> (a scalar):
    /// what the calculus stage makes of <c>dot(w, grad u)</c> when w reads no unknown.
    /// </summary>
    DirectionalDerivative,
}

/// <summary>
/// A derivative of the unknown u at the current point. <paramref name="Group"/> says which estimate it reads:
/// 0 the one from all noise samples, g ≥ 1 noise group g of the equation's request (set by the noise-grouping
/// stage so the factors of a product of estimates are independent).
/// </summary>
public sealed record BoundDerivative(DerivativeKind Kind, EquatableArray<string> Coordinates, ExprType ResultType, int Group = 0) : BoundExpr(ResultType)
{
    /// <summary>The unknown it is a derivative of: <c>u</c>, or another of <c>unknown u, v, ...</c>.</summary>
    public string Unknown { get; init; } = "u";

    /// <summary>
    /// The weight vector of a <see cref="DerivativeKind.HessianDiagonal"/> or the direction of a
    /// <see cref="DerivativeKind.QuadraticForm"/> or <see cref="DerivativeKind.DirectionalDerivative"/>: a formula of the coordinates, params and dims (never of u), computed
    /// from the points by the runtime, so it is not a subexpression of the residual. Null for every other kind.
    /// </summary>
    public BoundExpr? Weight { get; init; }
}

/// <summary>
/// <c>normal</c> in a condition: the outward unit normal of the boundary it holds on, a vector over the spatial
/// coordinates (like grad u).
/// </summary>
public sealed record BoundOutwardNormal(ExprType NormalType) : BoundExpr(NormalType);
