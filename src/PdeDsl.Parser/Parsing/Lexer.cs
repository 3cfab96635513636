using System;
using System.Globalization;
using System.Text;
using PdeDsl.Language.Syntax;
using Sprache;

namespace PdeDsl.Language.Parsing;

/// <summary>
/// The tokens of the language as Sprache parsers: trivia (white space and comments), names, numbers and
/// symbols. Every token parser skips the trivia before it and records the span of the token itself.
/// </summary>
internal static class Lexer
{
    /// <summary>Δ is a Greek letter to .NET, but here it is the Laplacian, never part of a name.</summary>
    public const char Delta = 'Δ';

    /// <summary>∇, the gradient.</summary>
    public const char Nabla = '∇';

    public static bool IsNameStart(char c) => c != Delta && char.IsLetter(c);

    public static bool IsNamePart(char c) => c != Delta && (char.IsLetterOrDigit(c) || c == '_');

    /// <summary>Skips white space, <c>// ...</c> and <c>/* ... */</c> (an unclosed one runs to the end; the file scanner reports it).</summary>
    public static IInput SkipTrivia(IInput i)
    {
        while (!i.AtEnd)
        {
            char c = i.Current;
            if (char.IsWhiteSpace(c)) { i = i.Advance(); continue; }
            if (c == '/' && Peek(i, 1) == '/')
            {
                while (!i.AtEnd && i.Current != '\n') i = i.Advance();
                continue;
            }
            if (c == '/' && Peek(i, 1) == '*')
            {
                i = i.Advance().Advance();
                while (!i.AtEnd && !(i.Current == '*' && Peek(i, 1) == '/')) i = i.Advance();
                if (!i.AtEnd) i = i.Advance().Advance();
                continue;
            }
            break;
        }
        return i;
    }

    /// <summary>The character <paramref name="ahead"/> places after the current one, or '\0' past the end.</summary>
    public static char Peek(IInput i, int ahead)
    {
        int p = i.Position + ahead;
        int end = i is TextInput t ? t.End : i.Source.Length;
        return p < end ? i.Source[p] : '\0';
    }

    public static SourceSpan SpanOf(IInput start, IInput end) =>
        new(start.Position, end.Position - start.Position, start.Line, start.Column);

    public static SourceSpan Cover(SourceSpan first, SourceSpan last) =>
        new(first.Offset, last.Offset + last.Length - first.Offset, first.Line, first.Column);

    private static readonly Parser<string> NameText =
        from first in Parse.Char(IsNameStart, "a name")
        from rest in Parse.Char(IsNamePart, "a letter, digit or _").Many().Text()
        select first + rest;

    /// <summary>A name: a letter (Greek included, Δ excepted), then letters, digits and underscores.</summary>
    public static IResult<Identifier> Name(IInput input, string expected)
    {
        var at = SkipTrivia(input);
        var r = NameText(at);
        if (!r.WasSuccessful)
            return ParseFailure.Of<Identifier>(at, DiagnosticCodes.Syntax, $"expected {expected} but found {Describe(at)}");
        return Result.Success(new Identifier(r.Value, SpanOf(at, r.Remainder)), r.Remainder);
    }

    /// <summary>The keyword <paramref name="word"/> (a whole name).</summary>
    public static IResult<Identifier> Keyword(IInput input, string word, string hint)
    {
        var at = SkipTrivia(input);
        var r = NameText(at);
        if (!r.WasSuccessful || r.Value != word)
            return ParseFailure.Of<Identifier>(at, DiagnosticCodes.Syntax, $"expected '{word}' but found {Describe(at)}: {hint}");
        return Result.Success(new Identifier(word, SpanOf(at, r.Remainder)), r.Remainder);
    }

    /// <summary>True when the next token is exactly <paramref name="c"/>; <paramref name="at"/> is where it starts.</summary>
    public static bool NextIs(IInput input, char c, out IInput at)
    {
        at = SkipTrivia(input);
        return !at.AtEnd && at.Current == c;
    }

    /// <summary>The symbol <paramref name="c"/>, or a syntax error saying what was expected and why.</summary>
    public static IResult<SourceSpan> Symbol(IInput input, char c, string hint)
    {
        var at = SkipTrivia(input);
        var r = Parse.Char(c)(at);
        if (!r.WasSuccessful)
            return ParseFailure.Of<SourceSpan>(at, DiagnosticCodes.Syntax, $"expected '{c}' but found {Describe(at)}{(hint.Length > 0 ? ": " + hint : "")}");
        return Result.Success(SpanOf(at, r.Remainder), r.Remainder);
    }

    /// <summary>The end of the statement: nothing but trivia may follow.</summary>
    public static IResult<IInput> End(IInput input, string statement, bool isStatement = true)
    {
        var at = SkipTrivia(input);
        return at.AtEnd
            ? Result.Success(at, at)
            : ParseFailure.Of<IInput>(at, DiagnosticCodes.Syntax, isStatement
                ? $"unexpected {Describe(at)} after the end of the {statement}; a new statement starts with dim, param, let, domain, sample, pde, on or exact"
                : $"unexpected {Describe(at)} after the end of the {statement}");
    }

    /// <summary>
    /// A number: digits, an optional fraction, an optional exponent (<c>1</c>, <c>0.5</c>, <c>1e-3</c>).
    /// <c>1e</c>, <c>1.</c> and <c>.5</c> are malformed numbers with their own message.
    /// </summary>
    public static IResult<NumberSyntax> Number(IInput input)
    {
        var start = SkipTrivia(input);
        var i = start;
        var text = new StringBuilder();
        if (!i.AtEnd && i.Current == '.' && char.IsDigit(Peek(i, 1)))
        {
            var rest = ReadWhile(i.Advance(), char.IsDigit, text.Append("0."));
            return ParseFailure.Of<NumberSyntax>(start, DiagnosticCodes.MalformedNumber,
                $"'{Slice(start, rest)}' is not a number: write a digit before the point, as in {text}");
        }
        if (i.AtEnd || !char.IsDigit(i.Current))
            return ParseFailure.Of<NumberSyntax>(start, DiagnosticCodes.Syntax, $"expected a number but found {Describe(start)}");
        i = ReadWhile(i, char.IsDigit, text);
        if (!i.AtEnd && i.Current == '.' && Peek(i, 1) != '.') // '1..n' is a range, not the number '1.'
        {
            i = i.Advance();
            if (i.AtEnd || !char.IsDigit(i.Current))
                return ParseFailure.Of<NumberSyntax>(start, DiagnosticCodes.MalformedNumber,
                    $"'{Slice(start, i)}' is not a number: a decimal point needs digits after it, as in {text}.0");
            i = ReadWhile(i, char.IsDigit, text.Append('.'));
        }
        if (!i.AtEnd && (i.Current == 'e' || i.Current == 'E'))
        {
            var mantissa = text.ToString();
            var j = i.Advance();
            text.Append('e');
            if (!j.AtEnd && (j.Current == '+' || j.Current == '-')) { text.Append(j.Current); j = j.Advance(); }
            if (j.AtEnd || !char.IsDigit(j.Current))
            {
                var bad = ReadWhile(j, IsNamePart, new StringBuilder());
                return ParseFailure.Of<NumberSyntax>(start, DiagnosticCodes.MalformedNumber,
                    $"'{Slice(start, bad)}' is not a number: an exponent needs digits, as in {mantissa}e-3 (to multiply by the constant e, write {mantissa}*e)");
            }
            i = ReadWhile(j, char.IsDigit, text);
        }
        var literal = text.ToString();
        // TryParse: .NET Framework (which may host the generator) fails on overflow where .NET gives infinity.
        bool parsed = double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var value);
        var span = SpanOf(start, i);
        if (!parsed || double.IsInfinity(value))
            return ParseFailure.Of<NumberSyntax>(start, DiagnosticCodes.MalformedNumber,
                $"'{literal}' is too large for a number (the largest is about 1.8e308)");
        return Result.Success(new NumberSyntax(value, literal, span), i);
    }

    /// <summary>A number with an optional leading minus (param and dim values).</summary>
    public static IResult<NumberSyntax> SignedNumber(IInput input)
    {
        var start = SkipTrivia(input);
        if (start.AtEnd || start.Current != '-') return Number(start);
        var r = Number(start.Advance());
        if (!r.WasSuccessful) return r;
        var n = r.Value;
        return Result.Success(new NumberSyntax(-n.Value, "-" + n.Text, Cover(SpanOf(start, start.Advance()), n.Span)), r.Remainder);
    }

    private static IInput ReadWhile(IInput i, Func<char, bool> accept, StringBuilder text)
    {
        while (!i.AtEnd && accept(i.Current)) { text.Append(i.Current); i = i.Advance(); }
        return i;
    }

    private static string Slice(IInput start, IInput end) => start.Source.Substring(start.Position, end.Position - start.Position);

    /// <summary>The token at <paramref name="at"/> in quotes, for messages ("'foo'", "'1.5'", "the end of the text").</summary>
    public static string Describe(IInput at)
    {
        at = SkipTrivia(at);
        if (at.AtEnd) return "the end of the statement";
        return "'" + at.Source.Substring(at.Position, TokenLength(at)) + "'";
    }

    /// <summary>How many characters the token at <paramref name="at"/> spans (a name or number as a whole, else one character).</summary>
    public static int TokenLength(IInput at)
    {
        if (at.AtEnd) return 0;
        int end = at is TextInput t ? t.End : at.Source.Length;
        int p = at.Position;
        char c = at.Source[p];
        if (IsNameStart(c) || char.IsDigit(c))
        {
            while (p < end && (IsNamePart(at.Source[p]) || at.Source[p] == '.')) p++;
            return p - at.Position;
        }
        return char.IsHighSurrogate(c) && p + 1 < end ? 2 : 1;
    }
}
