using CsCheck;
using Xunit;

namespace PdeDsl.Language.Tests.Calculus;

/// <summary>
/// The symbolic derivatives of random formulas (lets, vector functions, slices, sum, dot, norms, indices, u) over
/// y in [0, 1] and x in [0, 1]^n, n = 2..50, evaluated numerically, against central finite differences of the
/// formula itself. u is a closed form whose derivatives are known exactly.
/// </summary>
public class DerivativeOracleTests
{
    internal static string Problem(int n, bool withY) => $$"""
        problem P {
          dim n = {{n}}
          param a = 0.7
          let g(p) = sin(p) + p^2/4
          let q(v) = sum(cos(v))/n
          domain t in [0, 1], {{(withY ? "y in [0, 1], " : "")}}x in [0, 1]^n
          pde u = 0
        }
        """;

    /// <summary>Random scalar formulas of the coordinates and u, kept to moderate size and range.</summary>
    internal static Gen<string> Formulas(bool withY)
    {
        var atoms = new List<string> { "t", "a", "x[1]", "x[n]", "x[2]", "sum(x)/n", "|x|^2/n", "u", "q(x)", "0.5" };
        if (withY) atoms.AddRange(new[] { "y", "y*u" });
        var scalar = Gen.OneOf(atoms.ToArray());
        var vector = Gen.OneOf("x", "sin(x)", "a*x", "u*x");
        for (int depth = 0; depth < 3; depth++)
        {
            var s = scalar;
            var v = vector;
            scalar = Gen.OneOf(
                s,
                Gen.Select(s, s, (l, r) => $"({l} + {r})"),
                Gen.Select(s, s, (l, r) => $"({l} - {r})"),
                Gen.Select(s, s, (l, r) => $"({l})*({r})"),
                Gen.Select(s, s, (l, r) => $"({l})/(1 + ({r})^2)"),
                Gen.Select(Gen.OneOf("sin", "cos", "tanh", "g"), s, (f, e) => $"{f}({e})"),
                s.Select(e => $"exp(tanh({e}))"),
                s.Select(e => $"sqrt(1 + ({e})^2)"),
                s.Select(e => $"ln(2 + sin({e}))"),
                s.Select(e => $"({e})^3"),
                s.Select(e => $"|{e}|^2"),
                v.Select(e => $"sum({e})/n"),
                v.Select(e => $"q({e})"),
                Gen.Select(v, v, (l, r) => $"dot({l}, {r})/n"),
                Gen.Select(v, v, (l, r) => $"dot(({l})[1..n-1], ({r})[2..n])/n"),
                Gen.Select(v, v, (l, r) => $"sum(({l})[2..n]*sin(({r})[1..n-1] + cos(x[2..n])))/n"),
                v.Select(e => $"|3*x + {e}|/sqrt(n)"),
                v.Select(e => $"({e})[2]"));
            vector = Gen.OneOf(
                v,
                Gen.Select(v, v, (l, r) => $"({l} + {r})"),
                Gen.Select(v, v, (l, r) => $"({l} - {r})"),
                Gen.Select(s, v, (l, r) => $"({l})*{r}"),
                Gen.Select(v, s, (l, r) => $"{l}/(2 + ({r})^2)"),
                Gen.Select(v, v, (l, r) => $"({l})*({r})"),
                Gen.Select(v, v, (l, r) => $"({l})/exp(sin({r}))"),
                Gen.Select(Gen.OneOf("sin", "cos", "tanh"), v, (f, e) => $"{f}({e})"));
        }
        return scalar;
    }

    /// <summary>u = cos(t) sin(w) + |x|^2/(2n), w = y + sum(x)/n: every derivative in closed form.</summary>
    internal static double[] U(BoundDerivative d, Dictionary<string, double[]> p, int n)
    {
        double t = p["t"][0], y = p.TryGetValue("y", out var yy) ? yy[0] : 0;
        var x = p["x"];
        double w = y + x.Sum() / n, sw = Math.Sin(w), cw = Math.Cos(w), ct = Math.Cos(t), st = Math.Sin(t);
        bool withY = p.ContainsKey("y");
        string Key() => string.Join("", d.Coordinates);
        return d.Kind switch
        {
            DerivativeKind.Value => [ct * sw + x.Sum(v => v * v) / (2 * n)],
            DerivativeKind.FirstPartial => Key() switch { "t" => [-st * sw], "y" => [ct * cw], _ => throw new InvalidOperationException(Key()) },
            DerivativeKind.SecondPartial => Key() switch { "tt" => [-ct * sw], "ty" => [-st * cw], "yy" => [-ct * sw], _ => throw new InvalidOperationException(Key()) },
            DerivativeKind.Gradient => (withY ? new[] { ct * cw } : Array.Empty<double>()).Concat(x.Select(v => ct * cw / n + v / n)).ToArray(),
            DerivativeKind.Laplacian => [-ct * sw * ((withY ? 1 : 0) + 1.0 / n) + 1],
            _ => throw new InvalidOperationException(d.Kind.ToString()),
        };
    }

    internal sealed record Case(int N, bool WithY, string Formula, double[] Point);

    internal static readonly Gen<Case> Cases =
        from n in Gen.Int[2, 50]
        from withY in Gen.Bool
        from formula in Formulas(withY)
        from point in Gen.Double[0.05, 0.95].Array[n + 2]
        select new Case(n, withY, formula, point);

    internal static (NumericEvaluator Evaluator, Func<double[], NumericEvaluator> At) Evaluators(Case c, IReadOnlyList<CoordinateModel> coordinates)
    {
        NumericEvaluator At(double[] q)
        {
            var point = new Dictionary<string, double[]> { ["t"] = [q[0]], ["x"] = q.Skip(2).ToArray() };
            if (c.WithY) point["y"] = [q[1]];
            return new NumericEvaluator
            {
                Coordinates = coordinates,
                Point = point,
                Dims = new() { ["n"] = c.N },
                Params = new() { ["a"] = 0.7 },
                U = d => U(d, point, c.N),
            };
        }
        return (At(c.Point), At);
    }

    internal static BoundExpr Bind(Case c, string expression, out IReadOnlyList<CoordinateModel> coordinates)
    {
        var problem = Problem(c.N, c.WithY);
        coordinates = PdeCompiler.CompileFile(problem).Problems.Single().Coordinates;
        var (e, diagnostics) = Compilation.CompileSteps.BindExpression(problem, expression);
        Assert.True(e is not null && diagnostics.Count == 0, $"{expression}: {string.Join("; ", diagnostics)}");
        return e!;
    }

    /// <summary>The spatial columns of the point vector (t is column 0; y, when present, column 1; then x).</summary>
    internal static IEnumerable<int> Spatial(Case c) => Enumerable.Range(c.WithY ? 1 : 2, c.N + (c.WithY ? 1 : 0));

    /// <summary>Two central differences at steps 2h and h combined to cancel their h² error.</summary>
    private static double Richardson(double coarse, double fine) => (4 * fine - coarse) / 3;

    private static void Close(double expected, double actual, string what)
    {
        double scale = Math.Max(1, Math.Max(Math.Abs(expected), Math.Abs(actual)));
        Assert.True(Math.Abs(expected - actual) <= 2e-4 * scale, $"{what}: finite differences {expected}, symbolic {actual}");
    }

    [Fact]
    public void Laplacian_and_gradient_of_random_formulas_match_finite_differences()
    {
        Cases.Sample(c =>
        {
            var f = Bind(c, c.Formula, out var coordinates);
            var lap = Bind(c, $"lap({c.Formula})", out _);
            var grad = Bind(c, $"grad({c.Formula})", out _);
            var (here, at) = Evaluators(c, coordinates);
            double F(double[] q) => at(q).Scalar(f);
            double fd = 0;
            var gradFd = new List<double>();
            foreach (var k in Spatial(c))
            {
                double f0 = F(c.Point);
                (double Second, double First) Differences(double h)
                {
                    var plus = (double[])c.Point.Clone();
                    var minus = (double[])c.Point.Clone();
                    plus[k] += h;
                    minus[k] -= h;
                    double fp = F(plus), fm = F(minus);
                    return ((fp - 2 * f0 + fm) / (h * h), (fp - fm) / (2 * h));
                }
                var (coarse, fine) = (Differences(2e-3), Differences(1e-3));
                fd += Richardson(coarse.Second, fine.Second);
                gradFd.Add(Richardson(coarse.First, fine.First));
            }
            Close(fd, here.Scalar(lap), $"lap({c.Formula}) at n = {c.N}");
            var g = here.Eval(grad);
            Assert.Equal(gradFd.Count, g.Length);
            for (int k = 0; k < g.Length; k++) Close(gradFd[k], g[k], $"grad({c.Formula})[{k + 1}] at n = {c.N}");
        }, iter: 150);
    }

    [Fact]
    public void Partials_and_divergence_of_random_formulas_match_finite_differences()
    {
        Cases.Where(c => c.WithY).Sample(c =>
        {
            var f = Bind(c, c.Formula, out var coordinates);
            var dy = Bind(c, $"diff({c.Formula}, y)", out _);
            var dty = Bind(c, $"diff({c.Formula}, t, y)", out _);
            var div = Bind(c, $"div(({c.Formula})*grad(u) + grad({c.Formula}))", out _);
            var (here, at) = Evaluators(c, coordinates);
            double F(double[] q) => at(q).Scalar(f);
            double Central(Func<double[], double> f, double[] q, int k, double h)
            {
                var p = (double[])q.Clone(); p[k] += h;
                var m = (double[])q.Clone(); m[k] -= h;
                return (f(p) - f(m)) / (2 * h);
            }
            double Dy(double[] q, double h) => Central(F, q, 1, h);
            Close(Richardson(Dy(c.Point, 2e-3), Dy(c.Point, 1e-3)), here.Scalar(dy), $"diff({c.Formula}, y)");
            double Dty(double h) => Central(q => Dy(q, h), c.Point, 0, h);
            Close(Richardson(Dty(2e-3), Dty(1e-3)), here.Scalar(dty), $"diff({c.Formula}, t, y)");
            // div(F grad u + grad F) = grad F . grad u + F lap u + lap F, each part checked against its own oracle.
            var parts = Bind(c, $"dot(grad({c.Formula}), grad(u)) + ({c.Formula})*lap(u) + lap({c.Formula})", out _);
            Close(here.Scalar(parts), here.Scalar(div), $"div(({c.Formula})*grad(u) + grad({c.Formula}))");
        }, iter: 100);
    }
}
