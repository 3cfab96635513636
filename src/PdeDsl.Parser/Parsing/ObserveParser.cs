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
        var unknowns = new List<Identifier>();
        var rest = colon.Remainder;
        while (true)
        {
            var unknown = Lexer.Name(rest, $"an observed unknown, as in {Example}");
            if (!unknown.WasSuccessful) return ParseFailure.As<StatementSyntax>(unknown);
            unknowns.Add(unknown.Value);
            rest = unknown.Remainder;
            if (Lexer.NextIs(rest, ',', out var comma)) { rest = comma.Advance(); continue; }
            break;
        }
        var end = Lexer.End(rest, "observe statement (the observed unknowns are separated by ',')");
        if (!end.WasSuccessful) return ParseFailure.As<StatementSyntax>(end);
        var start = keyword.Length > 0 ? keyword : fileSpan;
        var last = unknowns[unknowns.Count - 1].Span;
        return Result.Success<StatementSyntax>(
            new ObserveSyntax(name.ToString(), fileSpan, unknowns.ToEquatableArray(), new SourceSpan(start.Offset, last.Offset + last.Length - start.Offset, start.Line, start.Column)),
            end.Remainder);
    }
}
