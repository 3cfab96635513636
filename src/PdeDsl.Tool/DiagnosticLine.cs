using System.IO;
using System.Linq;
using System.Text.Json;
using System.Collections.Generic;

namespace PdeDsl.Tool;

/// <summary>One diagnostic of a file, printable in the build's format (<c>heat.pde(10,24): error PDE0010: ...</c>) or as JSON.</summary>
internal sealed record DiagnosticLine(string File, int Line, int Column, bool IsError, string Code, string Message)
{
    public override string ToString() => $"{File}({Line},{Column}): {(IsError ? "error" : "warning")} {Code}: {Message}";

    /// <summary>From the parser's diagnostic of <paramref name="file"/>.</summary>
    public static DiagnosticLine From(PdeSourceFile file, Language.Diagnostic d) =>
        new(file.Path, d.Span.Line, d.Span.Column, d.Severity == Language.DiagnosticSeverity.Error, d.Code, d.Message);

    /// <summary>From a Roslyn diagnostic (the generator's, or the in-memory compilation's) about <paramref name="file"/>.</summary>
    public static DiagnosticLine From(PdeSourceFile file, Microsoft.CodeAnalysis.Diagnostic d)
    {
        var span = d.Location.GetMappedLineSpan();
        var path = !span.IsValid ? file.Path
            : Path.GetFullPath(span.Path) == file.FullPath ? file.Path : span.Path;
        return new(path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1,
            d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error, d.Id, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The lines as a JSON array of {file, line, column, severity, code, message}, for editors.</summary>
    public static string Json(IEnumerable<DiagnosticLine> lines) => JsonSerializer.Serialize(
        lines.Select(l => new Dictionary<string, object>
        {
            ["file"] = l.File, ["line"] = l.Line, ["column"] = l.Column,
            ["severity"] = l.IsError ? "error" : "warning", ["code"] = l.Code, ["message"] = l.Message,
        }),
        new JsonSerializerOptions { WriteIndented = true });
}
