namespace PdeDsl.Compilation;

/// <summary>A problem's text and the path diagnostics print (as the user gave it) beside its full path.</summary>
internal sealed record ProblemText(string Path, string FullPath, string Text)
{
    /// <summary>The text shown as <paramref name="path"/> (a file name; it need not exist).</summary>
    public static ProblemText Of(string text, string path) => new(path, System.IO.Path.GetFullPath(path), text);
}
