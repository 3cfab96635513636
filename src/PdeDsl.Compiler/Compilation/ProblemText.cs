namespace PdeDsl.Compilation;

/// <summary>A problem's text and the path diagnostics print (as the user gave it) beside its full path.</summary>
internal sealed record ProblemText(string Path, string FullPath, string Text)
{
    /// <summary>
    /// The text shown as <paramref name="path"/> (a file name; it need not exist). The generator reads only files named
    /// <c>*.pde</c>, so another name gets that extension behind the scenes; diagnostics still print the name as given.
    /// </summary>
    public static ProblemText Of(string text, string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        return new(path, full.EndsWith(".pde", System.StringComparison.OrdinalIgnoreCase) ? full : full + ".pde", text);
    }
}
