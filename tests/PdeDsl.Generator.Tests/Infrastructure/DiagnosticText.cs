using System.Linq;
using Microsoft.CodeAnalysis;

namespace PdeDsl.Generator.Tests.Infrastructure;

/// <summary>Reads a diagnostic's place back from the text it points into.</summary>
public static class DiagnosticText
{
    /// <summary>The text the diagnostic's span covers in <paramref name="text"/>.</summary>
    public static string Covered(Diagnostic diagnostic, string text) =>
        text.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);

    /// <summary>1-based (line, column) of the diagnostic's start, as the compiler prints it.</summary>
    public static (int Line, int Column) Start(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return (start.Line + 1, start.Character + 1);
    }

    /// <summary>1-based (line, column) of the first occurrence of <paramref name="needle"/> in <paramref name="text"/>.</summary>
    public static (int Line, int Column) Find(string text, string needle)
    {
        int index = text.IndexOf(needle, System.StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{needle}' is not in the text");
        var before = text.Substring(0, index);
        int line = before.Count(c => c == '\n') + 1;
        int column = index - (before.LastIndexOf('\n') + 1) + 1;
        return (line, column);
    }
}
