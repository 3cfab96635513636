using PdeDsl.Language.Binding;
using Xunit;
using Xunit.Abstractions;

namespace PdeDsl.Language.Tests.Calculus;

/// <summary>
/// A gradient of an unknown contracted with a vector that reads no unknown becomes a directional derivative (printed
/// <c>dot(w, grad(u))</c>, requested as one), distributed over what is linear in the gradient; everything else keeps the
/// gradient. Checked printed, in the lowered request, and numerically against the unreduced formula.
/// </summary>
public class GradientContractionTests(ITestOutputHelper output)
{
    private const string Drift = """
        problem D {
          dim n = 5
          param theta = 1
          domain t in [0, 1], x in [-1, 1]^n
          pde u = 0
        }
        """;

    private string Print(string expression) => CalculusFormTests.Printed(output, Drift, expression);

    private static BoundDerivative Single(BoundExpr e) =>
        Assert.Single(BoundExprWalker.Nodes(e).OfType<BoundDerivative>(), d => d.Kind == DerivativeKind.DirectionalDerivative);

    [Theory]
    [InlineData("dot(-theta*x, grad u)", "-theta*x")]
    [InlineData("dot(grad u, sin(x))", "sin(x)")]
    [InlineData("sum(x*grad(u))", "x")]
    [InlineData("sum(grad(u)*x)", "x")]
    public void A_contraction_with_a_vector_free_of_u_is_one_directional_derivative(string expression, string direction)
    {
        var (e, diagnostics) = Compilation.CompileSteps.BindExpression(Drift, expression);
        Assert.Empty(diagnostics);
        var along = Single(e!);
        Assert.Equal(direction, ExpressionPrinter.Print(along.Weight!));
        Assert.Equal($"dot({direction}, grad(u))", Print(expression));
    }

    [Theory]
    [InlineData("dot(grad u, grad u)", "dot(grad(u), grad(u))")]
    [InlineData("dot(u*x, grad u)", "dot(u*x, grad(u))")]
    [InlineData("sum(grad(u)*grad(u)*x)", "sum(grad(u)*grad(u)*x)")]
    public void What_is_not_linear_in_the_gradient_or_reads_u_in_its_direction_keeps_the_gradient(string expression, string expected)
    {
        var (e, _) = Compilation.CompileSteps.BindExpression(Drift, expression);
        Assert.DoesNotContain(BoundExprWalker.Nodes(e!).OfType<BoundDerivative>(), d => d.Kind == DerivativeKind.DirectionalDerivative);
        Assert.Equal(expected, Print(expression));
    }

    [Theory]
    [InlineData("sum(x*grad(u) + sin(x)*grad(u))", 2)]
    [InlineData("sum(x*grad(u))/2 - sum(-(theta*x*grad(u))/3)", 2)]
    [InlineData("sum(x*grad(u) + x)", 1)]
    public void Sums_split_over_their_terms(string expression, int directional)
    {
        var (e, diagnostics) = Compilation.CompileSteps.BindExpression(Drift, expression);
        Assert.Empty(diagnostics);
        Assert.Equal(directional, BoundExprWalker.Nodes(e!).OfType<BoundDerivative>().Count(d => d.Kind == DerivativeKind.DirectionalDerivative));
        Assert.DoesNotContain(BoundExprWalker.Nodes(e!).OfType<BoundDerivative>(), d => d.Kind == DerivativeKind.Gradient);
    }

    [Fact]
    public void A_sum_of_terms_has_the_value_of_the_unreduced_sum()
    {
        // sum(x*grad(u) + x) − sum(sin(x)*grad(u))/4 at a point, with grad u given: the reduced form against the sum by hand.
        const string problem = "problem S { dim n = 3 domain x in [-1, 1]^n pde sum(x*grad(u) + x) - sum(sin(x)*grad(u))/4 = 0 }";
        var result = PdeCompiler.CompileFile(problem);
        Assert.False(result.HasErrors, string.Join("; ", result.Diagnostics.Select(d => d.Message)));
        var model = result.Problems.Single();
        Assert.False(EmittedRequests.Of(model, 0).Gradient);
        double[] x = [0.3, -0.6, 0.9], g = [1.5, -0.25, 0.75];
        var evaluator = new NumericEvaluator
        {
            Coordinates = model.Coordinates,
            Point = new() { ["x"] = x },
            Dims = new() { ["n"] = 3 },
            U = d => d.Kind == DerivativeKind.Gradient ? g : throw new InvalidOperationException("not requested here: " + d),
        };
        double expected = x.Zip(g, (a, b) => a * b + a).Sum() - x.Zip(g, (a, b) => Math.Sin(a) * b).Sum() / 4;
        Assert.Equal(expected, evaluator.Scalar(model.Pdes.Single().Left), 12);
    }

    [Fact]
    public void Only_the_linear_part_of_a_sum_is_contracted()
    {
        const string expression = "u_t + dot(x, u*grad(u) + grad(u)*grad(u))";
        var (e, _) = Compilation.CompileSteps.BindExpression(Drift, expression);
        Assert.Equal("x", ExpressionPrinter.Print(Single(e!).Weight!));
        Assert.Contains(BoundExprWalker.Nodes(e!).OfType<BoundDerivative>(), d => d.Kind == DerivativeKind.Gradient);
        Assert.Equal("u_t + (u*dot(x, grad(u)) + dot(x, grad(u)*grad(u)))", Print(expression));
    }

    [Fact]
    public void A_scalar_factor_reading_u_stays_outside_and_gets_its_own_noise_group()
    {
        var result = PdeCompiler.CompileFile("""
            problem P {
              dim n = 5
              domain t in [0, 1], x in [-1, 1]^n
              pde u_t + u*dot(x, grad u) = 0
              on t = 1: u = 1
            }
            """);
        Assert.False(result.HasErrors, string.Join("; ", result.Diagnostics.Select(d => d.Message)));
        var pde = result.Problems.Single().Pdes.Single();
        var request = EmittedRequests.Of(result.Problems.Single(), 0);
        Assert.False(request.Gradient);
        Assert.Single(request.DirectionalDerivatives);
        // u and the derivative along x are a product of two estimates: they read independent groups.
        Assert.Equal(2, request.Groups);
        var along = Single(pde.Left);
        var value = Assert.Single(BoundExprWalker.Nodes(pde.Left).OfType<BoundDerivative>(), d => d.Kind == DerivativeKind.Value);
        Assert.NotEqual(along.Group, value.Group);
    }

    [Fact]
    public void Through_an_ansatz_the_contraction_distributes_and_the_residual_is_the_unreduced_one()
    {
        // ∇u = 2x + (1 − t)∇N: xᵀ∇u = 2|x|² + (1 − t)·xᵀ∇N, the second a directional derivative of the network.
        var result = PdeCompiler.CompileFile("""
            problem P {
              dim n = 4
              domain t in [0, 1], x in [-1, 1]^n
              ansatz u = |x|^2 + (1 - t)*net
              pde u_t + dot(x, grad u) = 0
            }
            """);
        Assert.False(result.HasErrors, string.Join("; ", result.Diagnostics.Select(d => d.Message)));
        var model = result.Problems.Single();
        var request = EmittedRequests.Of(model, 0);
        Assert.False(request.Gradient);
        Assert.Single(request.DirectionalDerivatives);

        // N(t, x) = sin(a·x + 0.4t): the residual against u_t + x·∇u of the whole ansatz, in closed form.
        double[] a = [0.3, -0.5, 0.7, 0.2], x = [0.1, -0.2, 0.3, 0.15];
        const double t = 0.35;
        double phase = a.Zip(x, (p, q) => p * q).Sum() + 0.4 * t;
        double[] Network(BoundDerivative d) => d.Kind switch
        {
            DerivativeKind.Value => [Math.Sin(phase)],
            DerivativeKind.FirstPartial => [0.4 * Math.Cos(phase)],
            DerivativeKind.Gradient => a.Select(c => c * Math.Cos(phase)).ToArray(),
            _ => throw new InvalidOperationException("not requested here: " + d),
        };
        var evaluator = new NumericEvaluator
        {
            Coordinates = model.Coordinates,
            Point = new() { ["t"] = [t], ["x"] = x },
            Dims = new() { ["n"] = 4 },
            U = Network,
        };
        var pde = model.Pdes.Single();
        double residual = evaluator.Scalar(pde.Left) - evaluator.Scalar(pde.Right);
        double ut = -Math.Sin(phase) + (1 - t) * 0.4 * Math.Cos(phase);
        double drift = x.Select((xi, i) => xi * (2 * xi + (1 - t) * a[i] * Math.Cos(phase))).Sum();
        Assert.Equal(ut + drift, residual, 12);
    }
}
