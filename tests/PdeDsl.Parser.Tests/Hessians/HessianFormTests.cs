using Xunit;
using Xunit.Abstractions;

namespace PdeDsl.Language.Tests.Hessians;

/// <summary>What the calculus stage reduces Hessians to (docs/language.md, "Hessians"), printed.</summary>
public class HessianFormTests(ITestOutputHelper output)
{
    internal const string Vector = """
        problem V {
          dim n = 5
          param s = 0.4
          domain t in [0, 1], x in [0, 1]^n
          pde u = 0
        }
        """;

    internal const string Plane = """
        problem P {
          domain x in [0, 1], y in [0, 1]
          pde u = 0
        }
        """;

    private string Print(string problem, string expression) => Calculus.CalculusFormTests.Printed(output, problem, expression);

    [Theory]
    [InlineData("sum(x*x*diag(hess(u)))", "sum(x*x*diag(hess(u)))")]
    [InlineData("0.5*s^2*sum(x*x*diag(hess(u)))", "0.5*s^2*sum(x*x*diag(hess(u)))")]
    [InlineData("tr(hess(u))", "lap(u)")]
    [InlineData("sum(diag(hess(u)))", "lap(u)")]
    [InlineData("dot(x, hess(u)*x)", "dot(x, hess(u)*x)")]
    [InlineData("dot(x, diag(hess(u)))", "sum(x*diag(hess(u)))")]
    [InlineData("u*sum(x*diag(hess(u)))", "u*sum(x*diag(hess(u)))")]
    [InlineData("sum(diag(hess(|x|^2)))", "sum(0*x + 2)")]
    public void Reductions_over_a_vector(string expression, string expected) => Assert.Equal(expected, Print(Vector, expression));

    /// <summary>
    /// The product rule, component by component: ∂²(a_i u)/∂x_i² = a_i'' u + 2 a_i' ∂_i u + a_i ∂²_i u (terms not collected;
    /// the first-order terms summed are derivatives along a', printed dot(a', grad(u))).
    /// </summary>
    [Theory]
    [InlineData("sum(diag(hess(x*x*u)))", "(u + u)*n + dot(x, grad(u)) + dot(x, grad(u)) + dot(x, grad(u)) + dot(x, grad(u)) + sum(x*x*diag(hess(u)))")]
    [InlineData("0.5*sum(diag(hess(x*u)))", "0.5*(sum(grad(u) + grad(u)) + sum(x*diag(hess(u))))")]
    [InlineData("sum(diag(hess(sin(x)*u)))", "dot(cos(x), grad(u)) - sum(u*sin(x)) + dot(cos(x), grad(u)) + sum(sin(x)*diag(hess(u)))")]
    public void Product_rules_over_a_vector(string expression, string expected) => Assert.Equal(expected, Print(Vector, expression));

    /// <summary>wᵀ∇²u v with w ≠ v is two quadratic forms, by polarisation.</summary>
    [Fact]
    public void Polarisation() => Assert.Equal(
        "0.25*(dot(sin(x) + x, hess(u)*(sin(x) + x)) - dot(sin(x) - x, hess(u)*(sin(x) - x)))", Print(Vector, "dot(sin(x), hess(u)*x)"));

    /// <summary>Over scalar coordinates the diagonal is over the spatial columns too; a scalar weight is the Laplacian's.</summary>
    [Theory]
    [InlineData("sum(diag(hess(x*y*u)))", "sum([y*u_x + y*u_x, x*u_y + x*u_y]) + x*y*lap(u)")]
    [InlineData("tr(hess(u))", "lap(u)")]
    [InlineData("dot(grad(x*y), hess(u)*grad(x*y))", "dot([y, x], hess(u)*[y, x])")]
    [InlineData("sum(grad(x*y)*diag(hess(u)))", "sum([y, x]*diag(hess(u)))")]
    public void Reductions_over_scalar_coordinates(string expression, string expected) => Assert.Equal(expected, Print(Plane, expression));
}
