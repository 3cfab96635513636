using PdeDsl.Language.Grouping;
using Xunit;

namespace PdeDsl.Language.Tests;

/// <summary>Several unknowns (second edition, docs/language.md): <c>unknown u, v</c>, v's derivatives, and exact solutions per unknown.</summary>
public class UnknownStatementTests
{
    private static GroupedProblem Bind(string text)
    {
        var r = PdeCompiler.CompileFile(text);
        Assert.True(r.Diagnostics.Count == 0, string.Join("\n", r.Diagnostics));
        return Assert.Single(r.Problems);
    }

    private static IEnumerable<(DerivativeKind, string, string)> Derivatives(BoundExpr e) =>
        Binding.BoundExprWalker.Nodes(e).OfType<BoundDerivative>().Select(d => (d.Kind, d.Unknown, string.Join(",", d.Coordinates)));

    [Fact]
    public void Every_form_of_a_derivative_of_v_is_a_derivative_of_v()
    {
        var p = Bind("""
            problem GrayScott {
              unknown u, v
              param F = 0.04
              param k = 0.06
              domain t in [0, 1], x in [0, 1], y in [0, 1]
              pde u_t = 0.1*lap(u) - u*v^2 + F*(1 - u)
              pde v_t = 0.05*lap(v) + u*v^2 - (F + k)*v + v_xy + (grad v)[2] + div(grad v)
              on t = 0: u = 1 - 0.5*exp(-20*((x-0.5)^2 + (y-0.5)^2))
              on t = 0: v = 0.25*exp(-20*((x-0.5)^2 + (y-0.5)^2))
              on boundary: dot(normal, grad u) = 0
              on boundary: dot(normal, grad v) = 0
              exact v = x*y
            }
            """);
        Assert.Equal(new[] { "u", "v" }, p.Unknowns);
        var second = Derivatives(p.Pdes[1].Left).Concat(Derivatives(p.Pdes[1].Right)).ToHashSet();
        Assert.Contains((DerivativeKind.FirstPartial, "v", "t"), second);
        Assert.Contains((DerivativeKind.Laplacian, "v", ""), second);
        Assert.Contains((DerivativeKind.SecondPartial, "v", "x,y"), second);
        Assert.Contains((DerivativeKind.FirstPartial, "v", "y"), second); // (grad v)[2] is v_y
        Assert.Contains((DerivativeKind.Value, "u", ""), second);
        Assert.DoesNotContain(second, d => d.Item2 == "u" && d.Item1 != DerivativeKind.Value);
        Assert.Contains((DerivativeKind.DirectionalDerivative, "v", ""), Derivatives(p.Conditions[3].Left));   // dot(normal, grad v)
        Assert.Equal(("v", "x*y"), (p.UnknownExacts[0].Unknown, ExpressionPrinter.Print(p.UnknownExacts[0].Solution)));
        Assert.Null(p.Exact);
        // One request covers both unknowns: the union of what each needs.
        Assert.True(EmittedRequests.Of(p, 1) is { Laplacian: true, Value: true });
    }

    [Fact]
    public void A_problem_without_the_statement_has_u_alone_and_exact_u_means_plain_exact()
    {
        var p = Bind("problem P { domain x in [0, 1] pde u_xx = 0 exact u = x }");
        Assert.Equal(new[] { "u" }, p.Unknowns);
        Assert.Equal(Bind("problem P { domain x in [0, 1] pde u_xx = 0 exact x }").Exact, p.Exact);
    }

    /// <summary>A derivative of a formula of one unknown other than u is taken as u's would be, and reads that unknown.</summary>
    [Fact]
    public void A_formula_of_another_unknown_is_differentiated()
    {
        var (e, diagnostics) = Language.Compilation.CompileSteps.BindExpression("problem P { unknown u, v domain x in [0, 1], y in [0, 1] pde v = 0 }", "lap(v^2)");
        Assert.Empty(diagnostics);
        Assert.Equal("2*v*lap(v) + 2*|grad(v)|^2", ExpressionPrinter.Print(e!));
        Assert.All(Derivatives(e!), d => Assert.Equal("v", d.Item2));
    }

    [Fact]
    public void Mistakes_with_unknowns_are_reported_where_they_are()
    {
        string[] Codes(string text) => PdeCompiler.CompileFile(text).Diagnostics.Select(d => d.Code).ToArray();
        Assert.Equal(new[] { DiagnosticCodes.BadUnknown }, Codes("problem P { unknown v, u domain x in [0, 1] pde v_xx = 0 }"));
        Assert.Equal(new[] { DiagnosticCodes.BadUnknown }, Codes("problem P { unknown u, v, v domain x in [0, 1] pde v_xx = 0 }"));
        Assert.Equal(new[] { DiagnosticCodes.BadUnknown }, Codes("problem P { unknown u, v domain x in [0, 1] pde lap(u*v) = 0 }"));
        Assert.Equal(new[] { DiagnosticCodes.BadUnknown }, Codes("problem P { domain x in [0, 1] pde u_xx = 0 exact w = x }"));
        Assert.Equal(new[] { DiagnosticCodes.DuplicateExact }, Codes("problem P { unknown u, v domain x in [0, 1] pde v_xx = u exact v = x exact v = 1 }"));
        Assert.Equal(new[] { DiagnosticCodes.UnknownName }, Codes("problem P { domain x in [0, 1] pde v_xx = 0 }"));
        Assert.Equal(new[] { DiagnosticCodes.BadObserve }, Codes("problem P { domain x in [0, 1] pde u_xx = 0 observe \"f.csv\": u, v }"));
        Assert.Empty(Codes("problem P { unknown u, v domain x in [0, 1] pde u_xx = v pde v = 1 observe \"f.csv\": v, u }"));
    }
}
