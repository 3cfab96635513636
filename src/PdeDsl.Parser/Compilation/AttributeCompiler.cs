using System;
using System.Collections.Generic;
using System.Linq;
using PdeDsl.Language.Diagnostics;
using PdeDsl.Language.Grouping;
using PdeDsl.Language.Parsing;
using PdeDsl.Language.Syntax;
using Sprache;

namespace PdeDsl.Language.Compilation;

/// <summary>
/// The attribute form: each statement is a keyword with its string arguments; the arguments share one
/// offset space (<see cref="AttributeSourceMap"/>) and every diagnostic names its statement and argument.
/// </summary>
internal static class AttributeCompiler
{
    public static CompilationResult Compile(string problemName, string? @namespace, EquatableArray<StatementSource> statements)
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
            if (!StatementParser.Keywords.Contains(keyword) && keyword != "learn")
            {
                structural.Add(new Diagnostic(DiagnosticCodes.ExpectedStatement, DiagnosticSeverity.Error, SourceSpan.None,
                    $"'{source?.Keyword}' is not a statement: the statements are dim, param, let, domain, sample, pde, on and exact", s));
                continue;
            }
            int[] allowed = keyword switch { "dim" or "param" or "on" => new[] { 1, 2 }, "learn" or "observe" => new[] { 2 }, _ => new[] { 1 } };
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
                CompileSteps.Report(bag, parsed);
                failed.Add(keyword);
            }
        }
        var name = problemName ?? "";
        var problem = new ProblemSyntax(new Identifier(name, map.Nowhere), @namespace, syntax.ToEquatableArray(), map.Nowhere);
        GroupedProblem? model = null;
        if (!(Lexer.IsNameStart(name.FirstOrDefault()) && name.All(Lexer.IsNamePart)))
            structural.Add(new Diagnostic(DiagnosticCodes.Syntax, DiagnosticSeverity.Error, SourceSpan.None,
                $"'{name}' is not a problem name: a name starts with a letter and holds letters, digits and '_'"));
        else
            model = CompileSteps.Compile(bag, problem, failed, map.Relative);
        var diagnostics = structural.Concat(bag.Items.Select(d =>
        {
            var (statement, argument, span) = map.Locate(d.Span);
            return new Diagnostic(d.Code, DiagnosticSeverity.Error, span, d.Message, statement, argument);
        })).OrderBy(d => d.Statement).ThenBy(d => d.Argument).ThenBy(d => d.Span.Offset).ToList();
        var problems = model is not null && diagnostics.Count == 0 ? EquatableArray.Of(model) : EquatableArray<GroupedProblem>.Empty;
        return new CompilationResult(problems, diagnostics.ToEquatableArray());
    }

    private static string AttributeShape(string keyword, int count) => keyword switch
    {
        "dim" => $"a dim attribute takes its name and value, as in [Dim(\"n\", 100)], but it has {count} arguments",
        "param" => $"a param attribute takes its name and value, as in [Param(\"lambda\", 1.0)], but it has {count} arguments",
        "on" => $"a condition attribute takes where it holds and its equation, as in [Condition(\"boundary\", \"u = 0\")], but it has {count} arguments",
        "learn" => $"a learned param attribute takes its name and starting value, as in [Learn(\"kappa\", 0.5)], but it has {count} arguments",
        "observe" => $"an observation attribute takes the file and the observed unknowns, as in [Observe(\"heat.csv\", \"u\")], but it has {count} arguments",
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
        if (keyword == "observe") return ObserveParser.FromArguments(map.Input(s, 0), map.Input(s, 1));
        var name = StatementParser.NameArgument(map.Input(s, 0), $"the {(keyword == "learn" ? "param" : keyword)}'s name");
        if (!name.WasSuccessful) return Recast(name);
        var value = StatementParser.NumberArgument(map.Input(s, 1));
        if (!value.WasSuccessful) return Recast(value);
        // [Learn("kappa", 0.5)] is param kappa = 0.5 learn.
        var statement = StatementParser.DimOrParam(keyword == "learn" ? "param" : keyword, name.Value, value.Value);
        return Result.Success(statement is ParamSyntax p && keyword == "learn" ? p with { Learn = true } : statement, value.Remainder);
    }

    private static IResult<StatementSyntax> Recast(IResult<object> failure) => ParseFailure.As<StatementSyntax>(failure);
}
