using PdeDsl.Language.Binding;

namespace PdeDsl.Language.Calculus;

/// <summary>
/// Turns a gradient of an unknown contracted with a vector w that reads no unknown, <c>dot(w, grad u)</c>,
/// <c>dot(grad u, w)</c> or <c>sum(w*grad u)</c>, into the directional derivative wᵀ∇u the runtime estimates on its own:
/// jets and differences take it along w itself (one direction, exact) where the whole gradient would be read from K
/// random directions, whose noise |w||∇u|/√K can exceed the term (the drift b·∇u of a generator in many dimensions).
/// The other backends give the same number either way (Stein's estimate is linear in the gradient's, autograd's exact).
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
        BoundCall { Function: "sum" } c when c.Arguments.Count == 1 && c.Arguments[0] is BoundBinary { Operator: BinaryOperator.Multiply } b =>
            Along(b.Left, b.Right) ?? Along(b.Right, b.Left),
        _ => null,
    };

    // wᵀ∇u when g is the whole gradient of an unknown and w a vector of the same length that reads no unknown.
    private static BoundExpr? Along(BoundExpr w, BoundExpr g) =>
        g is BoundDerivative { Kind: DerivativeKind.Gradient } gradient && w.Type is { IsVector: true, IsMatrix: false, Length: { } length } && length.SameAs(g.Type.Length!)
            && !BoundExprWalker.Any(w, n => n is BoundDerivative)
            ? new BoundDerivative(DerivativeKind.DirectionalDerivative, EquatableArray<string>.Empty, ExprType.Scalar, gradient.Group)
            {
                Unknown = gradient.Unknown,
                Weight = w,
            }
            : null;
}
