using PdeDsl.Language.Grouping;
using Xunit;

namespace PdeDsl.Language.Tests.Calculus;

/// <summary>
/// <c>ansatz u = A + B*net</c>: the equations come out in derivatives of the network only, and equal, for a closed-form
/// network, the finite differences of the whole ansatz (so the symbolic derivatives of A and B are right).
/// </summary>
public class AnsatzTests
{
    private static readonly double[] W = [0.3, -0.5, 0.7, 0.2];

    private const double Speed = 0.4;

    /// <summary>The closed-form network N(t, x) = sin(w·x + 0.4 t).</summary>
    private static double Network(double t, double[] x) => Math.Sin(W.Zip(x, (a, b) => a * b).Sum() + Speed * t);

    private static double[] NetworkDerivative(BoundDerivative d, double t, double[] x)
    {
        double phase = W.Zip(x, (a, b) => a * b).Sum() + Speed * t;
        return d.Kind switch
        {
            DerivativeKind.Value => [Math.Sin(phase)],
            DerivativeKind.FirstPartial when d.Coordinates[0] == "t" => [Speed * Math.Cos(phase)],
            DerivativeKind.Gradient => W.Select(w => w * Math.Cos(phase)).ToArray(),
            DerivativeKind.Laplacian => [-W.Sum(w => w * w) * Math.Sin(phase)],
            _ => throw new InvalidOperationException("not requested here: " + d),
        };
    }

    private static GroupedProblem Compile(string text)
    {
        var result = PdeCompiler.CompileFile(text);
        Assert.False(result.HasErrors, string.Join("; ", result.Diagnostics.Select(d => d.Message)));
        return result.Problems.Single();
    }

    private static double Residual(GroupedProblem model, double t, double[] x)
    {
        var point = new Dictionary<string, double[]> { ["x"] = x };
        if (model.Coordinates.Any(c => c.Name == "t")) point["t"] = [t];
        var evaluator = new NumericEvaluator
        {
            Coordinates = model.Coordinates,
            Point = point,
            Dims = new() { ["n"] = x.Length },
            U = d => NetworkDerivative(d, t, x),
        };
        var pde = model.Pdes.Single();
        return evaluator.Scalar(pde.Left) - evaluator.Scalar(pde.Right);
    }

    private static double Laplacian(Func<double[], double> f, double[] x)
    {
        double total = 0;
        for (int k = 0; k < x.Length; k++)
        {
            double Second(double h)
            {
                var plus = (double[])x.Clone();
                var minus = (double[])x.Clone();
                plus[k] += h;
                minus[k] -= h;
                return (f(plus) - 2 * f(x) + f(minus)) / (h * h);
            }
            total += (4 * Second(1e-3) - Second(2e-3)) / 3;
        }
        return total;
    }

    [Fact]
    public void A_sphere_ansatz_turns_lap_u_into_derivatives_of_the_network_that_match_finite_differences()
    {
        var model = Compile("""
            problem P {
              dim n = 4
              domain x in R^n where |x| <= 1
              ansatz u = sum(x) + (1 - |x|^2)*net
              pde lap(u) + u^2 = 0
            }
            """);
        Assert.NotNull(model.Ansatz);
        Assert.DoesNotContain(model.Pdes.Single().Left.ToString(), nameof(BoundDifferential));
        double[] x = [0.1, -0.2, 0.3, 0.15];
        double U(double[] y) => y.Sum() + (1 - y.Sum(v => v * v)) * Network(0, y);
        double expected = Laplacian(U, x) + U(x) * U(x);
        Assert.Equal(expected, Residual(model, 0, x), 5);
        // The ansatz's cross term −4x·∇net is a derivative along x, not the whole gradient.
        Assert.True(EmittedRequests.Of(model, 0) is { Value: true, Gradient: false, Laplacian: true, DirectionalDerivatives.Count: 1 });
    }

    [Fact]
    public void A_terminal_ansatz_gives_u_t_from_the_network_s_u_t_and_the_formula_s_time_derivative()
    {
        var model = Compile("""
            problem P {
              dim n = 4
              domain t in [0, 1], x in R^n where |x| <= 1
              ansatz u = exp(-t)*sum(x) + (1 - t)*net
              pde u_t - lap(u) = 0
            }
            """);
        double t = 0.3;
        double[] x = [0.1, -0.2, 0.3, 0.15];
        double U(double s, double[] y) => Math.Exp(-s) * y.Sum() + (1 - s) * Network(s, y);
        double ut = (U(t + 1e-4, x) - U(t - 1e-4, x)) / 2e-4;
        double expected = ut - Laplacian(y => U(t, y), x);
        Assert.Equal(expected, Residual(model, t, x), 5);
        Assert.Contains("t", EmittedRequests.Of(model, 0).FirstPartials);
    }

    [Fact]
    public void A_nonlinear_ansatz_is_differentiated_by_the_chain_rule()
    {
        // lap(exp(N)) = exp(N)(lap N + |grad N|^2): the square of the gradient comes from two independent noise groups.
        var model = Compile("""
            problem P {
              dim n = 4
              domain t in [0, 1], x in R^n where |x| <= 1
              ansatz u = exp(net) + (1 - t)*sin(net)*sum(x)
              pde u_t + lap(u) - u^2 = 0
            }
            """);
        double t = 0.3;
        double[] x = [0.1, -0.2, 0.3, 0.15];
        double U(double s, double[] y) => Math.Exp(Network(s, y)) + (1 - s) * Math.Sin(Network(s, y)) * y.Sum();
        double ut = (U(t + 1e-4, x) - U(t - 1e-4, x)) / 2e-4;
        double expected = ut + Laplacian(y => U(t, y), x) - U(t, x) * U(t, x);
        Assert.Equal(expected, Residual(model, t, x), 5);
        Assert.Equal("exp(u) + (1 - t)*sin(u)*sum(x)", ExpressionPrinter.Print(model.Ansatz!.Value));
        Assert.True(model.Pdes.Single().NoiseGroups >= 2, "the squared gradient of net multiplies two estimates");
    }

    [Fact]
    public void The_ansatz_is_kept_with_net_as_the_network_s_value_for_the_solution()
    {
        var model = Compile("""
            problem P {
              domain x in [0, 1]
              ansatz u = x*(1 - x)*net + 2
              pde u_xx = 0
            }
            """);
        Assert.Equal("x*(1 - x)*u + 2", ExpressionPrinter.Print(model.Ansatz!.Value));
    }

    [Fact]
    public void A_vector_param_drawn_from_a_law_binds_with_its_length_and_law()
    {
        var model = Compile("""
            problem P {
              dim n = 3
              param s = 2
              param c[n] ~ normal(1, s)
              param d[2] = 0.5
              domain x in [0, 1]^n
              pde lap(u) = sum(c*x) + d[1]*c[2]
            }
            """);
        var c = model.Params.Single(p => p.Name == "c");
        Assert.Equal(new VectorLength(0, EquatableArray.Of("n")), c.Length);
        Assert.Equal(LawKind.Normal, c.Law!.Kind);
        Assert.Equal(new BoundParam("s"), c.Law.Deviation);
        var d = model.Params.Single(p => p.Name == "d");
        Assert.Equal(VectorLength.Of(2), d.Length);
        Assert.Equal(0.5, d.DefaultValue);
        Assert.Null(d.Law);
        Assert.Equal("sum(c*x) + d[1]*c[2]", ExpressionPrinter.Print(model.Pdes.Single().Right));
        Assert.Contains("param c[n] ~ normal(1, s)", ProblemPrinter.Print(model));
    }
}
