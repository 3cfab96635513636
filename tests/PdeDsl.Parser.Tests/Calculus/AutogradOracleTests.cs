using CsCheck;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Language.Tests.Calculus;

/// <summary>
/// The symbolic derivatives of the same random formulas as <see cref="DerivativeOracleTests"/> (lets, vector functions,
/// slices, sum, dot, norms, indices, u; n = 2..50), against TorchSharp's autograd of the formula as written, in float64:
/// exact to rounding, so the tolerance is far tighter than finite differences allow.
/// </summary>
public class AutogradOracleTests
{
    private static void Close(double expected, double actual, string what)
    {
        double scale = Math.Max(1, Math.Max(Math.Abs(expected), Math.Abs(actual)));
        Assert.True(Math.Abs(expected - actual) <= 1e-9 * scale, $"{what}: autograd {expected:R}, symbolic {actual:R}");
    }

    /// <summary>The formula on <paramref name="rows"/> copies of the case's point, attached to the graph even when constant.</summary>
    private static (Tensor Points, Tensor Values) Evaluate(DerivativeOracleTests.Case c, BoundExpr f, int rows)
    {
        var point = tensor(c.Point, dtype: ScalarType.Float64).reshape(1, -1);
        var points = point.repeat(rows, 1).requires_grad_(true);
        var evaluator = new TorchEvaluator { Points = points, N = c.N, WithY = c.WithY, Params = new() { ["a"] = 0.7 } };
        var values = evaluator.Eval(f) + points.sum(1, keepdim: true).mul(0.0);
        return (points, values);
    }

    // An output off the graph (a derivative of a formula linear in the input) has zero derivatives; libtorch would
    // abort the process rather than throw, so it is never asked.
    private static Tensor Grad(Tensor output, Tensor input, bool createGraph) =>
        output.requires_grad
            ? autograd.grad(new[] { output.sum() }, new[] { input }, retain_graph: true, create_graph: createGraph)[0]
            : zeros_like(input);

    [Fact]
    public void Laplacian_and_gradient_of_random_formulas_match_autograd()
    {
        DerivativeOracleTests.Cases.Sample(c =>
        {
            using var scope = NewDisposeScope();
            var f = DerivativeOracleTests.Bind(c, c.Formula, out var coordinates);
            var lap = DerivativeOracleTests.Bind(c, $"lap({c.Formula})", out _);
            var grad = DerivativeOracleTests.Bind(c, $"grad({c.Formula})", out _);
            var (here, _) = DerivativeOracleTests.Evaluators(c, coordinates);
            var spatial = DerivativeOracleTests.Spatial(c).Select(k => (long)k).ToArray();

            // Row b differentiates twice along spatial column b: the Hessian's diagonal in two backward passes.
            var (points, values) = Evaluate(c, f, spatial.Length);
            var gradient = Grad(values, points, createGraph: true);                         // [B, D], every row alike
            var along = tensor(spatial).reshape(-1, 1);
            var second = Grad(gradient.gather(1, along), points, createGraph: false).gather(1, along);
            Close(second.sum().ToDouble(), here.Scalar(lap), $"lap({c.Formula}) at n = {c.N}");

            var expected = gradient[0].index_select(0, tensor(spatial)).data<double>().ToArray();
            var g = here.Eval(grad);
            Assert.Equal(expected.Length, g.Length);
            for (int k = 0; k < g.Length; k++) Close(expected[k], g[k], $"grad({c.Formula})[{k + 1}] at n = {c.N}");
        }, iter: 120);
    }

    [Fact]
    public void Partials_of_random_formulas_match_autograd()
    {
        DerivativeOracleTests.Cases.Where(c => c.WithY).Sample(c =>
        {
            using var scope = NewDisposeScope();
            var f = DerivativeOracleTests.Bind(c, c.Formula, out var coordinates);
            var dy = DerivativeOracleTests.Bind(c, $"diff({c.Formula}, y)", out _);
            var dty = DerivativeOracleTests.Bind(c, $"diff({c.Formula}, t, y)", out _);
            var dyy = DerivativeOracleTests.Bind(c, $"diff({c.Formula}, y, y)", out _);
            var (here, _) = DerivativeOracleTests.Evaluators(c, coordinates);

            var (points, values) = Evaluate(c, f, 1);
            var gradient = Grad(values, points, createGraph: true);
            var fy = gradient.narrow(1, 1, 1);
            var hessianRow = Grad(fy, points, createGraph: false);                          // ∂/∂q of f_y
            Close(fy.sum().ToDouble(), here.Scalar(dy), $"diff({c.Formula}, y)");
            Close(hessianRow[0, 0].ToDouble(), here.Scalar(dty), $"diff({c.Formula}, t, y)");
            Close(hessianRow[0, 1].ToDouble(), here.Scalar(dyy), $"diff({c.Formula}, y, y)");
        }, iter: 80);
    }
}
