using Xunit;
using Xunit.Abstractions;

namespace PdeDsl.Language.Tests.Calculus;

/// <summary>The forms the calculus stage gives for the rules of the second edition (docs/language.md), printed.</summary>
public class CalculusFormTests(ITestOutputHelper output)
{
    private const string Line = """
        problem P {
          param a = 2
          let k(p) = 1 + p^2
          domain t in [0, 1], x in [0, 1]
          pde u = 0
        }
        """;

    private const string Ball = """
        problem B {
          dim n = 5
          domain x in R^n where |x| <= 1
          pde u = 0
        }
        """;

    private string Print(string problem, string expression) => Printed(output, problem, expression);

    /// <summary>The canonical text of <paramref name="expression"/> after the calculus stage, in the scope of <paramref name="problem"/>.</summary>
    internal static string Printed(ITestOutputHelper output, string problem, string expression)
    {
        var (e, diagnostics) = Compilation.CompileSteps.BindExpression(problem, expression);
        Assert.True(e is not null && diagnostics.Count == 0, $"{expression}: {string.Join("; ", diagnostics)}");
        var text = ExpressionPrinter.Print(e!);
        output.WriteLine($"{expression}  =>  {text}");
        return text;
    }

    [Theory]
    [InlineData("div(k(x)*grad u)", "(1 + x^2)*lap(u) + 2*x*u_x")]
    [InlineData("lap(u^2)", "2*u*lap(u) + 2*|grad(u)|^2")]
    [InlineData("diff(u^2, x)", "2*u*u_x")]
    [InlineData("diff(u, t, x)", "u_tx")]
    [InlineData("diff(sin(x)*u, x, x)", "sin(x)*u_xx + u_x*cos(x) - u*sin(x) + cos(x)*u_x")]
    [InlineData("grad(a*x^3)", "a*(3*x^2)")]
    [InlineData("lap(exp(u))", "exp(u)*lap(u) + exp(u)*|grad(u)|^2")]
    public void Rules_on_a_line(string expression, string expected) => Assert.Equal(expected, Print(Line, expression));

    /// <summary>Over x in R^n the result is one tensor formula: no component of x appears, whatever n is.</summary>
    [Theory]
    [InlineData("lap(sin(sum(x)))", "-(sin(sum(x))*n)")]
    [InlineData("lap(|x|^2*u)", "|x|^2*lap(u) + u*(2*n) + 2*dot(2*x, grad(u))")]
    [InlineData("div(sin(x))", "sum(cos(x))")]
    [InlineData("lap(sum(x*x[1]))", "2")]
    [InlineData("x[2..n]", "x[2..n]")]
    public void Ball_forms_do_not_grow_with_n(string expression, string expected) => Assert.Equal(expected, Print(Ball, expression));
}
