using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace PdeDsl.Tool;

/// <summary><c>check --format json</c>: diagnostics as a JSON array of {file, line, column, severity, code, message}, for editors.</summary>
internal static class DiagnosticJson
{
    public static string Write(IEnumerable<PdeDiagnostic> lines) => JsonSerializer.Serialize(
        lines.Select(l => new Dictionary<string, object>
        {
            ["file"] = l.File, ["line"] = l.Line, ["column"] = l.Column,
            ["severity"] = l.IsError ? "error" : "warning", ["code"] = l.Code, ["message"] = l.Message,
        }),
        new JsonSerializerOptions { WriteIndented = true });
}
