using Xunit;

namespace PdeDsl.Language.Tests;

/// <summary>
/// A problem that declares one of everything, and helpers to bind an expression in its scope.
/// Spatial coordinates in order: y, x (length n), z, w (length 2); so grad u has length n + 4.
/// </summary>
internal static class Context
{
    public const string Problem = """
        problem Ctx {
          dim n = 3
          dim m = 2
          param a = 2
          param b = 0.5
          param λ = 1
          let g(v) = |v|^2
          let c = a + 1
          let h(p, q) = p*q + c
          domain t in [0, 1], y in [-1, 1], x in [0, 1]^n, z in [0, 1], w in [0, 1]^2
          pde u = 0
        }
        """;

    public static (BoundExpr? Expression, IReadOnlyList<Diagnostic> Diagnostics) Bind(string expression) =>
        Compilation.CompileSteps.BindExpression(Problem, expression);

    public static BoundExpr BindOk(string expression)
    {
        var (e, diagnostics) = Bind(expression);
        Assert.True(e is not null && diagnostics.Count == 0, $"{expression}: {string.Join("; ", diagnostics)}");
        return e!;
    }

    public static string Canonical(string expression) => ExpressionPrinter.Print(BindOk(expression));
}
