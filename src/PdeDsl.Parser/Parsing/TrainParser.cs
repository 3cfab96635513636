using System.Collections.Generic;
using PdeDsl.Language.Syntax;
using Sprache;

namespace PdeDsl.Language.Parsing;

/// <summary>
/// The body of a <c>train</c> statement: <c>key = value</c> pairs separated by ','. A key is a trainer option's name
/// without its dashes (letters, digits, '-'); a value is the text up to the next ',' or the end of its line, checked
/// later by the binder (so a bad value is reported with the list of keys, not as a syntax error).
/// </summary>
internal static class TrainParser
{
    public const string Example = "train steps = 2000, samples = 64, sigma = 0.1";

    public static IResult<StatementSyntax> Parse(IInput body, SourceSpan keyword)
    {
        var settings = new List<TrainSettingSyntax>();
        var rest = body;
        while (true)
        {
            var at = Lexer.SkipTrivia(rest);
            if (at.AtEnd || !char.IsLetter(at.Current))
                return ParseFailure.Of<StatementSyntax>(at, DiagnosticCodes.Syntax,
                    $"expected a setting such as steps = 2000 but found {Lexer.Describe(at)}: a train statement is written {Example}");
            var keyStart = at;
            while (!at.AtEnd && (char.IsLetterOrDigit(at.Current) || at.Current is '-' or '_')) at = at.Advance();
            var key = body.Source.Substring(keyStart.Position, at.Position - keyStart.Position);
            var eq = Lexer.Symbol(at, '=', $"a setting is written {key} = value, as in {Example}");
            if (!eq.WasSuccessful) return ParseFailure.As<StatementSyntax>(eq);
            var valueStart = Lexer.SkipTrivia(eq.Remainder);
            var valueEnd = valueStart;
            // The value runs to ',' or the end of its line (a comment or the slice's end also ends it).
            while (!valueEnd.AtEnd && valueEnd.Current is not (',' or '\n' or '\r')
                   && !(valueEnd.Current == '/' && Lexer.Peek(valueEnd, 1) == '/'))
                valueEnd = valueEnd.Advance();
            var value = body.Source.Substring(valueStart.Position, valueEnd.Position - valueStart.Position).TrimEnd();
            if (value.Length == 0)
                return ParseFailure.Of<StatementSyntax>(valueStart, DiagnosticCodes.Syntax, $"the setting {key} has no value: write {key} = value");
            settings.Add(new TrainSettingSyntax(key, Lexer.SpanOf(keyStart, at),
                value, new SourceSpan(valueStart.Position, value.Length, valueStart.Line, valueStart.Column)));
            rest = valueEnd;
            if (Lexer.NextIs(rest, ',', out var comma)) { rest = comma.Advance(); continue; }
            break;
        }
        var end = Lexer.End(rest, "train statement (settings are separated by ',')");
        if (!end.WasSuccessful) return ParseFailure.As<StatementSyntax>(end);
        var first = settings[0].KeySpan;
        var start = keyword.Length > 0 ? keyword : first;
        var last = settings[settings.Count - 1].ValueSpan;
        return Result.Success<StatementSyntax>(
            new TrainSyntax(settings.ToEquatableArray(), new SourceSpan(start.Offset, last.Offset + last.Length - start.Offset, start.Line, start.Column)),
            end.Remainder);
    }
}
