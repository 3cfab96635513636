using System.Collections.Generic;
using PdeDsl.Language.Syntax;
using Sprache;

namespace PdeDsl.Language.Parsing;

/// <summary>
/// The region of <c>(x, y) in box([0, 1], [0, 1]) minus disk((0.5, 0.5), 0.2) as hole</c> (docs/language.md, "Regions"):
/// shapes and parenthesised regions combined by <c>union</c>, <c>intersect</c> and <c>minus</c>, all of one precedence,
/// left to right. The words are keywords only here; the binder checks each shape's name and arguments.
/// </summary>
internal static class GeometryParser
{
    private const string Hint = "a region is written box([0, 1], [0, 1]), disk((0.5, 0.5), 0.2), ball((0, 0, 0), 1) or polygon((0, 0), (1, 0), (0, 1)), combined with union, intersect or minus";

    /// <summary><c>(x, y) in region</c>, after the domain's ',' or keyword.</summary>
    public static IResult<RegionDomainSyntax> Domain(IInput input)
    {
        var open = Lexer.Symbol(input, '(', "");
        if (!open.WasSuccessful) return ParseFailure.As<RegionDomainSyntax>(open);
        var names = new List<Identifier>();
        var rest = open.Remainder;
        while (true)
        {
            var name = Lexer.Name(rest, "a coordinate, as in (x, y) in box([0, 1], [0, 1])");
            if (!name.WasSuccessful) return ParseFailure.As<RegionDomainSyntax>(name);
            names.Add(name.Value);
            rest = name.Remainder;
            if (Lexer.NextIs(rest, ',', out var comma)) { rest = comma.Advance(); continue; }
            break;
        }
        var close = Lexer.Symbol(rest, ')', "the coordinates of a region are written (x, y) or (x, y, z)");
        if (!close.WasSuccessful) return ParseFailure.As<RegionDomainSyntax>(close);
        var inWord = Lexer.Keyword(close.Remainder, "in", "a region's coordinates are followed by in and the region, as in (x, y) in box([0, 1], [0, 1])");
        if (!inWord.WasSuccessful) return ParseFailure.As<RegionDomainSyntax>(inWord);
        var geometry = Region(inWord.Remainder);
        if (!geometry.WasSuccessful) return ParseFailure.As<RegionDomainSyntax>(geometry);
        var span = Lexer.Cover(open.Value, geometry.Value.Span);
        return Result.Success(new RegionDomainSyntax(names.ToEquatableArray(), geometry.Value, span), geometry.Remainder);
    }

    /// <summary>Operands joined by union, intersect or minus, left to right.</summary>
    private static IResult<GeometrySyntax> Region(IInput input)
    {
        var first = Operand(input);
        if (!first.WasSuccessful) return first;
        var left = first.Value;
        var rest = first.Remainder;
        while (Lexer.Name(rest, "an operator") is { WasSuccessful: true } word && Operation(word.Value.Text) is { } operation)
        {
            var right = Operand(word.Remainder);
            if (!right.WasSuccessful) return right;
            left = new CombinedGeometrySyntax(operation, left, right.Value, word.Value.Span, Lexer.Cover(left.Span, right.Value.Span));
            rest = right.Remainder;
        }
        return Result.Success(left, rest);
    }

    private static GeometryOperation? Operation(string word) => word switch
    {
        "union" => GeometryOperation.Union,
        "intersect" => GeometryOperation.Intersect,
        "minus" => GeometryOperation.Minus,
        _ => null,
    };

    /// <summary>A shape (with <c>as name</c>) or a region in parentheses.</summary>
    private static IResult<GeometrySyntax> Operand(IInput input)
    {
        if (Lexer.NextIs(input, '(', out var open))
        {
            var inner = Region(open.Advance());
            if (!inner.WasSuccessful) return inner;
            var close = Lexer.Symbol(inner.Remainder, ')', "a region in parentheses is closed with ')'");
            if (!close.WasSuccessful) return ParseFailure.As<GeometrySyntax>(close);
            return Result.Success(inner.Value, close.Remainder);
        }
        var kind = Lexer.Name(input, "a shape (box, disk, ball or polygon)");
        if (!kind.WasSuccessful) return ParseFailure.Of<GeometrySyntax>(kind.Remainder, DiagnosticCodes.Syntax, $"expected a shape but found {Lexer.Describe(kind.Remainder)}: {Hint}");
        var openArguments = Lexer.Symbol(kind.Remainder, '(', $"a shape's arguments follow its name: {Hint}");
        if (!openArguments.WasSuccessful) return ParseFailure.As<GeometrySyntax>(openArguments);
        var arguments = new List<ShapeArgumentSyntax>();
        var rest = Lexer.SkipTrivia(kind.Remainder).Advance();
        if (!Lexer.NextIs(rest, ')', out _))
        {
            while (true)
            {
                var argument = Argument(rest);
                if (!argument.WasSuccessful) return ParseFailure.As<GeometrySyntax>(argument);
                arguments.Add(argument.Value);
                rest = argument.Remainder;
                if (Lexer.NextIs(rest, ',', out var comma)) { rest = comma.Advance(); continue; }
                break;
            }
        }
        var closeArguments = Lexer.Symbol(rest, ')', $"the arguments of {kind.Value.Text} are separated by ','");
        if (!closeArguments.WasSuccessful) return ParseFailure.As<GeometrySyntax>(closeArguments);
        rest = closeArguments.Remainder;
        Identifier? alias = null;
        if (Lexer.Name(rest, "as") is { WasSuccessful: true, Value.Text: "as" } asWord)
        {
            var name = Lexer.Name(asWord.Remainder, $"a name for the shape's boundary, as in {kind.Value.Text}(...) as hole");
            if (!name.WasSuccessful) return ParseFailure.As<GeometrySyntax>(name);
            alias = name.Value;
            rest = name.Remainder;
        }
        var span = Lexer.Cover(kind.Value.Span, alias?.Span ?? closeArguments.Value);
        return Result.Success<GeometrySyntax>(new ShapeSyntax(kind.Value, arguments.ToEquatableArray(), alias, span), rest);
    }

    /// <summary><c>[a, b]</c>, a point <c>(a, b, ...)</c>, or one formula (a formula in parentheses stays one).</summary>
    private static IResult<ShapeArgumentSyntax> Argument(IInput input)
    {
        var at = Lexer.SkipTrivia(input);
        if (!at.AtEnd && at.Current is '[' or '(')
        {
            char closing = at.Current == '[' ? ']' : ')';
            var values = List(at.Advance(), closing);
            if (values.WasSuccessful && (closing == ']' || values.Value.Values.Count > 1))
                return Result.Success(values.Value with { Form = closing == ']' ? ShapeArgumentForm.Interval : ShapeArgumentForm.Point, Span = Lexer.SpanOf(at, values.Remainder) }, values.Remainder);
            if (closing == ']') return values;
        }
        var value = ExpressionParser.Expression(at);
        if (!value.WasSuccessful) return ParseFailure.As<ShapeArgumentSyntax>(value);
        return Result.Success(new ShapeArgumentSyntax(ShapeArgumentForm.Scalar, EquatableArray.Of(value.Value), value.Value.Span), value.Remainder);
    }

    private static IResult<ShapeArgumentSyntax> List(IInput input, char closing)
    {
        var values = new List<ExprSyntax>();
        var rest = input;
        while (true)
        {
            var value = ExpressionParser.Expression(rest);
            if (!value.WasSuccessful) return ParseFailure.As<ShapeArgumentSyntax>(value);
            values.Add(value.Value);
            rest = value.Remainder;
            if (Lexer.NextIs(rest, ',', out var comma)) { rest = comma.Advance(); continue; }
            break;
        }
        var close = Lexer.Symbol(rest, closing, closing == ']' ? "a side of a box is written [lower, upper]" : "a point is written (x, y)");
        if (!close.WasSuccessful) return ParseFailure.As<ShapeArgumentSyntax>(close);
        return Result.Success(new ShapeArgumentSyntax(ShapeArgumentForm.Point, values.ToEquatableArray(), close.Value), close.Remainder);
    }
}
