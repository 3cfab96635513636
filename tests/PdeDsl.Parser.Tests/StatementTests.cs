using PdeDsl.Language.Grouping;
using Xunit;
using static PdeDsl.Language.Tests.Build;

namespace PdeDsl.Language.Tests;

/// <summary>The statements of a problem block, file by file and attribute by attribute.</summary>
public class StatementTests
{
    private static GroupedProblem One(string text, string? defaultNamespace = null)
    {
        var r = PdeCompiler.CompileFile(text, defaultNamespace);
        Assert.True(r.Diagnostics.Count == 0, string.Join("\n", r.Diagnostics));
        return Assert.Single(r.Problems);
    }

    private static GroupedProblem Attributes(params (string, string[])[] statements)
    {
        var r = PdeCompiler.CompileStatements("P", null, Samples.Statements(statements));
        Assert.True(r.Diagnostics.Count == 0, string.Join("\n", r.Diagnostics));
        return Assert.Single(r.Problems);
    }

    [Theory]
    [InlineData("namespace A.B.C;\nproblem P { domain x in [0, 1] pde lap(u) = 0 }", null, "A.B.C")]
    [InlineData("namespace A\nproblem P { domain x in [0, 1] pde lap(u) = 0 }", "D", "A")]
    [InlineData("problem P { domain x in [0, 1] pde lap(u) = 0 }", "D", "D")]
    [InlineData("problem P { domain x in [0, 1] pde lap(u) = 0 }", null, null)]
    public void Namespace_comes_from_the_file_or_the_default(string text, string? defaultNamespace, string? expected) =>
        Assert.Equal(expected, One(text, defaultNamespace).Namespace);

    [Theory]
    [InlineData("problem P { domain x in [0, 1]; pde lap(u) = 0; on boundary: u = 0; }")]
    [InlineData("problem P {\n  pde lap(u) = 0\n  on boundary: u = 0\n  domain x in [0, 1]\n}")]
    [InlineData("problem P { /* block */ domain x in /* here too */ [0, 1] // line\n pde lap(u) = 0 on boundary: u = 0 }")]
    [InlineData("problem P{domain x in[0,1]pde lap(u)=0 on boundary:u=0}")]
    [InlineData("problem P {\n domain x in [0,\n 1]\n pde lap(u)\n = 0\n on boundary:\n u = 0\n}")]
    public void Separators_comments_order_and_new_lines_do_not_matter(string text)
    {
        var p = One(text);
        Assert.Equal(ModelText.WithoutSources(One("problem P { domain x in [0, 1] pde lap(u) = 0 on boundary: u = 0 }")), ModelText.WithoutSources(p));
    }

    [Fact]
    public void Several_problems_in_one_file_share_its_namespace()
    {
        var r = PdeCompiler.CompileFile("namespace N;\nproblem A { domain x in [0, 1] pde lap(u) = 0 }\nproblem B { domain y in [0, 2] pde lap(u) = 1 }");
        Assert.Empty(r.Diagnostics);
        Assert.Equal(["A", "B"], r.Problems.Select(p => p.Name));
        Assert.All(r.Problems, p => Assert.Equal("N", p.Namespace));
    }

    [Fact]
    public void Dim_and_param_values_are_kept_with_their_spans()
    {
        var p = One("problem P {\n dim n = 7\n param a = -1.5e-2\n domain x in [0, 1]^n\n pde lap(u) = a\n}");
        Assert.Equal(new DimModel("n", 7, new SourceSpan(13, 9, 2, 2)), p.Dims[0]);
        Assert.Equal(-0.015, p.Params[0].DefaultValue);
        Assert.Equal(new VectorLength(0, EquatableArray.Of("n")), p.Coordinates[0].Length);
    }

    [Fact]
    public void Domain_bounds_are_expressions_over_params_and_dims()
    {
        var p = One("problem P { dim n = 2 param a = 3 domain x in [-a, a*n]^4, y in [0, 2*pi] pde lap(u) = 0 }");
        Assert.Equal(new BoundNegate(new BoundParam("a")), p.Coordinates[0].Lower);
        Assert.Equal(Bin(BinaryOperator.Multiply, new BoundParam("a"), new BoundDim("n")), p.Coordinates[0].Upper);
        Assert.Equal(VectorLength.Of(4), p.Coordinates[0].Length);
        Assert.Equal(Num(2 * Math.PI), p.Coordinates[1].Upper);
    }

    [Fact]
    public void Several_domain_statements_declare_coordinates_in_order()
    {
        var p = One("problem P { domain t in [0, 1] domain x in [0, 1]^3, y in [0, 1] pde u_t = lap(u) }");
        Assert.Equal(["t", "x", "y"], p.Coordinates.Select(c => c.Name));
        Assert.Equal([true, false, false], p.Coordinates.Select(c => c.IsTime));
        Assert.Equal(EmittedRequests.Request(first: ["t"], laplacian: true), EmittedRequests.Of(p, 0));
    }

    [Fact]
    public void Conditions_hold_on_the_boundary_on_faces_and_at_initial_and_terminal_times()
    {
        var p = One("""
            problem Heat {
              param T = 2
              domain t in [0, T], x in [0, 1], y in [0, 1]
              pde u_t = lap(u)
              on t = 0: u = sin(pi*x)
              on t = T: u = 0
              on x = 0: u_x = 0
              on y = 1: u_yy + u_xy = 1
              on boundary: u = 0
            }
            """);
        Assert.Equal(
            [
                new RegionModel(RegionKind.Face, "t", Num(0)),
                new RegionModel(RegionKind.Face, "t", new BoundParam("T")),
                new RegionModel(RegionKind.Face, "x", Num(0)),
                new RegionModel(RegionKind.Face, "y", Num(1)),
                new RegionModel(RegionKind.Boundary, null, null),
            ],
            p.Conditions.Select(c => c.Region));
        var neumann = p.Conditions[2];
        Assert.Equal(EmittedRequests.Request(first: ["x"]), EmittedRequests.Of(p, 1 + 2));
        // u_yy + u_xy: in the order read.
        Assert.Equal([new SecondPartialModel("y", "y"), new SecondPartialModel("x", "y")], EmittedRequests.Of(p, 1 + 3).SecondPartials);
        Assert.Equal(EmittedRequests.Request(first: ["t"], laplacian: true), EmittedRequests.Of(p, 0));
    }

    [Fact]
    public void The_emitted_request_lists_each_derivative_once_in_the_order_first_read()
    {
        var p = One("problem P { domain a in [0, 1], b in [0, 1], c in [0, 1] pde u_c + u_a + u_cb + u_bc + u_ba + u + u_a = |grad u|^2 }");
        var r = EmittedRequests.Of(p, 0);
        Assert.Equal(["c", "a"], r.FirstPartials);
        // A mixed partial is one pair whatever the order written (u_cb = u_bc), its coordinates in declaration order.
        Assert.Equal([new SecondPartialModel("b", "c"), new SecondPartialModel("a", "b")], r.SecondPartials);
        Assert.True(r.Value && r.GradientSquaredNorm && !r.Gradient && !r.Laplacian);
    }

    [Fact]
    public void Multi_letter_coordinates_take_derivatives_with_underscores()
    {
        var p = One("problem P { domain x1 in [0, 1], x2 in [0, 1] pde u_x1_x2 + u_x2x1 + u_x1 = 0 }");
        var expected = Partial("x1", "x2");
        var left = (BoundBinary)p.Pdes[0].Left;
        Assert.Equal(Partial("x1"), left.Right);
        Assert.Equal(expected, ((BoundBinary)left.Left).Left);
        Assert.Equal(expected, ((BoundBinary)left.Left).Right);
        Assert.Equal("u_x1_x2 + u_x1_x2 + u_x1", ExpressionPrinter.Print(left));
    }

    [Fact]
    public void Lets_may_use_lets_params_dims_and_coordinates_and_need_not_come_first()
    {
        var p = One("problem P { pde lap(u) = f(x) domain x in [0, 1] let f(s) = k*s + q let k = 2*a let q = x param a = 3 }");
        Assert.Equal(
            Bin(BinaryOperator.Add, Bin(BinaryOperator.Multiply, Bin(BinaryOperator.Multiply, Num(2), new BoundParam("a")), Coord("x")), Coord("x")),
            p.Pdes[0].Right);
    }

    [Fact]
    public void Greek_names_and_unicode_operators_work_in_whole_problems()
    {
        var p = One("problem P { param σ = 0.1 domain θ in [0, 2*π], r in [1, 2] pde Δu = σ*|∇u|^2 + u_θr }");
        Assert.Equal(["θ", "r"], p.Coordinates.Select(c => c.Name));
        Assert.Equal(Lap, p.Pdes[0].Left);
        Assert.Equal([new SecondPartialModel("θ", "r")], EmittedRequests.Of(p, 0).SecondPartials);
    }

    [Fact]
    public void Attribute_form_accepts_one_or_two_arguments_where_both_are_natural()
    {
        var two = Attributes(("dim", ["n", "4"]), ("param", ["k", "-2"]), ("domain", ["x in [0, 1]^n"]), ("pde", ["lap(u) = k"]), ("on", ["boundary", "u = 0"]));
        var one = Attributes(("Dim", ["n = 4"]), ("param", ["k = -2"]), ("domain", ["x in [0, 1]^n"]), ("pde", ["lap(u) = k"]), ("Condition", ["boundary: u = 0"]));
        Assert.Equal(ModelText.WithoutSources(two), ModelText.WithoutSources(one));
        Assert.Equal(new ParamModel("k", -2, new SourceSpan(0, 1, 1, 1)), two.Params[0]);
    }

    [Fact]
    public void Attribute_diagnostics_name_their_statement_and_argument()
    {
        var r = PdeCompiler.CompileStatements("P", null, Samples.Statements(
            ("domain", ["x in [0, 1]"]), ("pde", ["lap(u) = 0"]), ("on", ["x = 0", "u_x = q"])));
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal((DiagnosticCodes.UnknownName, 2, 1, new SourceSpan(6, 1, 1, 7)), (d.Code, d.Statement, d.Argument, d.Span));
        Assert.Empty(r.Problems);
    }

    [Fact]
    public void Attribute_form_survives_nulls_and_empty_strings()
    {
        var r = PdeCompiler.CompileStatements("P", null, new EquatableArray<StatementSource>(new StatementSource[] { new("pde", new EquatableArray<string>(new string[] { null! })), null! }));
        Assert.NotEmpty(r.Diagnostics);
        Assert.DoesNotContain(r.Diagnostics, d => d.Code == DiagnosticCodes.Internal);
        var bad = PdeCompiler.CompileStatements("2P", null, Samples.Poisson2DStatements);
        Assert.Equal(DiagnosticCodes.Syntax, Assert.Single(bad.Diagnostics).Code);
    }
}
