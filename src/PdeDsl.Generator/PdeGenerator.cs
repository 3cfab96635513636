using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PdeDsl.Generator.Diagnostics;
using PdeDsl.Generator.Emission;
using PdeDsl.Generator.Extraction;
using PdeDsl.Generator.Model;
using PdeDsl.Language;

namespace PdeDsl.Generator;

/// <summary>
/// Compiles problems written in <c>.pde</c> files (AdditionalFiles) or as PdeDsl attributes on partial
/// classes into C# classes implementing <c>PdeDsl.IPdeProblem</c>. This file only wires the pipeline:
/// read (plain data) -> parse (problems + diagnostics) -> two branches: report diagnostics, emit code.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PdeGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var rootNamespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var ns) && !string.IsNullOrWhiteSpace(ns) ? ns.Trim() : null)
            .WithTrackingName(TrackingNames.RootNamespace);

        var files = context.AdditionalTextsProvider
            .Where(static file => FileExtractor.IsPdeFile(file))
            .Combine(rootNamespace)
            .Select(static (pair, ct) => FileExtractor.Read(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.ReadFile)
            .Select(static (source, ct) => ProblemCompiler.CompileFile(source, ct))
            .WithTrackingName(TrackingNames.ParseFile);
        RegisterOutputs(context, files);

        RegisterOutputs(context, Attributes(context, "PdeAttribute", TrackingNames.ExtractAttributes));
        // A class with [Domain] but no [Pde] is still read, so that the user hears that the pde is missing.
        RegisterOutputs(context, Attributes(context, "DomainAttribute", TrackingNames.ExtractDomainOnly));
    }

    private static IncrementalValuesProvider<ParsedProblems> Attributes(IncrementalGeneratorInitializationContext context, string attribute, string trackingName) =>
        context.SyntaxProvider
            .ForAttributeWithMetadataName(
                "PdeDsl." + attribute,
                static (node, _) => node is ClassDeclarationSyntax,
                (ctx, ct) => Guarded(() => AttributeExtractor.Extract(ctx, attribute, ct), ctx))
            .WithTrackingName(trackingName)
            .Where(static source => source is not null)
            .Select(static (source, ct) => ProblemCompiler.CompileAttributes(source!, ct))
            .WithTrackingName(TrackingNames.ParseAttributes);

    private static void RegisterOutputs(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<ParsedProblems> parsed)
    {
        var diagnostics = parsed
            .Select(static (p, _) => p.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (spc, list) =>
        {
            foreach (var info in list) spc.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(info));
        });

        var sources = parsed
            .SelectMany(static (p, _) => p.Problems)
            .Select(static (request, ct) => EmitSource(request, ct))
            .WithTrackingName(TrackingNames.Emit);
        context.RegisterSourceOutput(sources, static (spc, source) => AddSource(spc, source));
    }

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

    private static void AddSource(SourceProductionContext context, GeneratedSource source)
    {
        if (source.Error is not null)
        {
            context.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(source.Error));
            return;
        }
        try
        {
            context.AddSource(source.HintName, source.Text!);
        }
        catch (ArgumentException e)
        {
            // Two problems with one name in one namespace, from two files of one name.
            context.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(ProblemCompiler.InternalError(e, null)));
        }
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
