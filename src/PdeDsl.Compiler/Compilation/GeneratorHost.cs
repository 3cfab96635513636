using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PdeDsl.Generator;

namespace PdeDsl.Compilation;

/// <summary>
/// Runs the real source generator (<see cref="PdeGenerator"/>) over one .pde file through a
/// <see cref="CSharpGeneratorDriver"/>, exactly as the compiler does in a project that has the file as an
/// AdditionalFiles item: the same code path, so the same text and the same diagnostics.
/// </summary>
internal static class GeneratorHost
{
    /// <summary>What the generator produced for a file: its sources and the diagnostics it reported.</summary>
    public sealed record Output(IReadOnlyList<GeneratedSource> Files, IReadOnlyList<Diagnostic> Diagnostics)
    {
        public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
    }

    /// <summary>Runs the generator on <paramref name="file"/>, with <paramref name="rootNamespace"/> as the project's RootNamespace.</summary>
    public static Output Run(ProblemText file, string? rootNamespace, CSharpCompilation compilation)
    {
        var text = new PdeAdditionalText(file.FullPath, file.Text);
        var options = new RootNamespaceOptions(rootNamespace);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new PdeGenerator().AsSourceGenerator() },
            new AdditionalText[] { text },
            InMemoryCompiler.ParseOptions,
            options);
        driver = driver.RunGenerators(compilation, CancellationToken.None);
        var result = driver.GetRunResult().Results.Single();
        var files = result.GeneratedSources
            .Select(s => new GeneratedSource(s.HintName, s.SourceText.ToString()))
            .ToList();
        var diagnostics = result.Diagnostics.AddRange(result.Exception is null ? ImmutableArray<Diagnostic>.Empty
            : ImmutableArray.Create(Diagnostic.Create(new DiagnosticDescriptor("PDE9999", "internal error", "{0}", "PdeDsl", DiagnosticSeverity.Error, true), Location.None, result.Exception.Message)));
        return new Output(files, diagnostics);
    }

    private sealed class PdeAdditionalText : AdditionalText
    {
        private readonly SourceText text;

        public PdeAdditionalText(string path, string text)
        {
            Path = path;
            this.text = SourceText.From(text, Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    // build_property.RootNamespace, as the package's props make it visible to the generator.
    private sealed class RootNamespaceOptions : AnalyzerConfigOptionsProvider
    {
        private readonly AnalyzerConfigOptions global;

        public RootNamespaceOptions(string? rootNamespace) => global = new Options(rootNamespace is null
            ? ImmutableDictionary<string, string>.Empty
            : ImmutableDictionary<string, string>.Empty.Add("build_property.RootNamespace", rootNamespace));

        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);
            private readonly ImmutableDictionary<string, string> values;

            public Options(ImmutableDictionary<string, string> values) => this.values = values;

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
                values.TryGetValue(key, out value);
        }
    }
}
