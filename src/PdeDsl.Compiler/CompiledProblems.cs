using System;
using System.Collections.Generic;
using System.Linq;

namespace PdeDsl;

/// <summary>
/// The problems a text defines, compiled and loaded into this process: their types, and a way to make one. Made by
/// <see cref="ProblemCompiler.Compile"/>.
/// </summary>
public sealed class CompiledProblems
{
    private readonly string source;
    private readonly Lazy<IReadOnlyList<GeneratedSource>> sources;

    internal CompiledProblems(string source, IReadOnlyList<Type> problemTypes, IReadOnlyList<PdeDiagnostic> diagnostics, bool fromCache,
        Func<IReadOnlyList<GeneratedSource>> generate)
    {
        this.source = source;
        sources = new Lazy<IReadOnlyList<GeneratedSource>>(generate);
        ProblemTypes = problemTypes;
        Diagnostics = diagnostics;
        FromCache = fromCache;
    }

    /// <summary>The problem classes, ordered by full name.</summary>
    public IReadOnlyList<Type> ProblemTypes { get; }

    /// <summary>The problems' names (<c>problem NAME</c> in the text).</summary>
    public IReadOnlyList<string> Names => ProblemTypes.Select(t => t.Name).ToList();

    /// <summary>The compiler's warnings (a text with errors throws <see cref="PdeCompilationException"/> instead).</summary>
    public IReadOnlyList<PdeDiagnostic> Diagnostics { get; }

    /// <summary>
    /// The C# the generator emitted for the text (the files compiled): kept from the compilation, or generated again on
    /// first use when the assembly came from the cache (the same text gives the same files).
    /// </summary>
    public IReadOnlyList<GeneratedSource> Sources => sources.Value;

    /// <summary>Whether the assembly came from the cache (no generator or Roslyn ran).</summary>
    public bool FromCache { get; }

    /// <summary>
    /// The problem class named <paramref name="name"/> (its name or full name), or the only one when
    /// <paramref name="name"/> is null. <see cref="ArgumentException"/> names the problems there are when that is not one.
    /// </summary>
    public Type ProblemType(string? name = null)
    {
        if (ProblemTypes.Count == 0) throw new ArgumentException($"{source} defines no problem");
        var names = string.Join(", ", Names);
        if (name is null)
        {
            if (ProblemTypes.Count > 1) throw new ArgumentException($"{source} defines several problems ({names}): name one");
            return ProblemTypes[0];
        }
        return ProblemTypes.FirstOrDefault(t => t.Name == name || t.FullName == name)
            ?? throw new ArgumentException($"{source} has no problem '{name}'; it defines {names}");
    }

    /// <summary>A new instance of the problem <see cref="ProblemType"/> chooses (params at their declared values).</summary>
    public IPdeProblem Create(string? name = null) => (IPdeProblem)Activator.CreateInstance(ProblemType(name))!;
}
