using System.Diagnostics;
using System.Text;
using CsCheck;
using Xunit;
using Xunit.Abstractions;

namespace PdeDsl.Language.Tests;

/// <summary>
/// Properties over random input: well-typed expressions survive print and parse unchanged, and no text,
/// however broken, makes the compiler throw or fall back to its internal-error diagnostic.
/// </summary>
public class PropertyTests(ITestOutputHelper output)
{
    /// <summary>Well-typed scalar and vector (length n) expressions over <see cref="Context"/>, by depth.</summary>
    private static (Gen<string> Scalar, Gen<string> Vector) Expressions(int depth)
    {
        var number = Gen.OneOf(
            Gen.Int[0, 100].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Gen.Int[0, 999].Select(Gen.Int[0, 99], (i, f) => $"{i}.{f}"),
            Gen.Int[1, 9].Select(Gen.Int[-5, 5], (m, x) => $"{m}e{x}"));
        var scalar = Gen.OneOf(number, Gen.OneOf("y", "z", "t", "a", "b", "λ", "n", "pi", "e", "u", "u_y", "u_yz", "u_tt", "u_zt",
            "lap(u)", "Δu", "x[1]", "x[n]", "(grad u)[1]", "(∇u)[3]", "c", "w[2]"));
        var vector = Gen.OneOf("x", "sin(x)", "2*x");
        for (int d = 0; d < depth; d++)
        {
            var s = scalar;
            var v = vector;
            scalar = Gen.OneOf(
                s,
                Gen.Select(s, Gen.OneOf(" + ", " - ", "*", " / ", "^"), s, (l, op, r) => $"({l}{op}{r})"),
                s.Select(e => $"-{e}"),
                s.Select(e => $"|{e}|"),
                Gen.Select(Gen.OneOf("sin", "cos", "exp", "tanh", "abs", "sqrt", "ln"), s, (f, e) => $"{f}({e})"),
                Gen.Select(s, s, (l, r) => $"max({l}, {r})"),
                Gen.Select(s, s, (l, r) => $"h({l}, {r})"),
                v.Select(e => $"|{e}|^2"),
                v.Select(e => $"sum({e})"),
                v.Select(e => $"g({e})"),
                Gen.Select(v, v, (l, r) => $"dot({l}, {r})"),
                v.Select(e => $"({e})[2]"));
            vector = Gen.OneOf(
                v,
                Gen.Select(v, v, (l, r) => $"({l} + {r})"),
                Gen.Select(s, v, (l, r) => $"({l})*{r}"),
                Gen.Select(v, s, (l, r) => $"{l}/({r})"),
                v.Select(e => $"-{e}"),
                v.Select(e => $"exp({e})"),
                Gen.Select(v, s, (l, r) => $"min({l}, {r})"));
        }
        return (scalar, vector);
    }

    [Fact]
    public void Random_well_typed_expressions_round_trip_through_print_and_parse()
    {
        Expressions(4).Scalar.Sample(text =>
        {
            var bound = Context.BindOk(text);
            var printed = ExpressionPrinter.Print(bound);
            var again = Context.BindOk(printed);
            Assert.Equal(bound, again);
            Assert.Equal(printed, ExpressionPrinter.Print(again));
        }, iter: 3000, threads: 1, seed: null);
    }

    [Fact]
    public void Random_long_sums_bound_as_balanced_trees_round_trip()
    {
        var term = Gen.Select(Gen.OneOf(" + ", " - "), Expressions(1).Scalar, (op, e) => op + e);
        Gen.Select(Expressions(1).Scalar, term.Array[30, 90], (first, rest) => first + string.Concat(rest)).Sample(text =>
        {
            var bound = Context.BindOk(text);
            var printed = ExpressionPrinter.Print(bound);
            Assert.Equal(bound, Context.BindOk(printed));
        }, iter: 300);
    }

    [Fact]
    public void Random_problems_round_trip_through_the_printer()
    {
        var scalar = Expressions(2).Scalar;
        var face = Gen.OneOf("boundary", "t = 0", "t = a", "y = -1", "z = a/2", "y = b*m");
        var condition = Gen.Select(face, scalar, scalar, (f, l, r) => $"  on {f}: {l} = {r}\n");
        var exact = Gen.OneOf("", "  exact sin(y)*z + a\n", "  exact |x|^2 - n\n");
        Gen.Select(scalar, scalar, condition.Array[0, 4], exact, (l, r, conditions, e) =>
            "problem R {\n  dim n = 3\n  dim m = 2\n  param a = 2\n  param b = 0.5\n  param λ = -1.25\n" +
            "  let g(v) = |v|^2\n  let c = a + 1\n  let h(p, q) = p*q + c\n" +
            "  domain t in [0, a], y in [-1, b*m], x in [0, 1]^n, z in [-a, a], w in [0, 1]^2\n" +
            $"  pde {l} = {r}\n" + string.Concat(conditions) + e + "}\n")
        .Sample(text =>
        {
            var first = PdeCompiler.CompileFile(text);
            Assert.True(first.Diagnostics.Count == 0, string.Join("\n", first.Diagnostics));
            var model = Assert.Single(first.Problems);
            var printed = ProblemPrinter.Print(model);
            var again = Assert.Single(PdeCompiler.CompileFile(printed).Problems);
            Assert.Equal(ModelText.WithoutSources(model), ModelText.WithoutSources(again));
            Assert.Equal(printed, ProblemPrinter.Print(again));
        }, iter: 500);
    }

    [Fact]
    public void Random_problems_with_laws_balls_spheres_and_normals_round_trip_through_the_printer()
    {
        var scalar = Expressions(2).Scalar;
        var yLaw = Gen.OneOf("normal(0, 1)", "normal(t, sqrt(1 + t))", "normal(a, b*t + 1)");
        var zLaw = Gen.OneOf("normal(y, 2)", "normal(-y*t, a)", "normal(sin(y), exp(t))");
        var xLaw = Gen.OneOf("", "  sample x ~ uniform\n", "  sample x ~ radial\n");
        var wLaw = Gen.OneOf("normal(0, 1)", "normal(z, |y| + 1)", "normal(z*n, 0.5)");
        var bounded = Gen.OneOf("boundary", "|x - b| = a", "|x - (b)| = a");
        var face = Gen.OneOf("t = 0", "t = a", "y = a", "z = -1");
        var withNormal = Gen.Select(bounded, scalar, scalar, Gen.Bool,
            (f, l, r, n) => $"  on {f}: {l}{(n ? " + dot(normal, grad u)" : "")} = {r}\n");
        var onFace = Gen.Select(face, scalar, scalar, (f, l, r) => $"  on {f}: {l} = {r}\n");
        var condition = Gen.OneOf(withNormal, onFace);
        Gen.Select(Gen.Select(yLaw, zLaw, xLaw, wLaw), scalar, scalar, condition.Array[0, 4], (laws, l, r, conditions) =>
            "problem L {\n  dim n = 3\n  param a = 2\n  param b = 0.5\n  param λ = -1.25\n" +
            "  let g(v) = |v|^2\n  let c = a + 1\n  let h(p, q) = p*q + c\n" +
            "  domain t in [0, a], y in R, z in ℝ, x in R^n where |x - b| <= a, w in R^2\n" +
            $"  sample y ~ {laws.Item1}\n  sample z ~ {laws.Item2}\n{laws.Item3}  sample w ~ {laws.Item4}\n" +
            $"  pde {l} = {r}\n" + string.Concat(conditions) + "}\n")
        .Sample(text =>
        {
            var first = PdeCompiler.CompileFile(text);
            Assert.True(first.Diagnostics.Count == 0, string.Join("\n", first.Diagnostics));
            var model = Assert.Single(first.Problems);
            var printed = ProblemPrinter.Print(model);
            var again = Assert.Single(PdeCompiler.CompileFile(printed).Problems);
            Assert.Equal(ModelText.WithoutSources(model), ModelText.WithoutSources(again));
            Assert.Equal(printed, ProblemPrinter.Print(again));
        }, iter: 300);
    }

    private static readonly string[] Tokens =
    [
        "problem", "P", "Q", "{", "}", "namespace", "A.B", ";", "domain", "x", "y", "t", "in", "[", "]", ",", "0", "1", "0.5", "^", "n",
        "pde", "=", "lap", "grad", "div", "(", ")", "|", "u", "u_x", "u_xy", "u_t", "on", "boundary", ":", "exact", "let", "g", "dim",
        "param", "a", "/*", "*/", "//", "\n", " ", "1e", ".", "Δ", "∇", "λ", "+", "-", "*", "/", "sin", "sum", "dot", "max", "e", "pi",
        "sample", "~", "normal", "uniform", "radial", "R", "ℝ", "where", "<=", "<", "≤",
    ];

    private static void MustNotCrash(string text)
    {
        var r = PdeCompiler.CompileFile(text);
        Assert.DoesNotContain(r.Diagnostics, d => d.Code == DiagnosticCodes.Internal);
        Assert.True(r.Problems.Count > 0 || r.Diagnostics.Count > 0, "neither a problem nor a diagnostic for: " + text);
        foreach (var p in r.Problems) ProblemPrinter.Print(p);
    }

    [Fact]
    public void Random_token_soup_never_throws()
    {
        Gen.OneOf(Tokens).Array[0, 80].Select(t => string.Join(" ", t)).Sample(MustNotCrash, iter: 4000);
    }

    [Fact]
    public void Random_characters_never_throw()
    {
        Gen.String.Sample(MustNotCrash, iter: 4000);
        Gen.Char["{}[]()|^=:;,.+-*/ \nxyzun01eΔ∇λ_"].Array[0, 200].Select(c => new string(c)).Sample(MustNotCrash, iter: 4000);
    }

    /// <summary>A valid file with a few random edits: deletions, insertions of tokens, duplicated runs.</summary>
    private static Gen<string> Mutations() =>
        Gen.Select(
            Gen.OneOf(Samples.Hjb, Samples.Poisson2D, PrinterTests.Heat, Samples.HjbRn, Samples.BallPoisson),
            Gen.Select(Gen.Int[0, 2], Gen.Double[0, 1], Gen.Int[1, 12], Gen.OneOf(Tokens)).Array[1, 6],
            (text, edits) =>
            {
                var s = new StringBuilder(text);
                foreach (var (kind, where, length, token) in edits)
                {
                    int at = (int)(where * s.Length);
                    int len = Math.Min(length, s.Length - at);
                    switch (kind)
                    {
                        case 0: s.Remove(at, len); break;
                        case 1: s.Insert(at, token); break;
                        default: s.Insert(at, s.ToString(at, len)); break;
                    }
                }
                return s.ToString();
            });

    [Fact]
    public void Random_mutations_of_valid_files_never_throw_and_always_give_a_problem_or_a_diagnostic()
    {
        Mutations().Sample(MustNotCrash, iter: 4000);
    }

    [Fact]
    public void Random_attribute_statements_never_throw()
    {
        var keyword = Gen.OneOf("dim", "param", "let", "domain", "sample", "pde", "on", "exact", "Condition", "Sample", "", "bogus");
        var argument = Gen.OneOf(Tokens).Array[0, 12].Select(t => string.Join(" ", t));
        var statement = Gen.Select(keyword, argument.Array[0, 3], (k, a) => new StatementSource(k, a.ToEquatableArray()));
        statement.Array[0, 8].Sample(statements =>
        {
            var r = PdeCompiler.CompileStatements("P", "N", statements.ToEquatableArray());
            Assert.DoesNotContain(r.Diagnostics, d => d.Code == DiagnosticCodes.Internal);
            Assert.All(r.Diagnostics, d => Assert.True(d.Statement >= -1 && d.Statement < statements.Length));
        }, iter: 4000);
    }

    [Fact]
    public void A_10000_character_expression_parses_in_well_under_a_second()
    {
        var term = "0.5*sin(x[1] + y)^2 - |grad u|^2/(1 + lambda) + u_y*exp(-y) + ";
        var body = new StringBuilder();
        while (body.Length < 10_000) body.Append(term);
        body.Append("lap(u)");
        var text = $"problem Big {{ dim n = 10 param lambda = 1 domain y in [0, 1], x in [0, 1]^n pde {body} = 0 }}";
        PdeCompiler.CompileFile(Samples.Poisson2D); // warm up the JIT so the figure is the parser's own
        var clock = Stopwatch.StartNew();
        var r = PdeCompiler.CompileFile(text);
        clock.Stop();
        output.WriteLine($"{body.Length} characters: compiled in {clock.Elapsed.TotalMilliseconds:F1} ms");
        Assert.Empty(r.Diagnostics);
        Assert.Single(r.Problems);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Long_sums_bind_as_shallow_trees_that_compare_on_a_small_stack()
    {
        var text = $"problem P {{ domain y in [0, 1] pde {string.Join(" - ", Enumerable.Repeat("y", 20_000))} = 0 }}";
        var a = PdeCompiler.CompileFile(text);
        var b = PdeCompiler.CompileFile(text);
        Assert.Empty(a.Diagnostics);
        int Depth(BoundExpr e) => e is BoundBinary bin ? 1 + Math.Max(Depth(bin.Left), Depth(bin.Right)) : 1;
        Assert.InRange(Depth(a.Problems[0].Pdes[0].Left), 15, 16); // log2(20000) = 14.3, not 20000
        // The generator's cache compares models on compiler threads, which may have 1 MB stacks.
        bool equal = false;
        var thread = new System.Threading.Thread(() => equal = a == b && a.GetHashCode() == b.GetHashCode(), 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.True(equal);
        // y - y - y ... is y minus the other 19,999 y's, whatever the grouping.
        var sum = ExpressionPrinter.Print(a.Problems[0].Pdes[0].Left);
        Assert.Equal(20_000, sum.Count(c => c == 'y'));
        Assert.Equal(-19_998, Evaluate(a.Problems[0].Pdes[0].Left, 1.0));
        var again = PdeCompiler.CompileFile(ProblemPrinter.Print(a.Problems[0])).Problems.Single();
        Assert.True(ModelText.WithoutSources(again) == ModelText.WithoutSources(a.Problems[0]), "the printed sum compiled to another tree");
    }

    /// <summary>The value of a sum of y's at y.</summary>
    private static double Evaluate(BoundExpr e, double y) => e switch
    {
        BoundCoordinate => y,
        BoundBinary { Operator: BinaryOperator.Add } b => Evaluate(b.Left, y) + Evaluate(b.Right, y),
        BoundBinary { Operator: BinaryOperator.Subtract } b => Evaluate(b.Left, y) - Evaluate(b.Right, y),
        _ => throw new ArgumentException(e.ToString()),
    };

    [Fact]
    public void Long_flat_chains_and_deep_but_legal_nesting_compile()
    {
        var chain = string.Join(" + ", Enumerable.Repeat("y", 5000));
        var nested = new string('(', 60) + "y" + new string(')', 60);
        var powers = string.Join("^", Enumerable.Repeat("y", 60));
        foreach (var expression in new[] { chain, nested, powers, new string('-', 60) + "y" })
        {
            var clock = Stopwatch.StartNew();
            var r = PdeCompiler.CompileFile($"problem P {{ domain y in [0, 1] pde {expression} = 0 }}");
            output.WriteLine($"{expression.Length} characters ({expression.Substring(0, 6)}...): {clock.Elapsed.TotalMilliseconds:F1} ms");
            Assert.Empty(r.Diagnostics);
            var p = Assert.Single(r.Problems);
            var again = PdeCompiler.CompileFile(ProblemPrinter.Print(p)).Problems.Single();
            // Assert.True, not Assert.Equal: a failure must not print a model thousands of levels deep.
            Assert.True(ModelText.WithoutSources(p) == ModelText.WithoutSources(again), "the printed problem compiled to another model");
        }
    }
}
