using System.Collections.Generic;
using PdeDsl.Language.Syntax;
using Sprache;

namespace PdeDsl.Language.Parsing;

/// <summary>
/// The body of an <c>observe</c> statement: a file name in double quotes, ':', and the observed unknowns separated by ','
/// (<c>observe "heat.csv": u</c>). The binder checks the names; the runtime reads the file.
/// </summary>
internal static class ObserveParser
{
    public const string Example = "observe \"data.csv\": u";

    public static IResult<StatementSyntax> Parse(IInput body, SourceSpan keyword)
    {
        var open = Lexer.SkipTrivia(body);
        if (open.AtEnd || open.Current != '"')
            return ParseFailure.Of<StatementSyntax>(open, DiagnosticCodes.Syntax,
                $"expected a file name in double quotes but found {Lexer.Describe(open)}: an observation is written {Example}");
        var at = open.Advance();
        var name = new System.Text.StringBuilder();
        while (!at.AtEnd && at.Current is not ('"' or '\n' or '\r'))
        {
            name.Append(at.Current);
            at = at.Advance();
        }
        if (at.AtEnd || at.Current != '"')
            return ParseFailure.Of<StatementSyntax>(open, DiagnosticCodes.Syntax, "this '\"' is never closed: a file name is written in double quotes on one line, as in \"data.csv\"");
        var fileSpan = Lexer.SpanOf(open, at.Advance());
        if (name.ToString().Trim().Length == 0)
            return ParseFailure.Of<StatementSyntax>(open, DiagnosticCodes.Syntax, $"the file name is empty: an observation is written {Example}");
        var colon = Lexer.Symbol(at.Advance(), ':', $"the file is followed by ':' and the observed unknowns, as in {Example}");
        if (!colon.WasSuccessful) return ParseFailure.As<StatementSyntax>(colon);
        return WithUnknowns(name.ToString(), fileSpan, keyword.Length > 0 ? keyword : fileSpan, colon.Remainder, isStatement: true);
    }

    /// <summary>Attribute form, <c>[Observe("heat.csv", "u")]</c>: the file name is the whole first argument, unquoted.</summary>
    public static IResult<StatementSyntax> FromArguments(TextInput file, IInput unknowns)
    {
        var text = file.Source.Substring(file.Position, file.End - file.Position);
        var span = new SourceSpan(file.Position, text.Length, file.Line, file.Column);
        if (text.Trim().Length == 0)
            return ParseFailure.Of<StatementSyntax>(file, DiagnosticCodes.Syntax, "the file name is empty: an observation attribute is written [Observe(\"data.csv\", \"u\")]");
        return WithUnknowns(text.Trim(), span, span, unknowns, isStatement: false);
    }

    // The observed unknowns after the file: names separated by ','.
    private static IResult<StatementSyntax> WithUnknowns(string file, SourceSpan fileSpan, SourceSpan start, IInput rest, bool isStatement)
    {
        var unknowns = new List<Identifier>();
        while (true)
        {
            var unknown = Lexer.Name(rest, $"an observed unknown, as in {Example}");
            if (!unknown.WasSuccessful) return ParseFailure.As<StatementSyntax>(unknown);
            unknowns.Add(unknown.Value);
            rest = unknown.Remainder;
            if (Lexer.NextIs(rest, ',', out var comma)) { rest = comma.Advance(); continue; }
            break;
        }
        var end = Lexer.End(rest, "observe statement (the observed unknowns are separated by ',')", isStatement);
        if (!end.WasSuccessful) return ParseFailure.As<StatementSyntax>(end);
        var last = unknowns[unknowns.Count - 1].Span;
        var span = start.Offset <= last.Offset ? new SourceSpan(start.Offset, last.Offset + last.Length - start.Offset, start.Line, start.Column) : last;
        return Result.Success<StatementSyntax>(new ObserveSyntax(file, fileSpan, unknowns.ToEquatableArray(), span), end.Remainder);
    }
}
