using System;
using System.Collections.Generic;
using PdeDsl.Language.Binding;
using PdeDsl.Language.Syntax;
using Sprache;

namespace PdeDsl.Language.Parsing;

/// <summary>
/// Expressions by precedence climbing, loosest first: <c>+ -</c>, <c>* /</c>, unary <c>-</c>,
/// <c>^</c> (right-associative), postfix <c>[k]</c>, atoms. Chains are read in loops and every choice
/// is made on the next character, so nothing is parsed twice: the time is linear in the length.
/// Only brackets recurse, and their depth is bounded so no input can exhaust the stack.
/// </summary>
internal static class ExpressionParser
{
    /// <summary>Deeper nesting than this is not a formula anyone writes by hand.</summary>
    public const int MaxDepth = 64;

    [ThreadStatic] private static int depth;

    /// <summary>The Sprache parser of a whole expression.</summary>
    public static readonly Parser<ExprSyntax> Expression = ParseExpression;

    private static IResult<ExprSyntax> ParseExpression(IInput input) =>
        Chain(input, ParseTerm, c => c == '+' ? BinaryOperator.Add : c == '-' ? BinaryOperator.Subtract : null, false);

    private static IResult<ExprSyntax> ParseTerm(IInput input) =>
        Chain(input, ParseUnary, c => c == '*' ? BinaryOperator.Multiply : c == '/' ? BinaryOperator.Divide : null, true);

    /// <summary>
    /// A left-associative chain <c>a op b op c</c>, read in a loop. In products, an operand followed directly by
    /// another (<c>2x</c>, <c>sin x</c>) is a missing operator, reported where the second one starts.
    /// </summary>
    private static IResult<ExprSyntax> Chain(IInput input, Func<IInput, IResult<ExprSyntax>> operand, Func<char, BinaryOperator?> operatorOf, bool checkJuxtaposition)
    {
        var first = operand(input);
        if (!first.WasSuccessful) return first;
        var left = first.Value;
        var rest = first.Remainder;
        while (true)
        {
            var at = Lexer.SkipTrivia(rest);
            if (at.AtEnd) break;
            var op = operatorOf(at.Current);
            if (op is null)
            {
                if (checkJuxtaposition && StartsOperand(at.Current)) return MissingOperator(left, at);
                break;
            }
            var afterOp = at.Advance();
            var right = operand(afterOp);
            if (!right.WasSuccessful) return right;
            left = new BinarySyntax(op.Value, left, right.Value, Lexer.SpanOf(at, afterOp), Lexer.Cover(left.Span, right.Value.Span));
            rest = right.Remainder;
        }
        return Result.Success(left, rest);
    }

    private static bool StartsOperand(char c) =>
        Lexer.IsNameStart(c) || char.IsDigit(c) || c == '(' || c == Lexer.Delta || c == Lexer.Nabla;

    private static IResult<ExprSyntax> MissingOperator(ExprSyntax left, IInput at)
    {
        var message = left is NameSyntax name && Builtins.Arity.ContainsKey(name.Name)
            ? $"'{name.Name}' is a function: put its argument in parentheses, as in {name.Name}(x)"
            : $"missing operator before {Lexer.Describe(at)}: terms side by side are not multiplied; write '*' between them";
        return ParseFailure.Of<ExprSyntax>(at, DiagnosticCodes.MissingOperator, message);
    }

    /// <summary><c>-</c>* power; the minus binds looser than <c>^</c>, so <c>-x^2</c> is <c>-(x^2)</c>.</summary>
    private static IResult<ExprSyntax> ParseUnary(IInput input)
    {
        var minuses = new List<IInput>();
        var at = ReadMinuses(input, minuses);
        if (minuses.Count > MaxDepth) return TooDeep(minuses[0]);
        var operand = ParsePower(at);
        if (!operand.WasSuccessful) return operand;
        return Result.Success(Negate(minuses, operand.Value), operand.Remainder);
    }

    /// <summary>Reads leading minus signs (stopping one past the limit) and returns where the operand starts.</summary>
    private static IInput ReadMinuses(IInput input, List<IInput> minuses)
    {
        var at = Lexer.SkipTrivia(input);
        while (!at.AtEnd && at.Current == '-' && minuses.Count <= MaxDepth)
        {
            minuses.Add(at);
            at = Lexer.SkipTrivia(at.Advance());
        }
        return at;
    }

    private static ExprSyntax Negate(List<IInput> minuses, ExprSyntax operand)
    {
        for (int k = minuses.Count - 1; k >= 0; k--)
        {
            var m = minuses[k];
            operand = new NegateSyntax(operand, Lexer.Cover(new SourceSpan(m.Position, 1, m.Line, m.Column), operand.Span));
        }
        return operand;
    }

    /// <summary>
    /// <c>a ^ b ^ -c</c>: read as a list, folded from the right (right-associative) without recursion.
    /// The exponent may carry its own minus signs (<c>x^-2</c>).
    /// </summary>
    private static IResult<ExprSyntax> ParsePower(IInput input)
    {
        var first = ParsePostfix(input);
        if (!first.WasSuccessful) return first;
        var operands = new List<(ExprSyntax Operand, List<IInput> Minuses, SourceSpan Operator)> { (first.Value, new List<IInput>(), SourceSpan.None) };
        var rest = first.Remainder;
        while (true)
        {
            var at = Lexer.SkipTrivia(rest);
            if (at.AtEnd || at.Current != '^') break;
            var afterOp = at.Advance();
            var minuses = new List<IInput>();
            var m = ReadMinuses(afterOp, minuses);
            if (minuses.Count > MaxDepth) return TooDeep(minuses[0]);
            if (operands.Count > MaxDepth) return TooDeep(at);
            var next = ParsePostfix(m);
            if (!next.WasSuccessful) return next;
            operands.Add((next.Value, minuses, Lexer.SpanOf(at, afterOp)));
            rest = next.Remainder;
        }
        var acc = operands[operands.Count - 1].Operand;
        for (int k = operands.Count - 1; k >= 1; k--)
        {
            var exponent = Negate(operands[k].Minuses, acc);
            var b = operands[k - 1].Operand;
            acc = new BinarySyntax(BinaryOperator.Power, b, exponent, operands[k].Operator, Lexer.Cover(b.Span, exponent.Span));
        }
        return Result.Success(acc, rest);
    }

    /// <summary>An atom followed by any number of indexings <c>[k]</c>.</summary>
    private static IResult<ExprSyntax> ParsePostfix(IInput input)
    {
        var atom = ParseAtom(input);
        if (!atom.WasSuccessful) return atom;
        var target = atom.Value;
        var rest = atom.Remainder;
        int indexings = 0;
        while (Lexer.NextIs(rest, '[', out var open))
        {
            if (++indexings > MaxDepth) return TooDeep(open);
            var index = Nested(open.Advance(), ParseExpression, open);
            if (!index.WasSuccessful) return index;
            var afterIndex = index.Remainder;
            ExprSyntax? to = null;
            if (Lexer.NextIs(afterIndex, '.', out var dot) && !dot.Advance().AtEnd && dot.Advance().Current == '.')
            {
                var upper = Nested(dot.Advance().Advance(), ParseExpression, open);
                if (!upper.WasSuccessful) return upper;
                to = upper.Value;
                afterIndex = upper.Remainder;
            }
            var close = Close(afterIndex, ']', open, "an index is written x[k], a slice x[a..b]");
            if (!close.WasSuccessful) return ParseFailure.As<ExprSyntax>(close);
            target = to is null
                ? new IndexSyntax(target, index.Value, Lexer.Cover(target.Span, close.Value))
                : new SliceSyntax(target, index.Value, to, Lexer.Cover(target.Span, close.Value));
            rest = close.Remainder;
        }
        return Result.Success(target, rest);
    }

    private static IResult<ExprSyntax> ParseAtom(IInput input)
    {
        var at = Lexer.SkipTrivia(input);
        if (at.AtEnd)
            return ParseFailure.Of<ExprSyntax>(at, DiagnosticCodes.Syntax, "expected an expression but the statement ends here");
        char c = at.Current;
        if (char.IsDigit(c) || c == '.')
        {
            var n = Lexer.Number(at);
            return n.WasSuccessful ? Result.Success<ExprSyntax>(n.Value, n.Remainder) : ParseFailure.As<ExprSyntax>(n);
        }
        if (c == '(')
        {
            var inner = Nested(at.Advance(), ParseExpression, at);
            if (!inner.WasSuccessful) return inner;
            var close = Close(inner.Remainder, ')', at, "");
            if (!close.WasSuccessful) return ParseFailure.As<ExprSyntax>(close);
            return Result.Success<ExprSyntax>(new ParenSyntax(inner.Value, Lexer.Cover(Lexer.SpanOf(at, at.Advance()), close.Value)), close.Remainder);
        }
        if (c == '|')
        {
            var inner = Nested(at.Advance(), ParseExpression, at);
            if (!inner.WasSuccessful) return inner;
            if (!Lexer.NextIs(inner.Remainder, '|', out var bar))
                return ParseFailure.Of<ExprSyntax>(at, DiagnosticCodes.UnclosedNorm,
                    $"this '|' is never closed (found {Lexer.Describe(bar)} instead): a norm is written |v|, with a '|' on each side");
            var end = bar.Advance();
            return Result.Success<ExprSyntax>(new NormSyntax(inner.Value, Lexer.SpanOf(at, end)), end);
        }
        if (c == Lexer.Delta) return Prefix(at, at.Advance(), "lap");
        if (c == Lexer.Nabla) return Prefix(at, at.Advance(), "grad");
        if (Lexer.IsNameStart(c))
        {
            var name = Lexer.Name(at, "a name");
            if (!name.WasSuccessful) return ParseFailure.As<ExprSyntax>(name);
            var id = name.Value;
            if (Lexer.NextIs(name.Remainder, '(', out var open)) return Call(id, open);
            if (id.Text is "grad" or "lap" or "div") return Prefix(at, name.Remainder, id.Text);
            return Result.Success<ExprSyntax>(new NameSyntax(id.Text, id.Span), name.Remainder);
        }
        return ParseFailure.Of<ExprSyntax>(at, DiagnosticCodes.Syntax, $"expected a number, a name, '(' or '|' but found {Lexer.Describe(at)}");
    }

    /// <summary><c>grad u</c>, <c>Δu</c>, <c>div grad u</c>: the operand is a postfix expression.</summary>
    private static IResult<ExprSyntax> Prefix(IInput start, IInput afterOperator, string function)
    {
        var opSpan = Lexer.SpanOf(start, afterOperator);
        if (Lexer.NextIs(afterOperator, '(', out var open))
            return Call(new Identifier(function, opSpan), open);
        var operand = Nested(afterOperator, ParsePostfix, start);
        if (!operand.WasSuccessful) return operand;
        return Result.Success<ExprSyntax>(
            new CallSyntax(new Identifier(function, opSpan), EquatableArray.Of(operand.Value), Lexer.Cover(opSpan, operand.Value.Span)),
            operand.Remainder);
    }

    /// <summary><c>f(a, b)</c> from its opening parenthesis.</summary>
    private static IResult<ExprSyntax> Call(Identifier function, IInput open)
    {
        var args = new List<ExprSyntax>();
        IInput rest = open.Advance();
        if (!Lexer.NextIs(rest, ')', out _))
        {
            while (true)
            {
                var arg = Nested(rest, ParseExpression, open);
                if (!arg.WasSuccessful) return arg;
                args.Add(arg.Value);
                rest = arg.Remainder;
                if (Lexer.NextIs(rest, ',', out var comma)) { rest = comma.Advance(); continue; }
                break;
            }
        }
        var close = Close(rest, ')', open, $"the arguments of {function.Text} are separated by ','");
        if (!close.WasSuccessful) return ParseFailure.As<ExprSyntax>(close);
        return Result.Success<ExprSyntax>(new CallSyntax(function, args.ToEquatableArray(), Lexer.Cover(function.Span, close.Value)), close.Remainder);
    }

    /// <summary>The closing bracket of the one opened at <paramref name="open"/>: at the end of the text, the opening one is blamed.</summary>
    private static IResult<SourceSpan> Close(IInput input, char closing, IInput open, string hint)
    {
        var at = Lexer.SkipTrivia(input);
        if (!at.AtEnd && at.Current == closing) return Result.Success(Lexer.SpanOf(at, at.Advance()), at.Advance());
        if (at.AtEnd)
            return ParseFailure.Of<SourceSpan>(open, DiagnosticCodes.UnclosedBracket, $"this '{open.Current}' is never closed: add '{closing}'");
        return ParseFailure.Of<SourceSpan>(at, DiagnosticCodes.Syntax,
            $"expected '{closing}' to close the '{open.Current}' at line {open.Line}, column {open.Column}, but found {Lexer.Describe(at)}{(hint.Length > 0 ? ": " + hint : "")}");
    }

    private static IResult<ExprSyntax> TooDeep(IInput at) =>
        ParseFailure.Of<ExprSyntax>(at, DiagnosticCodes.TooDeep, $"operators nest more than {MaxDepth} levels deep here: split the formula with let");

    /// <summary>Runs <paramref name="parser"/> one bracket deeper, refusing absurd depths instead of overflowing the stack.</summary>
    private static IResult<ExprSyntax> Nested(IInput input, Func<IInput, IResult<ExprSyntax>> parser, IInput opener)
    {
        if (depth >= MaxDepth)
            return ParseFailure.Of<ExprSyntax>(opener, DiagnosticCodes.TooDeep,
                $"brackets and operators nest more than {MaxDepth} levels deep here: split the formula with let");
        PdeCompiler.EnsureStack();
        depth++;
        try { return parser(input); }
        finally { depth--; }
    }
}
