namespace PdeDsl.Language.Lowering;

/// <summary>
/// Whether a Hessian diagonal's weights are provably ≥ 0 at every point, for every value of the params: squares
/// (<c>a*a</c>, <c>a^2</c> and other even whole powers, <c>|v|^2</c>), norms, <c>exp</c>, <c>cosh</c>, <c>sqrt</c>,
/// <c>abs</c>, positive numbers and dims (at least 1), and sums, products and quotients of those. A param is not: it may
/// be set to a negative value at run time. What cannot be proved is false, which only costs the estimator some work.
/// </summary>
public static class WeightSign
{
    public static bool IsNonNegative(BoundExpr w) => w switch
    {
        BoundNumber n => n.Value >= 0,
        BoundDim => true,
        BoundNorm => true,
        BoundCall { Function: "exp" or "cosh" or "sqrt" or "abs" } => true,
        BoundCall { Function: "sum" } c => IsNonNegative(c.Arguments[0]),
        BoundBinary { Operator: BinaryOperator.Multiply } b when b.Left.Equals(b.Right) => true,
        BoundBinary { Operator: BinaryOperator.Power, Right: BoundNumber { Value: var p } } when p % 2 == 0 => true,
        BoundBinary { Operator: BinaryOperator.Power } b => IsNonNegative(b.Left),
        BoundBinary { Operator: BinaryOperator.Add or BinaryOperator.Multiply or BinaryOperator.Divide } b => IsNonNegative(b.Left) && IsNonNegative(b.Right),
        _ => false,
    };
}
