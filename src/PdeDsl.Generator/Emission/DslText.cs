using System.Globalization;
using PdeDsl.Language;

namespace PdeDsl.Generator.Emission;

/// <summary>Prints a constant bound expression back in the language's own notation (for term names such as <c>on t = T</c>).</summary>
internal static class DslText
{
    public static string Of(BoundExpr expr) => expr switch
    {
        BoundNumber n => n.Value.ToString("R", CultureInfo.InvariantCulture),
        BoundParam p => p.Name,
        BoundDim d => d.Name,
        BoundCoordinate c => c.Name,
        BoundNegate n => "-" + Operand(n.Operand),
        BoundBinary b => Operand(b.Left) + " " + Symbol(b.Operator) + " " + Operand(b.Right),
        BoundCall c => c.Function + "(" + string.Join(", ", System.Linq.Enumerable.Select(c.Arguments, Of)) + ")",
        BoundNorm n => "|" + Of(n.Operand) + "|",
        _ => expr.ToString(),
    };

    private static string Operand(BoundExpr expr) => expr is BoundBinary ? "(" + Of(expr) + ")" : Of(expr);

    private static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        _ => "^",
    };
}
