using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
public sealed partial class PdeGenerator : IIncrementalGenerator
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
        var attributes = Attributes(context, "PdeAttribute", TrackingNames.ExtractAttributes);
        // A class with [Domain] but no [Pde] is still read, so that the user hears that the pde is missing.
        var domainOnly = Attributes(context, "DomainAttribute", TrackingNames.ExtractDomainOnly);

        // Every problem's full name, to turn two problems of one name into one error instead of a merged class.
        var names = Names(files).Combine(Names(attributes)).Combine(Names(domainOnly))
            .Select(static (all, _) => ProblemNames.Merge(all.Left.Left, all.Left.Right, all.Right))
            .WithTrackingName(TrackingNames.ProblemNames);

        RegisterOutputs(context, files, names);
        RegisterOutputs(context, attributes, names);
        RegisterOutputs(context, domainOnly, names);
    }

    private static IncrementalValueProvider<System.Collections.Immutable.ImmutableArray<ProblemName>> Names(IncrementalValuesProvider<ParsedProblems> parsed) =>
        parsed.SelectMany(static (p, _) => p.Problems).Select(static (r, _) => ProblemNames.Of(r)).Collect();

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

    private static void RegisterOutputs(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<ParsedProblems> parsed, IncrementalValueProvider<EquatableArray<ProblemName>> names)
    {
        var diagnostics = parsed
            .Select(static (p, _) => p.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (spc, list) =>
        {
            foreach (var info in list) Report(spc, info);
        });

        var sources = parsed
            .SelectMany(static (p, _) => p.Problems)
            .Combine(names)
            .Select(static (pair, ct) => ProblemNames.Earlier(pair.Left, pair.Right) is { } earlier
                ? new GeneratedSource(pair.Left.HintName, null, ProblemNames.Duplicate(pair.Left, earlier))
                : EmitSource(pair.Left, ct))
            .WithTrackingName(TrackingNames.Emit);
        context.RegisterSourceOutput(sources, static (spc, source) => AddSource(spc, source));
    }
}
