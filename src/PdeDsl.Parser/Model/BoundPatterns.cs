namespace PdeDsl.Language;

/// <summary>Shapes of bound expressions that later stages treat as one quantity.</summary>
public static class BoundPatterns
{
    /// <summary>
    /// Whether <paramref name="expr"/> is <c>|grad u|^2</c> or <c>dot(grad u, grad u)</c> of one estimate: the runtime
    /// estimates it on its own without the upward bias of squaring one gradient estimate (two halves of the noise).
    /// </summary>
    public static bool IsGradientSquaredNorm(BoundExpr expr) =>
        // Only of u: the runtime estimates |grad u|^2 of unknown 0 (another unknown's is the square of its gradient).
        expr is BoundBinary { Operator: BinaryOperator.Power, Left: BoundNorm { Operand: BoundDerivative { Kind: DerivativeKind.Gradient, Unknown: "u" } }, Right: BoundNumber { Value: 2.0 } }
        || expr is BoundCall { Function: "dot", Arguments: { Count: 2 } args }
            && args[0] is BoundDerivative { Kind: DerivativeKind.Gradient, Unknown: "u" } a && args[1] is BoundDerivative { Kind: DerivativeKind.Gradient, Unknown: "u" } b
            && a.Group == b.Group;

    /// <summary>The noise group a <c>|grad u|^2</c> (see <see cref="IsGradientSquaredNorm"/>) reads.</summary>
    public static int GradientSquaredNormGroup(BoundExpr expr) => expr switch
    {
        BoundBinary { Left: BoundNorm { Operand: BoundDerivative d } } => d.Group,
        BoundCall { Arguments: { Count: 2 } args } when args[0] is BoundDerivative d => d.Group,
        _ => 0,
    };
}
