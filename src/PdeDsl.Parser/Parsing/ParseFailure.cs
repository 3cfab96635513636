using System;
using System.Linq;
using Sprache;

namespace PdeDsl.Language.Parsing;

/// <summary>
/// Sprache failures that carry one of our diagnostic codes. The code travels in the failure's message
/// ("PDE0003|text") because Sprache's result type has no room for it; <see cref="Decode"/> takes it apart.
/// </summary>
internal static class ParseFailure
{
    private const char Separator = '|';

    public static IResult<T> Of<T>(IInput at, string code, string message) =>
        Result.Failure<T>(at, code + Separator + message, Array.Empty<string>());

    /// <summary>The same failure as a result of another type (results are covariant, so any parser's failure fits).</summary>
    public static IResult<TOut> As<TOut>(IResult<object?> failure) =>
        Result.Failure<TOut>(failure.Remainder, failure.Message, failure.Expectations);

    /// <summary>The code, span and message of a failed result (a plain Sprache failure becomes a syntax error).</summary>
    public static (string Code, SourceSpan Span, string Message) Decode<T>(IResult<T> failure)
    {
        var at = failure.Remainder;
        var span = new SourceSpan(at.Position, Lexer.TokenLength(at), at.Line, at.Column);
        var message = failure.Message ?? "";
        int bar = message.IndexOf(Separator);
        if (bar == 7 && message.StartsWith("PDE", StringComparison.Ordinal))
            return (message.Substring(0, bar), span, message.Substring(bar + 1));
        var expected = failure.Expectations?.ToArray() ?? Array.Empty<string>();
        var text = expected.Length == 0
            ? $"unexpected {Lexer.Describe(at)}"
            : $"expected {string.Join(" or ", expected)} but found {Lexer.Describe(at)}";
        return (DiagnosticCodes.Syntax, span, text);
    }
}
