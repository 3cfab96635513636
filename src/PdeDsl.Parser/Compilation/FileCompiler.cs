using System;
using System.Collections.Generic;
using System.Linq;
using PdeDsl.Language.Diagnostics;
using PdeDsl.Language.Grouping;
using PdeDsl.Language.Parsing;
using PdeDsl.Language.Syntax;

namespace PdeDsl.Language.Compilation;

/// <summary>The file form: scan into blocks and statement slices, parse each slice, bind each problem.</summary>
internal static class FileCompiler
{
    public static CompilationResult Compile(string text, string? defaultNamespace)
    {
        var bag = new DiagnosticBag();
        var problems = new List<GroupedProblem>();
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
                    CompileSteps.Report(bag, result);
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
            var model = CompileSteps.Compile(bag, syntax, failed, s => s);
            bool clean = bag.Count == before && !bag.Items.Any(d => d.Span.Offset >= block.Span.Offset && d.Span.Offset <= block.Span.Offset + block.Span.Length);
            if (model is not null && clean) problems.Add(model);
        }
        var diagnostics = bag.Items
            .OrderBy(d => d.Span.Offset)
            .Select(d => new Diagnostic(d.Code, DiagnosticSeverity.Error, d.Span, d.Message));
        return new CompilationResult(problems.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
