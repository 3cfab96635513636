using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace PdeDsl.Tool;

/// <summary>
/// Compiles generated problem classes in memory with Roslyn against the runtime this tool carries
/// (PdeDsl.Runtime, TorchSharp and the framework), as a project's build would.
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
    public static byte[]? Emit(CSharpCompilation compilation, IEnumerable<GeneratorHost.GeneratedFile> files, out IReadOnlyList<Diagnostic> errors)
    {
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, path: f.HintName));
        using var image = new MemoryStream();
        EmitResult result = compilation.AddSyntaxTrees(trees).Emit(image);
        errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return result.Success ? image.ToArray() : null;
    }

    // The framework's assemblies and the tool's own dependencies are all on the trusted platform list;
    // the generated code needs the framework, the runtime and TorchSharp.
    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        var list = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return list
            .Where(path => IsNeeded(Path.GetFileNameWithoutExtension(path)))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
    }

    private static bool IsNeeded(string name) =>
        name is "System" or "netstandard" or "mscorlib" or "PdeDsl.Runtime" or "TorchSharp"
        || name.StartsWith("System.", StringComparison.Ordinal);
}
