using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using PdeDsl.Generator.Diagnostics;
using PdeDsl.Generator.Model;
using PdeDsl.Language;
using PdeDsl.Language.Lowering;

namespace PdeDsl.Generator.Extraction;

/// <summary>
/// Runs the parser on one source and turns its answer into what the pipeline carries: problems to emit, each lowered
/// to its emit model (the generator reads nothing else of a problem), and diagnostics placed in the user's text. Any failure becomes a PDE9999 diagnostic.
/// </summary>
internal static class ProblemCompiler
{
    public static ParsedProblems CompileFile(PdeFileSource source, CancellationToken cancellationToken)
    {
        var text = SourceText.From(source.Text);
        try
        {
            var result = PdeCompiler.CompileFile(source.Text, source.DefaultNamespace);
            cancellationToken.ThrowIfCancellationRequested();
            var fileName = System.IO.Path.GetFileName(source.Path);
            // The path's hash keeps hint names unique when two folders hold files of one name.
            var origin = fileName + "." + StableHash(source.Path);
            var problems = result.Problems.Select(EmitLowering.Lower).Select(p => new EmitRequest(
                p, HintName(p, origin), fileName, false, EquatableArray<int>.Empty, Place(source.Path, text, p.Span)));
            var diagnostics = result.Diagnostics.Select(d => new DiagnosticInfo(d.Code, d.Severity, d.Message, Place(source.Path, text, d.Span)));
            return new ParsedProblems(problems.ToEquatableArray(), diagnostics.ToEquatableArray());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Failed(e, Place(source.Path, text, SourceSpan.None));
        }
    }

    public static ParsedProblems CompileAttributes(AttributeProblemSource source, CancellationToken cancellationToken)
    {
        try
        {
            if (source.Problems.Count > 0)
                return new ParsedProblems(EquatableArray<EmitRequest>.Empty, source.Problems);
            var result = PdeCompiler.CompileStatements(source.ClassName, source.Namespace, source.Statements);
            cancellationToken.ThrowIfCancellationRequested();
            var lines = EquationLines(source);
            var problems = result.Problems.Select(EmitLowering.Lower).Select(p => new EmitRequest(
                p, HintName(p, "attributes"), "the attributes of " + source.ClassName, true, lines, source.ClassLocation));
            var diagnostics = result.Diagnostics.Select(d => new DiagnosticInfo(d.Code, d.Severity, d.Message, Place(source, d)));
            return new ParsedProblems(problems.ToEquatableArray(), diagnostics.ToEquatableArray());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Failed(e, source.ClassLocation);
        }
    }

    /// <summary>A PDE9999 diagnostic for an exception inside the generator.</summary>
    public static DiagnosticInfo InternalError(Exception e, LocationInfo? location) =>
        new(DiagnosticDescriptors.InternalError, Language.DiagnosticSeverity.Error,
            $"PdeDsl's generator failed ({e.GetType().Name}: {e.Message}). Please report this with the problem's text.", location);

    private static ParsedProblems Failed(Exception e, LocationInfo? location) =>
        new(EquatableArray<EmitRequest>.Empty, EquatableArray.Of(InternalError(e, location)));

    private static LocationInfo Place(string path, SourceText text, SourceSpan span)
    {
        int start = Math.Max(0, Math.Min(span.Offset, text.Length));
        int length = Math.Max(0, Math.Min(span.Length, text.Length - start));
        var textSpan = new TextSpan(start, length);
        return LocationInfo.From(path, textSpan, text.Lines.GetLinePositionSpan(textSpan));
    }

    private static LocationInfo? Place(AttributeProblemSource source, Language.Diagnostic d)
    {
        if (d.Statement < 0 || d.Statement >= source.Locations.Count) return source.ClassLocation;
        var statement = source.Locations[d.Statement];
        if (d.Argument < 0 || d.Argument >= statement.Arguments.Count) return statement.Attribute ?? source.ClassLocation;
        return StringLiteralMap.Map(statement.Arguments[d.Argument], d.Span.Offset, d.Span.Length);
    }

    /// <summary>The 1-based source line of each equation's attribute, pdes first, then conditions (both in source order).</summary>
    private static EquatableArray<int> EquationLines(AttributeProblemSource source)
    {
        var pdes = new List<int>();
        var conditions = new List<int>();
        for (int i = 0; i < source.Statements.Count; i++)
        {
            int line = (source.Locations[i].Attribute?.StartLine ?? -1) + 1;
            if (source.Statements[i].Keyword == "pde") pdes.Add(line);
            else if (source.Statements[i].Keyword == "on") conditions.Add(line);
        }
        return pdes.Concat(conditions).ToEquatableArray();
    }

    /// <summary>FNV-1a of the text as 8 hex digits: the same on every run and machine for the same path.</summary>
    private static string StableHash(string text)
    {
        uint hash = 2166136261;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619;
        }
        return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A hint name unique per problem and source: namespace, problem, origin, letters and digits only.</summary>
    private static string HintName(EmitProblem problem, string origin)
    {
        var raw = (problem.Namespace is { Length: > 0 } ns ? ns + "." : "") + problem.Name + "." + origin;
        var builder = new StringBuilder();
        foreach (var c in raw) builder.Append(c < 128 && (char.IsLetterOrDigit(c) || c == '.' || c == '_' || c == '-') ? c : '_');
        return builder.Append(".g.cs").ToString();
    }
}
