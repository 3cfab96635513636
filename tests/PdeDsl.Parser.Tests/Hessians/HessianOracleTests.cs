using CsCheck;
using PdeDsl.Language.Tests.Calculus;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Language.Tests.Hessians;

/// <summary>
/// Hessian contractions of the random formulas of <see cref="DerivativeOracleTests"/> (lets, vector functions, slices, sum,
/// dot, norms, u; y in [0, 1] beside x in [0, 1]^n, n = 2..50; no slices): the calculus stage's <c>sum(w*diag(hess(f)))</c> and
/// <c>dot(v, hess(f)*v)</c>, with u's Hessian estimates replaced by its closed form, against TorchSharp's autograd of the
/// formula as written, in float64.
/// </summary>
public class HessianOracleTests
{
    private static void Close(double expected, double actual, string what)
    {
        double scale = Math.Max(1, Math.Max(Math.Abs(expected), Math.Abs(actual)));
        Assert.True(Math.Abs(expected - actual) <= 1e-8 * scale, $"{what}: autograd {expected:R}, symbolic {actual:R}");
    }

    // A weight vector and a direction over the spatial columns (y first when present, then x).
    private static string Weight(DerivativeOracleTests.Case c) => c.WithY ? "grad(y^3/3 + sum(sin(x)))" : "cos(x)";

    private static string Direction(DerivativeOracleTests.Case c) => c.WithY ? "grad(y*t + |x|^2/2)" : "x";

    /// <summary>
    /// The closed form's Hessian, u = cos(t) sin(w) + |x|^2/(2n), w = y + sum(x)/n: ∂_i∂_j u = -cos(t) sin(w) a_i a_j +
    /// δ_ij [i in x]/n with a = 1 for y and 1/n for x.
    /// </summary>
    private static double[] U(BoundDerivative d, Dictionary<string, double[]> p, int n, Func<BoundExpr, double[]> eval)
    {
        if (d.Kind is not (DerivativeKind.HessianDiagonal or DerivativeKind.QuadraticForm)) return DerivativeOracleTests.U(d, p, n);
        bool withY = p.ContainsKey("y");
        double w = (withY ? p["y"][0] : 0) + p["x"].Sum() / n, curvature = -Math.Cos(p["t"][0]) * Math.Sin(w);
        var a = (withY ? new[] { 1.0 } : []).Concat(Enumerable.Repeat(1.0 / n, n)).ToArray();
        var inX = a.Select((_, i) => withY && i == 0 ? 0.0 : 1.0 / n).ToArray();
        var v = eval(d.Weight!);
        if (v.Length == 1) v = Enumerable.Repeat(v[0], a.Length).ToArray();
        return d.Kind == DerivativeKind.HessianDiagonal
            ? [v.Select((wi, i) => wi * (curvature * a[i] * a[i] + inX[i])).Sum()]
            : [curvature * Math.Pow(v.Select((vi, i) => vi * a[i]).Sum(), 2) + v.Select((vi, i) => vi * vi * inX[i]).Sum()];
    }

    private static NumericEvaluator Evaluator(DerivativeOracleTests.Case c, IReadOnlyList<CoordinateModel> coordinates)
    {
        var point = new Dictionary<string, double[]> { ["t"] = [c.Point[0]], ["x"] = c.Point.Skip(2).ToArray() };
        if (c.WithY) point["y"] = [c.Point[1]];
        NumericEvaluator? evaluator = null;
        evaluator = new NumericEvaluator
        {
            Coordinates = coordinates,
            Point = point,
            Dims = new() { ["n"] = c.N },
            Params = new() { ["a"] = 0.7 },
            U = d => U(d, point, c.N, e => evaluator!.Eval(e)),
        };
        return evaluator;
    }

    private static Tensor Grad(Tensor output, Tensor input, bool createGraph) =>
        output.requires_grad
            ? autograd.grad(new[] { output.sum() }, new[] { input }, retain_graph: true, create_graph: createGraph)[0]
            : zeros_like(input);

    [Fact]
    public void Hessian_contractions_of_random_formulas_match_autograd()
    {
        // Slices are left out: the Hessian of a slice (a padded Jacobian) is not taken yet (PDE0042, docs/language.md).
        DerivativeOracleTests.Cases.Where(c => !c.Formula.Contains("..")).Sample(c =>
        {
            using var scope = NewDisposeScope();
            var f = DerivativeOracleTests.Bind(c, c.Formula, out var coordinates);
            var diagonal = DerivativeOracleTests.Bind(c, $"sum({Weight(c)}*diag(hess({c.Formula})))", out _);
            var quadratic = DerivativeOracleTests.Bind(c, $"dot({Direction(c)}, hess({c.Formula})*{Direction(c)})", out _);
            var here = Evaluator(c, coordinates);
            var spatial = DerivativeOracleTests.Spatial(c).Select(k => (long)k).ToArray();
            var weights = here.Eval(DerivativeOracleTests.Bind(c, Weight(c), out _));
            var direction = here.Eval(DerivativeOracleTests.Bind(c, Direction(c), out _));

            // Row b differentiates twice along spatial column b: the Hessian's diagonal.
            var point = tensor(c.Point, dtype: ScalarType.Float64).reshape(1, -1);
            var points = point.repeat(spatial.Length, 1).requires_grad_(true);
            var evaluator = new TorchEvaluator { Points = points, N = c.N, WithY = c.WithY, Params = new() { ["a"] = 0.7 } };
            var values = evaluator.Eval(f) + points.sum(1, keepdim: true).mul(0.0);
            var gradient = Grad(values, points, createGraph: true);
            var along = tensor(spatial).reshape(-1, 1);
            var second = Grad(gradient.gather(1, along), points, createGraph: false).gather(1, along).reshape(-1);
            var expected = (second * tensor(weights, dtype: ScalarType.Float64)).sum().ToDouble();
            Close(expected, here.Scalar(diagonal), $"sum(w*diag(hess({c.Formula}))) at n = {c.N}");

            // vᵀHv: the derivative along v of the derivative along v (v held fixed), on one row.
            var full = zeros(1, c.Point.Length, dtype: ScalarType.Float64);
            full.index_put_(tensor(direction, dtype: ScalarType.Float64), TensorIndex.Colon, TensorIndex.Tensor(tensor(spatial)));
            var slope = (gradient.narrow(0, 0, 1) * full).sum();
            var curvature = slope.requires_grad ? (Grad(slope, points, createGraph: false).narrow(0, 0, 1) * full).sum().ToDouble() : 0.0;
            Close(curvature, here.Scalar(quadratic), $"dot(v, hess({c.Formula})*v) at n = {c.N}");

            // diag(hess(V)) of a vector V = f*sin(x), component by component (one vector coordinate only): row b takes
            // component b of V twice along column b.
            if (c.WithY) return;
            var vector = $"({c.Formula})*sin(x)";
            var componentwise = DerivativeOracleTests.Bind(c, $"sum(cos(x)*diag(hess({vector})))", out _);
            var component = evaluator.Eval(DerivativeOracleTests.Bind(c, vector, out _)) + points.sum(1, keepdim: true).mul(0.0);
            var own = component.gather(1, along - 2);
            var ownFirst = Grad(own, points, createGraph: true).gather(1, along);
            var ownSecond = Grad(ownFirst, points, createGraph: false).gather(1, along).reshape(-1);
            var cosines = tensor(c.Point.Skip(2).Select(Math.Cos).ToArray(), dtype: ScalarType.Float64);
            Close((ownSecond * cosines).sum().ToDouble(), here.Scalar(componentwise), $"sum(cos(x)*diag(hess({vector}))) at n = {c.N}");
        }, iter: 120);
    }
}
