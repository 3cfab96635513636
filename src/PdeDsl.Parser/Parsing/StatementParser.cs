using System;
using System.Collections.Generic;
using System.Linq;
using PdeDsl.Language.Syntax;
using Sprache;

namespace PdeDsl.Language.Parsing;

/// <summary>
/// The statements of a problem block, each parsed from the text after its keyword to the end of its
/// slice (the file scanner cuts the slices; an attribute's argument is a slice of its own).
/// </summary>
internal static class StatementParser
{
    /// <summary>The statement keywords, which are reserved: they start statements and are never names.</summary>
    public static readonly string[] Keywords = { "dim", "param", "let", "domain", "sample", "pde", "on", "exact", "train", "observe", "unknown", "ansatz", "periodic" };

    public static IResult<StatementSyntax> Parse(string keyword, IInput body, SourceSpan keywordSpan) => keyword switch
    {
        "dim" => Dim(body, keywordSpan),
        "param" => Param(body, keywordSpan),
        "let" => Let(body, keywordSpan),
        "domain" => Domain(body, keywordSpan),
        "sample" => Sample(body, keywordSpan),
        "pde" => Pde(body, keywordSpan),
        "on" => Condition(body, keywordSpan),
        "exact" => Exact(body, keywordSpan),
        "train" => TrainParser.Parse(body, keywordSpan),
        "observe" => ObserveParser.Parse(body, keywordSpan),
        "unknown" => Unknown(body, keywordSpan),
        "ansatz" => AnsatzParser.Ansatz(body, keywordSpan),
        "periodic" => Periodic(body, keywordSpan),
        _ => ParseFailure.Of<StatementSyntax>(body, DiagnosticCodes.ExpectedStatement, $"'{keyword}' is not a statement"),
    };

    private static IResult<StatementSyntax> Fail(IResult<object?> failure) => ParseFailure.As<StatementSyntax>(failure);

    /// <summary>The span from the keyword (or the first token when there is none) to <paramref name="end"/>.</summary>
    internal static SourceSpan StatementSpan(SourceSpan keyword, SourceSpan first, IInput end)
    {
        var start = keyword.Length > 0 ? keyword : first;
        return new SourceSpan(start.Offset, end.Position - start.Offset, start.Line, start.Column);
    }

    private static IResult<StatementSyntax> Dim(IInput body, SourceSpan keyword) =>
        NameEqualsNumber(body, keyword, "dim", "100", (name, value, span) => new DimSyntax(name, value, span));

    // param p = v, param p = v learn (trained with the network), or a vector param c[n] = v / c[n] ~ normal(m, s).
    private static IResult<StatementSyntax> Param(IInput body, SourceSpan keyword) => AnsatzParser.IsVectorParam(body)
        ? AnsatzParser.VectorParam(body, keyword)
        : NameEqualsNumber(body, keyword, "param", "1.0", (name, value, span) => new ParamSyntax(name, value, span), allowLearn: true);

    /// <summary><c>name = number</c>, the shape of dim and param.</summary>
    private static IResult<StatementSyntax> NameEqualsNumber(IInput body, SourceSpan keyword, string statement, string example,
        Func<Identifier, NumberSyntax, SourceSpan, StatementSyntax> make, bool allowLearn = false)
    {
        var name = Lexer.Name(body, $"the {statement}'s name, as in {statement} a = {example}");
        if (!name.WasSuccessful) return Fail(name);
        var eq = Lexer.Symbol(name.Remainder, '=', $"a {statement} is written {statement} {name.Value.Text} = {example}");
        if (!eq.WasSuccessful) return Fail(eq);
        var value = Lexer.SignedNumber(eq.Remainder);
        if (!value.WasSuccessful) return Fail(value);
        var rest = value.Remainder;
        bool learn = false;
        if (allowLearn && Lexer.Name(rest, "learn") is { WasSuccessful: true, Value.Text: "learn" } word)
        {
            learn = true;
            rest = word.Remainder;
        }
        var end = Lexer.End(rest, allowLearn ? $"{statement} statement (only 'learn' may follow the value)" : $"{statement} statement");
        if (!end.WasSuccessful) return Fail(end);
        var made = make(name.Value, value.Value, StatementSpan(keyword, name.Value.Span, rest));
        return Result.Success(made is ParamSyntax p ? p with { Learn = learn } : made, end.Remainder);
    }

    /// <summary>Attribute form of dim and param: the name and the value are separate arguments.</summary>
    public static IResult<Identifier> NameArgument(IInput input, string what)
    {
        var name = Lexer.Name(input, what);
        if (!name.WasSuccessful) return name;
        var end = Lexer.End(name.Remainder, "name", isStatement: false);
        return end.WasSuccessful ? name : ParseFailure.As<Identifier>(end);
    }

    /// <summary>Attribute form: a number argument.</summary>
    public static IResult<NumberSyntax> NumberArgument(IInput input)
    {
        var at = Lexer.SkipTrivia(input);
        if (at.AtEnd || !(char.IsDigit(at.Current) || at.Current is '-' or '.'))
            return ParseFailure.Of<NumberSyntax>(at, DiagnosticCodes.Syntax, $"the value must be a number, as in 100 or 0.5, but it is {Lexer.Describe(at)}");
        var value = Lexer.SignedNumber(at);
        if (!value.WasSuccessful) return value;
        var end = Lexer.End(value.Remainder, "number", isStatement: false);
        return end.WasSuccessful ? value : ParseFailure.As<NumberSyntax>(end);
    }

    /// <summary>Attribute form of dim and param from their two arguments.</summary>
    public static StatementSyntax DimOrParam(string keyword, Identifier name, NumberSyntax value) => keyword == "dim"
        ? new DimSyntax(name, value, Lexer.Cover(name.Span, name.Span))
        : new ParamSyntax(name, value, Lexer.Cover(name.Span, name.Span));

    private static IResult<StatementSyntax> Let(IInput body, SourceSpan keyword)
    {
        var name = Lexer.Name(body, "the let's name, as in let g(y) = y^2");
        if (!name.WasSuccessful) return Fail(name);
        var list = OptionalList(name.Remainder, input => Lexer.Name(input, "a parameter name"),
            "the parameters of a let are names separated by ','", reportUnclosed: false);
        if (!list.WasSuccessful) return Fail(list);
        var parameters = list.Value ?? new List<Identifier>();
        bool hasList = list.Value is not null;
        var rest = list.Remainder;
        var eq = Lexer.Symbol(rest, '=', $"a let is written let {name.Value.Text}(y) = expression or let {name.Value.Text} = expression");
        if (!eq.WasSuccessful) return Fail(eq);
        var value = ExpressionParser.Expression(eq.Remainder);
        if (!value.WasSuccessful) return Fail(value);
        var end = Lexer.End(value.Remainder, "let statement");
        if (!end.WasSuccessful) return Fail(end);
        return Result.Success<StatementSyntax>(
            new LetSyntax(name.Value, parameters.ToEquatableArray(), hasList, value.Value, StatementSpan(keyword, name.Value.Span, value.Remainder)),
            end.Remainder);
    }

    private static IResult<StatementSyntax> Domain(IInput body, SourceSpan keyword)
    {
        var coordinates = new List<CoordinateSyntax>();
        var rest = body;
        while (true)
        {
            if (Lexer.NextIs(rest, '(', out _))
            {
                var region = GeometryParser.Domain(rest);
                if (!region.WasSuccessful) return Fail(region);
                coordinates.AddRange(region.Value.Coordinates.Select(name => new CoordinateSyntax(name, null, null, null, name.Span, Region: region.Value)));
                rest = region.Remainder;
            }
            else
            {
                var c = Coordinate(rest);
                if (!c.WasSuccessful) return Fail(c);
                coordinates.Add(c.Value);
                rest = c.Remainder;
            }
            if (Lexer.NextIs(rest, ',', out var comma)) { rest = comma.Advance(); continue; }
            break;
        }
        var end = Lexer.End(rest, "domain statement (coordinates are separated by ',')");
        if (!end.WasSuccessful) return Fail(end);
        return Result.Success<StatementSyntax>(new DomainSyntax(coordinates.ToEquatableArray(), StatementSpan(keyword, coordinates[0].Span, rest)), end.Remainder);
    }

    /// <summary>
    /// <c>x in [lower, upper]</c> or <c>x in R</c> (also <c>ℝ</c>), with an optional <c>^n</c> or <c>^3</c>; after <c>R^n</c>
    /// an optional ball <c>where |x - a| &lt;= r</c>. <c>R</c> is a keyword only here, right after <c>in</c>.
    /// </summary>
    private static IResult<CoordinateSyntax> Coordinate(IInput input)
    {
        var name = Lexer.Name(input, "a coordinate, as in x in [0, 1]");
        if (!name.WasSuccessful) return ParseFailure.As<CoordinateSyntax>(name);
        var hint = $"a coordinate is written {name.Value.Text} in [0, 1] or {name.Value.Text} in R^n";
        var inWord = Lexer.Keyword(name.Remainder, "in", hint);
        if (!inWord.WasSuccessful) return ParseFailure.As<CoordinateSyntax>(inWord);
        ExprSyntax? lower = null, upper = null;
        IInput rest;
        bool isReal = false;
        var real = Lexer.Name(inWord.Remainder, "R");
        if (real.WasSuccessful && real.Value.Text is "R" or "ℝ")
        {
            isReal = true;
            rest = real.Remainder;
        }
        else
        {
            var open = Lexer.Symbol(inWord.Remainder, '[', hint);
            if (!open.WasSuccessful) return ParseFailure.As<CoordinateSyntax>(open);
            var lo = ExpressionParser.Expression(open.Remainder);
            if (!lo.WasSuccessful) return ParseFailure.As<CoordinateSyntax>(lo);
            var comma = Lexer.Symbol(lo.Remainder, ',', "an interval is written [lower, upper]");
            if (!comma.WasSuccessful) return ParseFailure.As<CoordinateSyntax>(comma);
            var hi = ExpressionParser.Expression(comma.Remainder);
            if (!hi.WasSuccessful) return ParseFailure.As<CoordinateSyntax>(hi);
            var close = Lexer.SkipTrivia(hi.Remainder);
            if (close.AtEnd)
                return ParseFailure.Of<CoordinateSyntax>(Lexer.SkipTrivia(inWord.Remainder), DiagnosticCodes.UnclosedBracket, "this '[' is never closed: add ']'");
            if (close.Current != ']')
                return ParseFailure.Of<CoordinateSyntax>(close, DiagnosticCodes.Syntax, $"expected ']' but found {Lexer.Describe(close)}: an interval is written [lower, upper]");
            lower = lo.Value;
            upper = hi.Value;
            rest = close.Advance();
        }
        ExprSyntax? length = null;
        if (Lexer.NextIs(rest, '^', out var caret))
        {
            var at = Lexer.SkipTrivia(caret.Advance());
            if (!at.AtEnd && char.IsDigit(at.Current))
            {
                var n = Lexer.Number(at);
                if (!n.WasSuccessful) return ParseFailure.As<CoordinateSyntax>(n);
                length = n.Value;
                rest = n.Remainder;
            }
            else
            {
                var dim = Lexer.Name(at, $"a whole number or a dim after '^', as in {name.Value.Text} in [0, 1]^n");
                if (!dim.WasSuccessful) return ParseFailure.As<CoordinateSyntax>(dim);
                length = new NameSyntax(dim.Value.Text, dim.Value.Span);
                rest = dim.Remainder;
            }
        }
        BallSyntax? ball = null;
        var where = Lexer.Name(rest, "where");
        if (where.WasSuccessful && where.Value.Text == "where")
        {
            if (!isReal)
                return ParseFailure.Of<CoordinateSyntax>(Lexer.SkipTrivia(rest), DiagnosticCodes.Syntax,
                    $"a ball is cut out of R^n, not out of an interval: write {name.Value.Text} in R^n where |{name.Value.Text}| <= 1");
            var b = Ball(where.Remainder, name.Value.Text);
            if (!b.WasSuccessful) return ParseFailure.As<CoordinateSyntax>(b);
            ball = b.Value;
            rest = b.Remainder;
        }
        var span = new SourceSpan(name.Value.Span.Offset, rest.Position - name.Value.Span.Offset, name.Value.Span.Line, name.Value.Span.Column);
        return Result.Success(new CoordinateSyntax(name.Value, lower, upper, length, span, isReal, ball), rest);
    }

    /// <summary><c>|c - a| &lt;= r</c> (or <c>≤</c>) after <c>where</c>.</summary>
    private static IResult<BallSyntax> Ball(IInput input, string coordinate)
    {
        var hint = $"a ball is written where |{coordinate}| <= r or where |{coordinate} - a| <= r";
        var at = Lexer.SkipTrivia(input);
        if (at.AtEnd || at.Current != '|')
            return ParseFailure.Of<BallSyntax>(at, DiagnosticCodes.Syntax, $"expected '|' but found {Lexer.Describe(at)}: {hint}");
        var norm = ExpressionParser.Expression(at);
        if (!norm.WasSuccessful) return ParseFailure.As<BallSyntax>(norm);
        if (norm.Value is not NormSyntax n)
            return ParseFailure.Of<BallSyntax>(at, DiagnosticCodes.Syntax, $"expected a norm |...| alone before '<=': {hint}");
        var op = Lexer.SkipTrivia(norm.Remainder);
        IInput afterOp;
        if (!op.AtEnd && op.Current == '≤') afterOp = op.Advance();
        else if (!op.AtEnd && op.Current == '<' && Lexer.Peek(op, 1) == '=') afterOp = op.Advance().Advance();
        else return ParseFailure.Of<BallSyntax>(op, DiagnosticCodes.Syntax, $"expected '<=' but found {Lexer.Describe(op)}: {hint}");
        var radius = ExpressionParser.Expression(afterOp);
        if (!radius.WasSuccessful) return ParseFailure.As<BallSyntax>(radius);
        return Result.Success(new BallSyntax(n, radius.Value, Lexer.Cover(n.Span, radius.Value.Span)), radius.Remainder);
    }

    /// <summary><c>c ~ uniform</c>, <c>c ~ radial</c>, <c>c ~ normal(m, s)</c>.</summary>
    private static IResult<StatementSyntax> Sample(IInput body, SourceSpan keyword)
    {
        var name = Lexer.Name(body, "a coordinate, as in sample x ~ normal(0, 1)");
        if (!name.WasSuccessful) return Fail(name);
        var tilde = Lexer.Symbol(name.Remainder, '~', $"a law is written sample {name.Value.Text} ~ uniform, ~ radial or ~ normal(mean, std)");
        if (!tilde.WasSuccessful) return Fail(tilde);
        var law = Law(tilde.Remainder);
        if (!law.WasSuccessful) return Fail(law);
        var rest = law.Remainder;
        var end = Lexer.End(rest, "sample statement");
        if (!end.WasSuccessful) return Fail(end);
        return Result.Success<StatementSyntax>(new SampleSyntax(name.Value, law.Value, StatementSpan(keyword, name.Value.Span, rest)), end.Remainder);
    }

    /// <summary>A law after <c>~</c>: a name with an optional list of arguments (checked by the binder).</summary>
    public static IResult<LawSyntax> Law(IInput input)
    {
        var law = Lexer.Name(input, "a law (uniform, normal(mean, std) or radial)");
        if (!law.WasSuccessful) return ParseFailure.As<LawSyntax>(law);
        var list = OptionalList<ExprSyntax>(law.Remainder, input => ExpressionParser.Expression(input), "the arguments of a law are separated by ','", reportUnclosed: true);
        if (!list.WasSuccessful) return ParseFailure.As<LawSyntax>(list);
        var arguments = list.Value ?? new List<ExprSyntax>();
        bool hasList = list.Value is not null;
        var rest = list.Remainder;
        var lawSpan = new SourceSpan(law.Value.Span.Offset, Lexer.SkipTrivia(rest).Position - law.Value.Span.Offset, law.Value.Span.Line, law.Value.Span.Column);
        if (!hasList) lawSpan = law.Value.Span;
        return Result.Success(new LawSyntax(law.Value, arguments.ToEquatableArray(), hasList, lawSpan), rest);
    }

    /// <summary>
    /// An optional parenthesised list after a name, <c>(item, item, ...)</c>, as a let's parameters and a law's arguments are
    /// written: the items, or null when there is no '(' at all. <paramref name="reportUnclosed"/>: a '(' that reaches the end of
    /// the statement is reported at the '(' itself (PDE0004) rather than as a missing ')'.
    /// </summary>
    private static IResult<List<T>?> OptionalList<T>(IInput input, Func<IInput, IResult<T>> item, string closeMessage, bool reportUnclosed)
        where T : class
    {
        if (!Lexer.NextIs(input, '(', out var open)) return Result.Success<List<T>?>(null, input);
        var items = new List<T>();
        var rest = open.Advance();
        if (!Lexer.NextIs(rest, ')', out _))
        {
            while (true)
            {
                var next = item(rest);
                if (!next.WasSuccessful) return ParseFailure.As<List<T>?>(next);
                items.Add(next.Value);
                rest = next.Remainder;
                if (Lexer.NextIs(rest, ',', out var comma)) { rest = comma.Advance(); continue; }
                break;
            }
        }
        if (reportUnclosed && Lexer.SkipTrivia(rest).AtEnd)
            return ParseFailure.Of<List<T>?>(open, DiagnosticCodes.UnclosedBracket, "this '(' is never closed: add ')'");
        var close = Lexer.Symbol(rest, ')', closeMessage);
        if (!close.WasSuccessful) return ParseFailure.As<List<T>?>(close);
        return Result.Success<List<T>?>(items, close.Remainder);
    }

    /// <summary><c>left = right</c>.</summary>
    public static IResult<EquationSyntax> Equation(IInput input, string what)
    {
        var left = ExpressionParser.Expression(input);
        if (!left.WasSuccessful) return ParseFailure.As<EquationSyntax>(left);
        var eq = Lexer.Symbol(left.Remainder, '=', $"{what} is written left = right");
        if (!eq.WasSuccessful) return ParseFailure.As<EquationSyntax>(eq);
        var right = ExpressionParser.Expression(eq.Remainder);
        if (!right.WasSuccessful) return ParseFailure.As<EquationSyntax>(right);
        var span = Lexer.Cover(left.Value.Span, right.Value.Span);
        var text = input.Source.Substring(span.Offset, span.Length);
        return Result.Success(new EquationSyntax(left.Value, right.Value, text, span), right.Remainder);
    }

    private static IResult<StatementSyntax> Pde(IInput body, SourceSpan keyword)
    {
        var equation = Equation(body, "a pde");
        if (!equation.WasSuccessful) return Fail(equation);
        var end = Lexer.End(equation.Remainder, "pde statement");
        if (!end.WasSuccessful) return Fail(end);
        return Result.Success<StatementSyntax>(new PdeSyntax(equation.Value, StatementSpan(keyword, equation.Value.Span, equation.Remainder)), end.Remainder);
    }

    /// <summary><c>boundary</c> or <c>c = value</c>.</summary>
    public static IResult<WhereSyntax> Where(IInput input)
    {
        if (Lexer.NextIs(input, '|', out var bar)) return Sphere(bar);
        var name = Lexer.Name(input, "'boundary' or a face such as x = 0 after 'on'");
        if (!name.WasSuccessful) return ParseFailure.As<WhereSyntax>(name);
        if (name.Value.Text == "boundary" && !Lexer.NextIs(name.Remainder, '=', out _))
        {
            // on boundary of hole: the boundary of one shape of a region.
            if (Lexer.Name(name.Remainder, "of") is not { WasSuccessful: true, Value.Text: "of" } of)
                return Result.Success(new WhereSyntax(null, null, name.Value.Span), name.Remainder);
            var piece = Lexer.Name(of.Remainder, "a shape's name or kind after 'of', as in on boundary of disk");
            if (!piece.WasSuccessful) return ParseFailure.As<WhereSyntax>(piece);
            return Result.Success(new WhereSyntax(null, null, Lexer.Cover(name.Value.Span, piece.Value.Span), Piece: piece.Value), piece.Remainder);
        }
        var eq = Lexer.Symbol(name.Remainder, '=', $"a condition holds on boundary or on a face such as {name.Value.Text} = 0");
        if (!eq.WasSuccessful) return ParseFailure.As<WhereSyntax>(eq);
        var value = ExpressionParser.Expression(eq.Remainder);
        if (!value.WasSuccessful)
        {
            // "on x = 0 u = 1": the value ended and the colon is missing, which says more than "missing operator".
            if (ParseFailure.Decode(value).Code == DiagnosticCodes.MissingOperator)
                return ParseFailure.Of<WhereSyntax>(value.Remainder, DiagnosticCodes.Syntax,
                    $"expected ':' but found {Lexer.Describe(value.Remainder)}: a condition is written on boundary: u = 0 or on x = 0: u = 1");
            return ParseFailure.As<WhereSyntax>(value);
        }
        return Result.Success(new WhereSyntax(name.Value, value.Value, Lexer.Cover(name.Value.Span, value.Value.Span)), value.Remainder);
    }

    /// <summary><c>|c| = r</c> or <c>|c - a| = r</c>: a sphere (the binder matches it to a declared ball).</summary>
    private static IResult<WhereSyntax> Sphere(IInput bar)
    {
        var norm = ExpressionParser.Expression(bar);
        if (!norm.WasSuccessful) return ParseFailure.As<WhereSyntax>(norm);
        if (norm.Value is not NormSyntax n)
            return ParseFailure.Of<WhereSyntax>(bar, DiagnosticCodes.Syntax, "expected a norm |...| alone before '=': a condition on a sphere is written on |x| = 1: u = 0");
        var eq = Lexer.Symbol(norm.Remainder, '=', "a condition on a sphere is written on |x| = r: u = 0");
        if (!eq.WasSuccessful) return ParseFailure.As<WhereSyntax>(eq);
        var value = ExpressionParser.Expression(eq.Remainder);
        if (!value.WasSuccessful) return ParseFailure.As<WhereSyntax>(value);
        return Result.Success(new WhereSyntax(null, value.Value, Lexer.Cover(n.Span, value.Value.Span), n), value.Remainder);
    }

    private static IResult<StatementSyntax> Condition(IInput body, SourceSpan keyword)
    {
        var where = Where(body);
        if (!where.WasSuccessful) return Fail(where);
        var colon = Lexer.Symbol(where.Remainder, ':', "a condition is written on boundary: u = 0 or on x = 0: u = 1");
        if (!colon.WasSuccessful) return Fail(colon);
        var equation = Equation(colon.Remainder, "a condition");
        if (!equation.WasSuccessful) return Fail(equation);
        var end = Lexer.End(equation.Remainder, "condition");
        if (!end.WasSuccessful) return Fail(end);
        var whole = Lexer.Cover(where.Value.Span, equation.Value.Span);
        var text = body.Source.Substring(whole.Offset, whole.Length);
        return Result.Success<StatementSyntax>(
            new ConditionSyntax(where.Value, equation.Value, text, StatementSpan(keyword, where.Value.Span, equation.Remainder)),
            end.Remainder);
    }

    // unknown u, v, ...
    private static IResult<StatementSyntax> Unknown(IInput body, SourceSpan keyword)
    {
        var names = NameList(body, "an unknown's name, as in unknown u, v", "unknown statement (the unknowns are separated by ',')");
        if (!names.WasSuccessful) return Fail(names);
        return Result.Success<StatementSyntax>(new UnknownSyntax(names.Value.List, StatementSpan(keyword, names.Value.List[0].Span, names.Value.End)), names.Remainder);
    }

    /// <summary><c>periodic x</c> or <c>periodic x, y</c>: coordinates over which the solution repeats.</summary>
    private static IResult<StatementSyntax> Periodic(IInput body, SourceSpan keyword)
    {
        var names = NameList(body, "a coordinate, as in periodic x", "periodic statement (the coordinates are separated by ',')");
        if (!names.WasSuccessful) return Fail(names);
        return Result.Success<StatementSyntax>(new PeriodicSyntax(names.Value.List, StatementSpan(keyword, names.Value.List[0].Span, names.Value.End)), names.Remainder);
    }

    // Names separated by ',' to the end of the statement, and where the last one ends.
    private sealed record Names(EquatableArray<Identifier> List, IInput End);

    private static IResult<Names> NameList(IInput body, string expected, string statement)
    {
        var names = new List<Identifier>();
        var rest = body;
        while (true)
        {
            var name = Lexer.Name(rest, expected);
            if (!name.WasSuccessful) return ParseFailure.As<Names>(name);
            names.Add(name.Value);
            rest = name.Remainder;
            if (Lexer.NextIs(rest, ',', out var comma)) { rest = comma.Advance(); continue; }
            break;
        }
        var end = Lexer.End(rest, statement);
        if (!end.WasSuccessful) return ParseFailure.As<Names>(end);
        return Result.Success(new Names(names.ToEquatableArray(), rest), end.Remainder);
    }

    private static IResult<StatementSyntax> Exact(IInput body, SourceSpan keyword)
    {
        // exact v = e names its unknown (an exact solution is a formula and holds no '=' of its own).
        if (Lexer.Name(body, "unknown") is { WasSuccessful: true } target && Lexer.NextIs(target.Remainder, '=', out var eq))
        {
            var solution = ExpressionParser.Expression(eq.Advance());
            if (!solution.WasSuccessful) return Fail(solution);
            var done = Lexer.End(solution.Remainder, "exact statement");
            if (!done.WasSuccessful) return Fail(done);
            return Result.Success<StatementSyntax>(new ExactSyntax(solution.Value, StatementSpan(keyword, target.Value.Span, solution.Remainder), target.Value), done.Remainder);
        }
        var value = ExpressionParser.Expression(body);
        if (!value.WasSuccessful) return Fail(value);
        var end = Lexer.End(value.Remainder, "exact statement");
        if (!end.WasSuccessful) return Fail(end);
        return Result.Success<StatementSyntax>(new ExactSyntax(value.Value, StatementSpan(keyword, value.Value.Span, value.Remainder)), end.Remainder);
    }

    /// <summary>Attribute form: the bare text of a statement whose keyword is the attribute.</summary>
    public static IResult<StatementSyntax> Whole(string keyword, IInput argument) => Parse(keyword, argument, new SourceSpan(0, 0, 1, 1));
}
