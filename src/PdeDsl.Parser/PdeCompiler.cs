using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using PdeDsl.Language.Binding;
using PdeDsl.Language.Diagnostics;
using PdeDsl.Language.Parsing;
using PdeDsl.Language.Syntax;
using Sprache;

namespace PdeDsl.Language;

/// <summary>The parser's public entry points: text in, bound problems and diagnostics out. Never throws.</summary>
public static class PdeCompiler
{
    /// <summary>Compiles a whole <c>.pde</c> file; problems without a namespace statement get <paramref name="defaultNamespace"/>.</summary>
    public static CompilationResult CompileFile(string text, string? defaultNamespace = null)
    {
        var bag = new DiagnosticBag();
        var problems = new List<ProblemModel>();
        try
        {
            text ??= "";
            var scanner = new FileScanner(text, bag);
            scanner.Scan();
            var names = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
            foreach (var block in scanner.Blocks)
            {
                int before = bag.Count;
                var statements = new List<StatementSyntax>();
                var failed = new HashSet<string>(StringComparer.Ordinal);
                foreach (var slice in block.Statements)
                {
                    var result = StatementParser.Parse(slice.Keyword, scanner.InputAt(slice.BodyStart, slice.BodyEnd), slice.KeywordSpan);
                    if (result.WasSuccessful) statements.Add(result.Value);
                    else
                    {
                        Report(bag, result);
                        failed.Add(slice.Keyword);
                    }
                }
                if (names.TryGetValue(block.Name, out var first))
                {
                    bag.Error(DiagnosticCodes.DuplicateProblem, block.NameSpan,
                        $"a problem named {block.Name} is already defined at line {first.Line}; each problem needs its own name");
                    continue;
                }
                names[block.Name] = block.NameSpan;
                var syntax = new ProblemSyntax(new Identifier(block.Name, block.NameSpan), scanner.Namespace ?? defaultNamespace,
                    statements.ToEquatableArray(), block.Span);
                var model = Bind(bag, syntax, failed, s => s);
                bool clean = bag.Count == before && !bag.Items.Any(d => d.Span.Offset >= block.Span.Offset && d.Span.Offset <= block.Span.Offset + block.Span.Length);
                if (model is not null && clean) problems.Add(model);
            }
            var diagnostics = bag.Items
                .OrderBy(d => d.Span.Offset)
                .Select(d => new Diagnostic(d.Code, DiagnosticSeverity.Error, d.Span, d.Message));
            return new CompilationResult(problems.ToEquatableArray(), diagnostics.ToEquatableArray());
        }
        catch (Exception ex)
        {
            return Failed(ex);
        }
    }

    /// <summary>
    /// Compiles the attribute form: one problem named <paramref name="problemName"/> made of
    /// <paramref name="statements"/>; diagnostic spans are relative to the argument they name.
    /// </summary>
    public static CompilationResult CompileStatements(string problemName, string? @namespace, EquatableArray<StatementSource> statements)
    {
        try
        {
            var bag = new DiagnosticBag();
            var map = new AttributeSourceMap(statements);
            var structural = new List<Diagnostic>();
            var syntax = new List<StatementSyntax>();
            var failed = new HashSet<string>(StringComparer.Ordinal);
            for (int s = 0; s < statements.Count; s++)
            {
                var source = statements[s];
                var keyword = (source?.Keyword ?? "").Trim().ToLowerInvariant();
                if (keyword == "condition") keyword = "on";
                int count = source?.Arguments.Count ?? 0;
                if (!StatementParser.Keywords.Contains(keyword))
                {
                    structural.Add(new Diagnostic(DiagnosticCodes.ExpectedStatement, DiagnosticSeverity.Error, SourceSpan.None,
                        $"'{source?.Keyword}' is not a statement: the statements are dim, param, let, domain, pde, on and exact", s));
                    continue;
                }
                int[] allowed = keyword switch { "dim" or "param" or "on" => new[] { 1, 2 }, _ => new[] { 1 } };
                if (!allowed.Contains(count))
                {
                    structural.Add(new Diagnostic(DiagnosticCodes.AttributeArguments, DiagnosticSeverity.Error, SourceSpan.None,
                        AttributeShape(keyword, count), s));
                    failed.Add(keyword);
                    continue;
                }
                var parsed = count == 1 ? StatementParser.Whole(keyword, map.Input(s, 0)) : TwoArguments(keyword, map, s);
                if (parsed.WasSuccessful) syntax.Add(parsed.Value);
                else
                {
                    Report(bag, parsed);
                    failed.Add(keyword);
                }
            }
            var name = problemName ?? "";
            var problem = new ProblemSyntax(new Identifier(name, map.Nowhere), @namespace, syntax.ToEquatableArray(), map.Nowhere);
            ProblemModel? model = null;
            if (!(Lexer.IsNameStart(name.FirstOrDefault()) && name.All(Lexer.IsNamePart)))
                structural.Add(new Diagnostic(DiagnosticCodes.Syntax, DiagnosticSeverity.Error, SourceSpan.None,
                    $"'{name}' is not a problem name: a name starts with a letter and holds letters, digits and '_'"));
            else
                model = Bind(bag, problem, failed, map.Relative);
            var diagnostics = structural.Concat(bag.Items.Select(d =>
            {
                var (statement, argument, span) = map.Locate(d.Span);
                return new Diagnostic(d.Code, DiagnosticSeverity.Error, span, d.Message, statement, argument);
            })).OrderBy(d => d.Statement).ThenBy(d => d.Argument).ThenBy(d => d.Span.Offset).ToList();
            var problems = model is not null && diagnostics.Count == 0 ? EquatableArray.Of(model) : EquatableArray<ProblemModel>.Empty;
            return new CompilationResult(problems, diagnostics.ToEquatableArray());
        }
        catch (Exception ex)
        {
            return Failed(ex);
        }
    }

    private static string AttributeShape(string keyword, int count) => keyword switch
    {
        "dim" => $"a dim attribute takes its name and value, as in [Dim(\"n\", 100)], but it has {count} arguments",
        "param" => $"a param attribute takes its name and value, as in [Param(\"lambda\", 1.0)], but it has {count} arguments",
        "on" => $"a condition attribute takes where it holds and its equation, as in [Condition(\"boundary\", \"u = 0\")], but it has {count} arguments",
        _ => $"a {keyword} attribute takes one string, the statement without its keyword, but it has {count} arguments",
    };

    private static IResult<StatementSyntax> TwoArguments(string keyword, AttributeSourceMap map, int s)
    {
        if (keyword == "on")
        {
            var where = StatementParser.Where(map.Input(s, 0));
            if (!where.WasSuccessful) return Recast(where);
            var whereEnd = Lexer.End(where.Remainder, "place of the condition (the equation is the second argument)", isStatement: false);
            if (!whereEnd.WasSuccessful) return Recast(whereEnd);
            var equation = StatementParser.Equation(map.Input(s, 1), "a condition");
            if (!equation.WasSuccessful) return Recast(equation);
            var end = Lexer.End(equation.Remainder, "condition", isStatement: false);
            if (!end.WasSuccessful) return Recast(end);
            var text = map.Argument(s, 0).Trim() + ": " + map.Argument(s, 1).Trim();
            return Result.Success<StatementSyntax>(new ConditionSyntax(where.Value, equation.Value, text, equation.Value.Span), end.Remainder);
        }
        var name = StatementParser.NameArgument(map.Input(s, 0), $"the {keyword}'s name");
        if (!name.WasSuccessful) return Recast(name);
        var value = StatementParser.NumberArgument(map.Input(s, 1));
        if (!value.WasSuccessful) return Recast(value);
        return Result.Success(StatementParser.DimOrParam(keyword, name.Value, value.Value), value.Remainder);
    }

    private static IResult<StatementSyntax> Recast(IResult<object> failure) => ParseFailure.As<StatementSyntax>(failure);

    private static void Report<T>(DiagnosticBag bag, IResult<T> failure)
    {
        var (code, span, message) = ParseFailure.Decode(failure);
        bag.Error(code, span, message);
    }

    private static ProblemModel? Bind(DiagnosticBag bag, ProblemSyntax syntax, HashSet<string> failed, Func<SourceSpan, SourceSpan> toModelSpan)
    {
        // A declaration that did not parse would make every use of its name an error: say only the first thing.
        if (failed.Overlaps(new[] { "dim", "param", "let", "domain" })) return null;
        try
        {
            return new ProblemBinder(bag, toModelSpan, failed).Bind(syntax);
        }
        catch (InsufficientExecutionStackException)
        {
            bag.Error(DiagnosticCodes.TooDeep, syntax.Name.Span, $"problem {syntax.Name.Text} nests its formulas too deeply to compile; split them with let");
            return null;
        }
    }

    /// <summary>
    /// Binds <paramref name="expression"/> in the scope of the single problem of <paramref name="problemText"/>
    /// (any type, where a pde side must be scalar): for tests of the expression rules.
    /// </summary>
    internal static (BoundExpr? Expression, IReadOnlyList<Diagnostic> Diagnostics) BindExpression(string problemText, string expression)
    {
        var bag = new DiagnosticBag();
        var scanner = new FileScanner(problemText, bag);
        scanner.Scan();
        var block = scanner.Blocks.Single();
        var statements = block.Statements
            .Select(s => StatementParser.Parse(s.Keyword, scanner.InputAt(s.BodyStart, s.BodyEnd), s.KeywordSpan).Value)
            .ToEquatableArray();
        var binder = new ProblemBinder(bag, s => s, Array.Empty<string>());
        binder.Bind(new ProblemSyntax(new Identifier(block.Name, block.NameSpan), null, statements, block.Span));
        if (bag.Count > 0) throw new ArgumentException("the problem text has errors: " + string.Join("; ", bag.Items.Select(i => i.Message)));
        var parsed = ExpressionParser.Expression.End()(TextInput.Of(expression));
        BoundExpr? bound = null;
        if (parsed.WasSuccessful) bound = binder.BindDetached(parsed.Value);
        else Report(bag, parsed);
        return (bound, bag.Items.Select(d => new Diagnostic(d.Code, DiagnosticSeverity.Error, d.Span, d.Message)).ToList());
    }

    private static CompilationResult Failed(Exception ex)
    {
        var message = ex is InsufficientExecutionStackException
            ? "the text nests too deeply to compile; split long formulas with let"
            : $"internal error of the PDE compiler ({ex.GetType().Name}: {ex.Message}); please report it with the text that caused it";
        var code = ex is InsufficientExecutionStackException ? DiagnosticCodes.TooDeep : DiagnosticCodes.Internal;
        return new CompilationResult(EquatableArray<ProblemModel>.Empty,
            EquatableArray.Of(new Diagnostic(code, DiagnosticSeverity.Error, SourceSpan.None, message)));
    }

    /// <summary>Keeps the binder and printer from overflowing the stack: they throw a catchable exception instead.</summary>
    internal static void EnsureStack() => RuntimeHelpers.EnsureSufficientExecutionStack();
}
