using PdeDsl.Language.Syntax;
using Sprache;

namespace PdeDsl.Language.Parsing;

/// <summary>The statements of exact constraints and drawn coefficients: <c>ansatz u = ...</c> and vector params <c>param c[n] ...</c>.</summary>
internal static class AnsatzParser
{
    private const string VectorExample = "param c[n] = 0.5 or param c[n] ~ normal(0, 1)";

    /// <summary>True when the param's name is followed by '[': a vector param.</summary>
    public static bool IsVectorParam(IInput body)
    {
        var name = Lexer.Name(body, "a name");
        return name.WasSuccessful && Lexer.NextIs(name.Remainder, '[', out _);
    }

    /// <summary><c>c[length] = number</c> or <c>c[length] ~ law</c>; the length is a whole number or a dim.</summary>
    public static IResult<StatementSyntax> VectorParam(IInput body, SourceSpan keyword)
    {
        var name = Lexer.Name(body, "the param's name");
        if (!name.WasSuccessful) return ParseFailure.As<StatementSyntax>(name);
        Lexer.NextIs(name.Remainder, '[', out var open);
        var at = Lexer.SkipTrivia(open.Advance());
        IResult<ExprSyntax> length;
        if (!at.AtEnd && char.IsDigit(at.Current))
        {
            var n = Lexer.Number(at);
            length = n.WasSuccessful ? Result.Success<ExprSyntax>(n.Value, n.Remainder) : ParseFailure.As<ExprSyntax>(n);
        }
        else
        {
            var dim = Lexer.Name(at, $"a whole number or a dim as the length: {VectorExample}");
            length = dim.WasSuccessful ? Result.Success<ExprSyntax>(new NameSyntax(dim.Value.Text, dim.Value.Span), dim.Remainder) : ParseFailure.As<ExprSyntax>(dim);
        }
        if (!length.WasSuccessful) return ParseFailure.As<StatementSyntax>(length);
        var close = Lexer.Symbol(length.Remainder, ']', $"a vector param is written {VectorExample}");
        if (!close.WasSuccessful) return ParseFailure.As<StatementSyntax>(close);
        NumberSyntax? value = null;
        LawSyntax? law = null;
        IInput rest;
        if (Lexer.NextIs(close.Remainder, '~', out var tilde))
        {
            var l = StatementParser.Law(tilde.Advance());
            if (!l.WasSuccessful) return ParseFailure.As<StatementSyntax>(l);
            law = l.Value;
            rest = l.Remainder;
        }
        else
        {
            var eq = Lexer.Symbol(close.Remainder, '=', $"a vector param is written {VectorExample}");
            if (!eq.WasSuccessful) return ParseFailure.As<StatementSyntax>(eq);
            var v = Lexer.SignedNumber(eq.Remainder);
            if (!v.WasSuccessful) return ParseFailure.As<StatementSyntax>(v);
            value = v.Value;
            rest = v.Remainder;
        }
        var end = Lexer.End(rest, "param statement");
        if (!end.WasSuccessful) return ParseFailure.As<StatementSyntax>(end);
        return Result.Success<StatementSyntax>(
            new VectorParamSyntax(name.Value, length.Value, value, law, StatementParser.StatementSpan(keyword, name.Value.Span, rest)), end.Remainder);
    }

    /// <summary><c>u = formula</c>, where the formula may use <c>net</c> (checked by the binder).</summary>
    public static IResult<StatementSyntax> Ansatz(IInput body, SourceSpan keyword)
    {
        var unknown = Lexer.Name(body, "the unknown, as in ansatz u = (1 - |x|^2)*net");
        if (!unknown.WasSuccessful) return ParseFailure.As<StatementSyntax>(unknown);
        var eq = Lexer.Symbol(unknown.Remainder, '=', "an ansatz is written ansatz u = A + B*net");
        if (!eq.WasSuccessful) return ParseFailure.As<StatementSyntax>(eq);
        var value = ExpressionParser.Expression(eq.Remainder);
        if (!value.WasSuccessful) return ParseFailure.As<StatementSyntax>(value);
        var end = Lexer.End(value.Remainder, "ansatz statement");
        if (!end.WasSuccessful) return ParseFailure.As<StatementSyntax>(end);
        return Result.Success<StatementSyntax>(
            new AnsatzSyntax(unknown.Value, value.Value, StatementParser.StatementSpan(keyword, unknown.Value.Span, value.Remainder)), end.Remainder);
    }
}
