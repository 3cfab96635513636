using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using PdeDsl.Compilation;

namespace PdeDsl;

/// <summary>
/// Compiles problems written in the PdeDsl language at run time, as a build would: the real parser and source
/// generator, then Roslyn in memory, then the classes loaded into this process beside the runtime. The pdedsl tool's
/// check, emit, train and eval use it; so can programs, tests and notebooks.
/// </summary>
/// <example>
/// <code>
/// var problem = ProblemCompiler.Compile(text).Create();          // PdeCompilationException on errors
/// using var trainer = new Trainer(problem);
/// string snapshot = ProblemCompiler.Generate(text).Text;         // the generated C#, for a snapshot test
/// </code>
/// </example>
public static class ProblemCompiler
{
    private const string DefaultPath = "problem.pde";

    /// <summary>
    /// The compiler's diagnostics for <paramref name="text"/> from the parser and binder alone (no C# is generated or
    /// compiled, so it takes milliseconds): what an editor shows as you type. Empty when the text is fine.
    /// </summary>
    public static IReadOnlyList<PdeDiagnostic> Check(string text, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Language.PdeCompiler.CompileFile(text).Diagnostics.Select(d => PdeDiagnostic.From(path ?? DefaultPath, d)).ToList();
    }

    /// <summary>
    /// The C# the source generator emits for <paramref name="text"/>, byte for byte as in a build, with its
    /// diagnostics. <see cref="GeneratedCode.Text"/> is the string a snapshot test approves.
    /// </summary>
    public static GeneratedCode Generate(string text, ProblemCompileOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= new ProblemCompileOptions();
        var source = ProblemText.Of(text, options.Path ?? DefaultPath);
        var output = GeneratorHost.Run(source, options.RootNamespace, InMemoryCompiler.Empty("PdeDsl.Emit"));
        return new GeneratedCode(output.Files, output.Diagnostics.Select(d => PdeDiagnostic.From(source, d)).ToList());
    }

    /// <summary><see cref="Generate"/> for the file at <paramref name="path"/> (diagnostics print that path).</summary>
    public static GeneratedCode GenerateFile(string path, ProblemCompileOptions? options = null) =>
        Generate(File.ReadAllText(path), (options ?? new ProblemCompileOptions()) with { Path = path });

    /// <summary>
    /// Compiles <paramref name="text"/> and loads its problems into this process. An unchanged text compiles once: later
    /// calls (in this or another process) load the cached assembly. Throws <see cref="PdeCompilationException"/>,
    /// carrying every diagnostic with its line, column and code, when the text has errors.
    /// </summary>
    public static CompiledProblems Compile(string text, ProblemCompileOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= new ProblemCompileOptions();
        var source = ProblemText.Of(text, options.Path ?? DefaultPath);
        var key = AssemblyCache.Key(text, options.RootNamespace);
        var cache = !options.UseCache ? null
            : options.CacheFolder is { } folder ? new AssemblyCache(folder) : AssemblyCache.Default();

        if (cache?.Find(key) is { } cachedPath && TryLoad(cachedPath) is { } cached)
            return new CompiledProblems(source.Path, ProblemTypes(cached), Check(text, source.Path), fromCache: true, () => Generate(text, options).Sources);

        var compilation = InMemoryCompiler.Empty("PdeDsl.Problems." + key);
        var generated = GeneratorHost.Run(source, options.RootNamespace, compilation);
        var diagnostics = generated.Diagnostics.Select(d => PdeDiagnostic.From(source, d)).ToList();
        if (generated.HasErrors) throw new PdeCompilationException(diagnostics);
        var image = InMemoryCompiler.Emit(compilation, generated.Files, out var errors);
        if (image is null) throw new PdeCompilationException(diagnostics.Concat(errors.Select(d => PdeDiagnostic.From(source, d))).ToList());
        var assembly = cache is null ? Assembly.Load(image) : Assembly.LoadFrom(cache.Store(key, image));
        return new CompiledProblems(source.Path, ProblemTypes(assembly), diagnostics, fromCache: false, () => generated.Files);
    }

    /// <summary><see cref="Compile"/> for the file at <paramref name="path"/> (diagnostics print that path).</summary>
    public static CompiledProblems CompileFile(string path, ProblemCompileOptions? options = null) =>
        Compile(File.ReadAllText(path), (options ?? new ProblemCompileOptions()) with { Path = path });

    // A damaged cache file (a disk error, another version's leftovers) is compiled afresh, not an error.
    private static Assembly? TryLoad(string path)
    {
        try { return Assembly.LoadFrom(path); }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or IOException) { return null; }
    }

    private static IReadOnlyList<Type> ProblemTypes(Assembly assembly) => assembly.GetTypes()
        .Where(t => t.IsClass && !t.IsAbstract && typeof(IPdeProblem).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();
}
