using System;
using System.Collections.Generic;
using System.Linq;
using PdeDsl.Language.Binding;
using PdeDsl.Language.Diagnostics;
using PdeDsl.Language.Grouping;
using PdeDsl.Language.Parsing;
using PdeDsl.Language.Syntax;
using Sprache;

namespace PdeDsl.Language.Compilation;

/// <summary>Steps shared by the file and attribute forms, and a test hook that binds one expression.</summary>
internal static class CompileSteps
{
    public static void Report<T>(DiagnosticBag bag, IResult<T> failure)
    {
        var (code, span, message) = ParseFailure.Decode(failure);
        bag.Error(code, span, message);
    }

    /// <summary>Binding, calculus and grouping of one problem's syntax: its grouped problem, or null when a stage reported an error.</summary>
    public static GroupedProblem? Compile(DiagnosticBag bag, ProblemSyntax syntax, HashSet<string> failed, Func<SourceSpan, SourceSpan> toModelSpan)
    {
        // A declaration that did not parse would make every use of its name an error: say only the first thing.
        if (failed.Overlaps(new[] { "dim", "param", "let", "domain" })) return null;
        try
        {
            var bound = new ProblemBinder(bag, toModelSpan, failed).Bind(syntax);
            var expanded = bound is null ? null : Calculus.CalculusStage.Apply(bound, bag);
            return expanded is null ? null : NoiseGrouping.Apply(expanded);
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
    public static (BoundExpr? Expression, IReadOnlyList<Diagnostic> Diagnostics) BindExpression(string problemText, string expression)
    {
        var bag = new DiagnosticBag();
        var (model, scope) = new ProblemBinder(bag, s => s, Array.Empty<string>()).BindWithScope(ParseSingle(problemText, bag));
        if (bag.Count > 0) throw new ArgumentException("the problem text has errors: " + string.Join("; ", bag.Items.Select(i => i.Message)));
        var parsed = ExpressionParser.Expression.End()(TextInput.Of(expression));
        BoundExpr? bound = null;
        if (parsed.WasSuccessful) bound = new ExpressionBinder(scope, bag, new LetExpansions()).Bind(parsed.Value) is { } e and not BoundError ? e : null;
        else Report(bag, parsed);
        if (bound is not null) bound = Calculus.CalculusStage.Apply(bound, model!.Coordinates, bag);
        return (bound, bag.Items.Select(d => new Diagnostic(d.Code, DiagnosticSeverity.Error, d.Span, d.Message)).ToList());
    }

    /// <summary>The syntax of the single problem of <paramref name="problemText"/>, whose statements all parse: for tests of one stage.</summary>
    public static ProblemSyntax ParseSingle(string problemText, DiagnosticBag bag)
    {
        var scanner = new FileScanner(problemText, bag);
        scanner.Scan();
        var block = scanner.Blocks.Single();
        var statements = block.Statements
            .Select(s => StatementParser.Parse(s.Keyword, scanner.InputAt(s.BodyStart, s.BodyEnd), s.KeywordSpan).Value)
            .ToEquatableArray();
        return new ProblemSyntax(new Identifier(block.Name, block.NameSpan), null, statements, block.Span);
    }
}
