using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PdeDsl.Generator.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="PdeGenerator"/> the way the compiler does: on a C# compilation that references the
/// runtime (attributes, IPdeProblem, TorchSharp), with <c>.pde</c> files as additional texts.
/// </summary>
public static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var ours = new[] { typeof(IPdeProblem).Assembly.Location, typeof(TorchSharp.torch).Assembly.Location };
        return platform.Concat(ours).Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    });

    /// <summary>A compilation of <paramref name="sources"/> (file name, text) as a library with nullable on.</summary>
    public static CSharpCompilation Compilation(params (string Path, string Text)[] sources) =>
        CSharpCompilation.Create(
            "UserProject",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, s.Path)),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(SdkDefaultNoWarn));

    /// <summary>
    /// The .NET SDK's default NoWarn (CS1701, CS1702: a reference built against an older framework, here TorchSharp's
    /// scalar overloads of torch.tensor that mention System.Numerics.Complex): every real build of a user's project has it.
    /// </summary>
    private static readonly Dictionary<string, ReportDiagnostic> SdkDefaultNoWarn = new()
    {
        ["CS1701"] = ReportDiagnostic.Suppress,
        ["CS1702"] = ReportDiagnostic.Suppress,
    };

    /// <summary>A driver for the generator with step tracking on.</summary>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, string? rootNamespace = "UserProject") =>
        CSharpGeneratorDriver.Create(
            new[] { new PdeGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            new TestOptionsProvider(rootNamespace),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once and returns what it produced and the compilation with its output.</summary>
    public static GeneratorRun Run(IEnumerable<(string Path, string Text)> pdeFiles, params (string Path, string Text)[] sources) =>
        Run("UserProject", pdeFiles, sources);

    /// <summary>Runs the generator once with the given RootNamespace (null: the build did not pass one).</summary>
    public static GeneratorRun Run(string? rootNamespace, IEnumerable<(string Path, string Text)> pdeFiles, params (string Path, string Text)[] sources)
    {
        var compilation = Compilation(sources);
        var driver = Driver(pdeFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)), rootNamespace);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver.GetRunResult(), output, generatorDiagnostics);
    }

    /// <summary>Runs the generator on one <c>.pde</c> file.</summary>
    public static GeneratorRun RunFile(string text, string path = "/project/problem.pde") =>
        Run(new[] { (path, text) });
}

/// <summary>One generator run: its result, the compilation with the generated code, and the driver's own diagnostics.</summary>
public sealed record GeneratorRun(GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> DriverDiagnostics)
{
    /// <summary>All diagnostics the generator reported.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

    /// <summary>The generated files' texts by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources =>
        Result.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>The one generated file (fails when there is not exactly one).</summary>
    public string SingleSource => Assert.Single(Sources).Value;

    /// <summary>Exceptions that escaped the generator (Roslyn would turn them into CS8785).</summary>
    public IEnumerable<Exception> Exceptions => Result.Results.Select(r => r.Exception).OfType<Exception>();

    /// <summary>Errors and warnings of compiling the user's code with the generated code.</summary>
    public IEnumerable<Diagnostic> CompilationProblems =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);
}
