namespace PdeDsl;

/// <summary>How <see cref="ProblemCompiler"/> compiles a problem's text.</summary>
public sealed record ProblemCompileOptions
{
    /// <summary>The file name diagnostics print for the text (default <c>problem.pde</c>; a file's path when compiling a file).</summary>
    public string? Path { get; init; }

    /// <summary>The namespace of problems whose text has no <c>namespace</c> statement (a project's RootNamespace).</summary>
    public string? RootNamespace { get; init; }

    /// <summary>
    /// Where compiled assemblies are kept by content, so compiling an unchanged text again skips Roslyn: this folder,
    /// else <c>$PDEDSL_CACHE</c>, <c>$XDG_CACHE_HOME/pdedsl</c> or <c>~/.cache/pdedsl</c>.
    /// </summary>
    public string? CacheFolder { get; init; }

    /// <summary>False: never read or write the cache (every call compiles).</summary>
    public bool UseCache { get; init; } = true;
}
