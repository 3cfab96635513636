using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace PdeDsl.Compilation;

/// <summary>
/// Compiles generated problem classes in memory with Roslyn against the runtime this process has
/// loaded (PdeDsl.Runtime, TorchSharp and the framework), as a project's build would.
/// </summary>
internal static class InMemoryCompiler
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);

    /// <summary>An empty compilation named <paramref name="assemblyName"/>: the generator runs on it, then the generated trees are added.</summary>
    public static CSharpCompilation Empty(string assemblyName) => CSharpCompilation.Create(
        assemblyName,
        Array.Empty<SyntaxTree>(),
        References.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release,
            nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

    /// <summary>Adds <paramref name="files"/> to <paramref name="compilation"/> and emits the assembly; errors in <paramref name="errors"/>.</summary>
    public static byte[]? Emit(CSharpCompilation compilation, IEnumerable<GeneratedSource> files, out IReadOnlyList<Diagnostic> errors)
    {
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, path: f.HintName));
        using var image = new MemoryStream();
        EmitResult result = compilation.AddSyntaxTrees(trees).Emit(image);
        errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return result.Success ? image.ToArray() : null;
    }

    // The framework's assemblies are on the trusted platform list; the runtime and TorchSharp are taken from where
    // this process loaded them, which is also right in a notebook, whose packages are not on that list.
    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        var framework = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => IsFramework(Path.GetFileNameWithoutExtension(path)));
        var runtime = new[] { typeof(IPdeProblem).Assembly.Location, typeof(TorchSharp.torch).Assembly.Location };
        return framework.Concat(runtime)
            .Distinct(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
    }

    private static bool IsFramework(string name) =>
        name is "System" or "netstandard" or "mscorlib" || name.StartsWith("System.", StringComparison.Ordinal);
}
