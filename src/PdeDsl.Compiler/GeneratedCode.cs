using System.Collections.Generic;
using System.Linq;

namespace PdeDsl;

/// <summary>
/// What the source generator emits for a problem's text, byte for byte as in a build: the files and the diagnostics.
/// <see cref="Text"/> is the one string a snapshot test approves.
/// </summary>
public sealed class GeneratedCode
{
    internal GeneratedCode(IReadOnlyList<GeneratedSource> sources, IReadOnlyList<PdeDiagnostic> diagnostics)
    {
        Sources = sources;
        Diagnostics = diagnostics;
    }

    /// <summary>The generated files, in the generator's order.</summary>
    public IReadOnlyList<GeneratedSource> Sources { get; }

    /// <summary>The generator's diagnostics (the compiler's, with file, line, column and code).</summary>
    public IReadOnlyList<PdeDiagnostic> Diagnostics { get; }

    /// <summary>Whether any diagnostic is an error (a problem with errors has no source; the others still do).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>
    /// Every generated file's text, one after the other (the same on every machine: hint names, which carry a hash of the
    /// file's full path, are left out; each file's header names its problem and file name). Throws
    /// <see cref="PdeCompilationException"/> when the text has errors, so a snapshot test of a broken problem fails
    /// with the compiler's messages rather than approving nothing.
    /// </summary>
    public string Text => HasErrors
        ? throw new PdeCompilationException(Diagnostics)
        : string.Join("\n", Sources.Select(s => s.Text));
}
