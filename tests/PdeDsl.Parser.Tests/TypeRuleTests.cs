using Xunit;

namespace PdeDsl.Language.Tests;

/// <summary>One table for the type rules: each expression's type, or the code of the error it must give.</summary>
public class TypeRuleTests
{
    [Theory]
    [InlineData("y", "scalar")]
    [InlineData("x", "vector[n]")]
    [InlineData("w", "vector[2]")]
    [InlineData("grad u", "vector[n + 4]")]
    [InlineData("x + x", "vector[n]")]
    [InlineData("x - 2*x", "vector[n]")]
    [InlineData("2*x", "vector[n]")]
    [InlineData("x*y", "vector[n]")]
    [InlineData("x/2", "vector[n]")]
    [InlineData("-x", "vector[n]")]
    [InlineData("sin(x)", "vector[n]")]
    [InlineData("exp(-|x|^2)", "scalar")]
    [InlineData("min(x, 1)", "vector[n]")]
    [InlineData("max(y, w)", "vector[2]")]
    [InlineData("sum(x)", "scalar")]
    [InlineData("dot(x, x)", "scalar")]
    [InlineData("dot(grad u, grad u)", "scalar")]
    [InlineData("|x|", "scalar")]
    [InlineData("|x|^2", "scalar")]
    [InlineData("x[1]", "scalar")]
    [InlineData("x[n]", "scalar")]
    [InlineData("(grad u)[n + 4]", "scalar")]
    [InlineData("lap(u)", "scalar")]
    [InlineData("u_y", "scalar")]
    [InlineData("n", "scalar")]
    [InlineData("g(w)", "scalar")]
    public void Well_typed_expressions_have_their_type(string text, string type) =>
        Assert.Equal(type, Context.BindOk(text).Type.ToString());

    [Theory]
    [InlineData("x + 1", DiagnosticCodes.KindMismatch)]
    [InlineData("1 - x", DiagnosticCodes.KindMismatch)]
    [InlineData("x + w", DiagnosticCodes.LengthMismatch)]
    [InlineData("x + grad u", DiagnosticCodes.LengthMismatch)]
    [InlineData("x*w", DiagnosticCodes.LengthMismatch)]
    [InlineData("w/x", DiagnosticCodes.LengthMismatch)]
    [InlineData("x^2", DiagnosticCodes.KindMismatch)]
    [InlineData("y^x", DiagnosticCodes.KindMismatch)]
    [InlineData("dot(x, w)", DiagnosticCodes.LengthMismatch)]
    [InlineData("dot(y, y)", DiagnosticCodes.KindMismatch)]
    [InlineData("min(x, w)", DiagnosticCodes.LengthMismatch)]
    [InlineData("sum(y)", DiagnosticCodes.KindMismatch)]
    [InlineData("y[1]", DiagnosticCodes.BadIndex)]
    [InlineData("x[y]", DiagnosticCodes.BadIndex)]
    [InlineData("x[w]", DiagnosticCodes.BadIndex)]
    [InlineData("x[1.5]", DiagnosticCodes.BadIndex)]
    [InlineData("x[0]", DiagnosticCodes.IndexOutOfRange)]
    [InlineData("x[-1]", DiagnosticCodes.IndexOutOfRange)]
    [InlineData("x[n+1]", DiagnosticCodes.IndexOutOfRange)]
    [InlineData("x[n - n]", DiagnosticCodes.IndexOutOfRange)]
    [InlineData("w[3]", DiagnosticCodes.IndexOutOfRange)]
    [InlineData("(grad u)[n + 5]", DiagnosticCodes.IndexOutOfRange)]
    [InlineData("lap(grad u)", DiagnosticCodes.DerivativeOfNonU)]
    [InlineData("div(u)", DiagnosticCodes.DerivativeOfNonU)]
    [InlineData("grad(x)", DiagnosticCodes.DerivativeOfNonU)]
    [InlineData("u_x", DiagnosticCodes.BadDerivative)]
    [InlineData("u_q", DiagnosticCodes.BadDerivative)]
    [InlineData("u_", DiagnosticCodes.BadDerivative)]
    [InlineData("u_yyy", DiagnosticCodes.BadDerivative)]
    [InlineData("foo", DiagnosticCodes.UnknownName)]
    [InlineData("foo(y)", DiagnosticCodes.UnknownFunction)]
    [InlineData("y(1)", DiagnosticCodes.UnknownFunction)]
    [InlineData("u(y)", DiagnosticCodes.UnknownFunction)]
    [InlineData("sin(y, z)", DiagnosticCodes.ArgumentCount)]
    [InlineData("dot(x)", DiagnosticCodes.ArgumentCount)]
    [InlineData("g(y, z)", DiagnosticCodes.ArgumentCount)]
    [InlineData("g", DiagnosticCodes.ArgumentCount)]
    [InlineData("c(1)", DiagnosticCodes.ArgumentCount)]
    [InlineData("sin", DiagnosticCodes.ArgumentCount)]
    [InlineData("2y", DiagnosticCodes.MissingOperator)]
    [InlineData("y z", DiagnosticCodes.MissingOperator)]
    [InlineData("(y", DiagnosticCodes.UnclosedBracket)]
    [InlineData("x[1", DiagnosticCodes.UnclosedBracket)]
    [InlineData("|y", DiagnosticCodes.UnclosedNorm)]
    [InlineData("1e+", DiagnosticCodes.MalformedNumber)]
    [InlineData("1e999", DiagnosticCodes.MalformedNumber)]
    [InlineData("y +", DiagnosticCodes.Syntax)]
    [InlineData("y ) ", DiagnosticCodes.Syntax)]
    public void Ill_typed_expressions_give_one_error_with_its_code(string text, string code)
    {
        var (e, diagnostics) = Context.Bind(text);
        Assert.Null(e);
        var d = Assert.Single(diagnostics);
        Assert.Equal(code, d.Code);
    }

    [Fact]
    public void A_vector_side_of_an_equation_is_an_error_at_that_side()
    {
        var r = PdeCompiler.CompileFile("problem P {\n domain x in [0, 1]^2\n pde lap(u) = x\n}");
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal((DiagnosticCodes.KindMismatch, 3, 15), (d.Code, d.Span.Line, d.Span.Column));
    }
}
