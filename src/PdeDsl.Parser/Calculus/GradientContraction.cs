using PdeDsl.Language.Binding;
using static PdeDsl.Language.Calculus.Algebra;

namespace PdeDsl.Language.Calculus;

/// <summary>
/// Turns a gradient of an unknown contracted with a vector w that reads no unknown, <c>dot(w, grad u)</c>,
/// <c>dot(grad u, w)</c> or <c>sum(w*grad u)</c> (also inside a sum of such terms), into the directional derivative wᵀ∇u the runtime estimates on its own:
/// jets and differences take it along w itself (one direction, exact) where the whole gradient would be read from K
/// random directions, whose noise |w||∇u|/√K can exceed the term (the drift b·∇u of a generator in many dimensions).
/// The contraction distributes over what is linear in the gradient, as an ansatz's gradient is:
/// wᵀ(2x + (T − t)∇u) = 2wᵀx + (T − t)·wᵀ∇u. The other backends give the same number either way (Stein's estimate is
/// linear in the gradient's, autograd's exact).
/// </summary>
internal static class GradientContraction
{
    /// <summary><paramref name="e"/> with every such contraction replaced, innermost first.</summary>
    public static BoundExpr Apply(BoundExpr e)
    {
        PdeCompiler.EnsureStack();
        var mapped = BoundExprWalker.Map(e, Apply);
        return Contract(mapped) ?? mapped;
    }

    private static BoundExpr? Contract(BoundExpr e) => e switch
    {
        BoundCall { Function: "dot" } c when c.Arguments.Count == 2 => Along(c.Arguments[0], c.Arguments[1]) ?? Along(c.Arguments[1], c.Arguments[0]),
        // sum(X) is X contracted with ones: its terms split over +, −, negation, scalar factors and divisors
        // (sum(b*grad(u) + c*grad(u)), sum(b*grad(u))/2), each w∘G a directional derivative.
        BoundCall { Function: "sum" } c when c.Arguments.Count == 1 && c.Arguments[0].Type.Length is { } length => Distribute(null, c.Arguments[0], length),
        _ => null,
    };

    // wᵀg when w is a vector as long as g that reads no unknown and g holds a gradient of an unknown linearly; else null.
    private static BoundExpr? Along(BoundExpr w, BoundExpr g) =>
        g.Type.Length is { } length && IsDirection(w, length) ? Distribute(w, g, length) : null;

    private static bool IsDirection(BoundExpr w, VectorLength length) =>
        w.Type is { IsVector: true, IsMatrix: false, Length: { } own } && own.SameAs(length) && !BoundExprWalker.Any(w, n => n is BoundDerivative);

    // wᵀg (Σg for w = null, a plain sum) with each gradient in g a directional derivative and every other part a dot product
    // or a sum (null: no gradient to contract; a bare gradient under a plain sum has no direction and is left alone).
    private static BoundExpr? Distribute(BoundExpr? w, BoundExpr g, VectorLength length)
    {
        PdeCompiler.EnsureStack();
        switch (g)
        {
            case BoundDerivative { Kind: DerivativeKind.Gradient } gradient when w is not null:
                return new BoundDerivative(DerivativeKind.DirectionalDerivative, EquatableArray<string>.Empty, ExprType.Scalar, gradient.Group)
                {
                    Unknown = gradient.Unknown,
                    Weight = w,
                };
            case BoundNegate n:
                return Distribute(w, n.Operand, length) is { } negated ? Neg(negated) : null;
            case BoundBinary { Operator: BinaryOperator.Add or BinaryOperator.Subtract } b:
            {
                var left = Distribute(w, b.Left, length);
                var right = Distribute(w, b.Right, length);
                if (left is null && right is null) return null;
                left ??= Plain(w, b.Left, length);
                right ??= Plain(w, b.Right, length);
                return b.Operator == BinaryOperator.Add ? Add(left, right) : Sub(left, right);
            }
            case BoundBinary { Operator: BinaryOperator.Multiply } b:
                // c·G for a scalar c (which may read u: the product's factors are grouped later), v∘G for a vector v that
                // reads no unknown (then (w∘v)ᵀG).
                return Scaled(w, b.Left, b.Right, length) ?? Scaled(w, b.Right, b.Left, length);
            case BoundBinary { Operator: BinaryOperator.Divide, Right.Type.IsScalar: true } b:
                return Distribute(w, b.Left, length) is { } quotient ? Div(quotient, b.Right) : null;
            default:
                return null;
        }
    }

    private static BoundExpr? Scaled(BoundExpr? w, BoundExpr factor, BoundExpr inner, VectorLength length)
    {
        if (factor.Type.IsScalar) return Distribute(w, inner, length) is { } a ? Mul(factor, a) : null;
        return IsDirection(factor, length) ? Distribute(w is null ? factor : Mul(w, factor), inner, length) : null;
    }

    // A part with no gradient to contract, as written: wᵀpart, or Σpart under a plain sum.
    private static BoundExpr Plain(BoundExpr? w, BoundExpr part, VectorLength length) => w is null ? Sum(part, length) : Dot(w, part, length);
}
