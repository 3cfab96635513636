using Xunit;
using static PdeDsl.Language.Tests.Build;

namespace PdeDsl.Language.Tests;

/// <summary>One table per grammar rule: the text, and the canonical text of what it binds to.</summary>
public class GrammarTests
{
    [Theory]
    // precedence and associativity of + - * /
    [InlineData("a + b*y", "a + b*y")]
    [InlineData("(a + b)*y", "(a + b)*y")]
    [InlineData("a - b - y", "a - b - y")]
    [InlineData("a - (b - y)", "a - (b - y)")]
    [InlineData("a/b/y", "a/b/y")]
    [InlineData("a/(b/y)", "a/(b/y)")]
    [InlineData("a*y + b*z - y/z", "a*y + b*z - y/z")]
    // unary minus is looser than ^ and may follow any operator
    [InlineData("-y^2", "-y^2")]
    [InlineData("(-y)^2", "(-y)^2")]
    [InlineData("y^-2", "y^-2")]
    [InlineData("a - -y", "a - -y")]
    [InlineData("2 * -y", "2*-y")]
    [InlineData("- -y", "-(-y)")]
    // ^ is right-associative
    [InlineData("y^a^b", "y^a^b")]
    [InlineData("(y^a)^b", "(y^a)^b")]
    // atoms: numbers, names, calls, parentheses, norms, indexing
    [InlineData("1e-3*y", "0.001*y")]
    [InlineData("2.5E2 + y", "250 + y")]
    [InlineData("((y))", "y")]
    [InlineData("|y| + abs(z)", "|y| + abs(z)")]
    [InlineData("|x|^2", "|x|^2")]
    [InlineData("| |y| - 1 |", "||y| - 1|")]
    [InlineData("x[1] + x[n]", "x[1] + x[n]")]
    [InlineData("dot(x, x) + sum(x)", "dot(x, x) + sum(x)")]
    [InlineData("min(y, z) + max(y, 1)", "min(y, z) + max(y, 1)")]
    [InlineData("n*y + m", "n*y + m")]
    // comments anywhere in an expression
    [InlineData("y /* inline */ + // to the end of the line\n z", "y + z")]
    // Unicode: Greek names, π, Δ and ∇
    [InlineData("λ*y", "λ*y")]
    [InlineData("π", "3.141592653589793")]
    [InlineData("Δu + Δ u", "lap(u) + lap(u)")]
    [InlineData("(∇u)[1]", "u_y")]
    // grad/lap/div by juxtaposition or call
    [InlineData("lap u", "lap(u)")]
    [InlineData("div(grad u)", "lap(u)")]
    [InlineData("div grad u", "lap(u)")]
    [InlineData("|grad(u)|^2", "|grad(u)|^2")]
    // lets are inlined, with arguments for parameters
    [InlineData("g(x)", "|x|^2")]
    [InlineData("g(grad u)", "|grad(u)|^2")]
    [InlineData("c*y", "(a + 1)*y")]
    [InlineData("h(y, z)", "y*z + (a + 1)")]
    [InlineData("h(h(y, z), 2)", "(y*z + (a + 1))*2 + (a + 1)")]
    public void Expressions_bind_to_their_canonical_form(string text, string canonical) =>
        Assert.Equal(canonical, Context.Canonical(text));

    [Theory]
    [InlineData("u_y", "FirstPartial", "y")]
    [InlineData("u_yz", "SecondPartial", "y,z")]
    [InlineData("u_zy", "SecondPartial", "y,z")]
    [InlineData("u_z_y", "SecondPartial", "y,z")]
    [InlineData("u_tt", "SecondPartial", "t,t")]
    [InlineData("u_yt", "SecondPartial", "t,y")]
    [InlineData("(grad u)[1]", "FirstPartial", "y")]
    [InlineData("(grad u)[n + 2]", "Gradient", "")]
    [InlineData("lap(u)", "Laplacian", "")]
    [InlineData("u", "Value", "")]
    public void Derivatives_are_normalised(string text, string kind, string coordinates)
    {
        var e = Context.BindOk(text);
        var d = e as BoundDerivative ?? (BoundDerivative)((BoundIndex)e).Vector;
        Assert.Equal(kind, d.Kind.ToString());
        Assert.Equal(coordinates, string.Join(",", d.Coordinates));
    }

    [Fact]
    public void A_component_of_grad_u_that_is_a_vector_coordinate_stays_an_index()
    {
        // Component 2 is x[1] (x is a vector), so it stays grad(u)[2]; 1 is y; n + 2 is z but n is symbolic.
        Assert.Equal(new BoundIndex(Grad(new VectorLength(4, EquatableArray.Of("n"))), Num(2)), Context.BindOk("(grad u)[2]"));
    }

    [Theory]
    [InlineData("2*pi", 2 * Math.PI)]
    [InlineData("e", Math.E)]
    [InlineData("sin(0) + cos(0)", 1.0)]
    [InlineData("2^10 - 1", 1023.0)]
    [InlineData("-(3 - 5)", 2.0)]
    [InlineData("|-4| + sqrt(9)", 7.0)]
    [InlineData("max(1, 2)*min(3, 4)", 6.0)]
    [InlineData("ln(e)", 1.0)]
    public void Constants_fold(string text, double value) =>
        Assert.Equal(Num(value), Context.BindOk(text));

    [Fact]
    public void Division_by_zero_is_not_folded_into_infinity()
    {
        Assert.Equal(Bin(BinaryOperator.Divide, Num(1), Num(0)), Context.BindOk("1/0"));
    }

    [Fact]
    public void Every_node_carries_a_span_of_its_own_text()
    {
        var text = "a + sin(y)*|x|^2";
        var parsed = Parsing.ExpressionParser.Expression(Parsing.TextInput.Of(text));
        Assert.True(parsed.WasSuccessful);
        var sum = Assert.IsType<Syntax.BinarySyntax>(parsed.Value);
        Assert.Equal(new SourceSpan(0, text.Length, 1, 1), sum.Span);
        Assert.Equal(new SourceSpan(2, 1, 1, 3), sum.OperatorSpan);
        var product = Assert.IsType<Syntax.BinarySyntax>(sum.Right);
        Assert.Equal("sin(y)", text.Substring(product.Left.Span.Offset, product.Left.Span.Length));
        var power = Assert.IsType<Syntax.BinarySyntax>(product.Right);
        Assert.Equal("|x|", text.Substring(power.Left.Span.Offset, power.Left.Span.Length));
        Assert.Equal(new SourceSpan(11, 3, 1, 12), power.Left.Span);
    }

    [Fact]
    public void Spans_count_lines_and_columns_across_new_lines()
    {
        var r = PdeCompiler.CompileFile("problem P {\n  domain x in [0, 1]\n\n    pde lap(u) =\n      zz\n}");
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal(new SourceSpan(57, 2, 5, 7), d.Span);
    }

    [Fact]
    public void Printed_numbers_read_back_exactly()
    {
        foreach (var v in new[] { 0.1, 1.0 / 3, 1e-300, 6.02214076e23, 123456789.125, 5e-324 })
            Assert.Equal(Num(v), Context.BindOk(ExpressionPrinter.Number(v)));
    }
}
