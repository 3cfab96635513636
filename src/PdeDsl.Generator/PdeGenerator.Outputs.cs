using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using PdeDsl.Generator.Diagnostics;
using PdeDsl.Generator.Emission;
using PdeDsl.Generator.Extraction;
using PdeDsl.Generator.Model;
using PdeDsl.Language;

namespace PdeDsl.Generator;

/// <summary>The guarded steps of the pipeline: each failure becomes a PDE9999 diagnostic, never an escaped exception.</summary>
public sealed partial class PdeGenerator
{
    internal static GeneratedSource EmitSource(EmitRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var text = ProblemEmitter.Emit(request);
            cancellationToken.ThrowIfCancellationRequested();
            return new GeneratedSource(request.HintName, text, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new GeneratedSource(request.HintName, null, ProblemCompiler.InternalError(e, null));
        }
    }

    private static void Report(SourceProductionContext context, DiagnosticInfo info)
    {
        try
        {
            context.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(info));
        }
        catch (ArgumentException e)
        {
            // A diagnostic Roslyn refuses (a malformed code or place) must still not crash the generator.
            context.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(ProblemCompiler.InternalError(e, null)));
        }
    }

    private static void AddSource(SourceProductionContext context, GeneratedSource source)
    {
        if (source.Error is not null)
        {
            Report(context, source.Error);
            return;
        }
        context.AddSource(source.HintName, source.Text!);
    }

    /// <summary>Runs an extraction; an exception becomes a source that reports PDE9999 on the class.</summary>
    private static AttributeProblemSource? Guarded(Func<AttributeProblemSource?> extract, GeneratorAttributeSyntaxContext context)
    {
        try
        {
            return extract();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var location = LocationInfo.From(context.TargetNode.GetLocation());
            return new AttributeProblemSource(context.TargetSymbol.Name, null, EquatableArray<StatementSource>.Empty,
                EquatableArray<StatementLocation>.Empty, location, EquatableArray.Of(ProblemCompiler.InternalError(e, location)));
        }
    }
}
