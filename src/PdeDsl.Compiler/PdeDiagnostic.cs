using System.Globalization;
using System.IO;

namespace PdeDsl;

/// <summary>
/// One diagnostic of a problem's text: where (file as given, 1-based line and column), how bad, which code
/// (<c>PDE0010</c>; <c>CS....</c> for the rare error of the compiled C#) and what. <see cref="ToString"/> prints it as a
/// build does: <c>heat.pde(10,24): error PDE0010: ...</c>.
/// </summary>
public sealed record PdeDiagnostic(string File, int Line, int Column, bool IsError, string Code, string Message)
{
    /// <summary>How many characters of the line the diagnostic covers from <see cref="Column"/> (0 when unknown).</summary>
    public int Length { get; init; }

    /// <summary>The build's format: <c>file(line,column): error CODE: message</c>.</summary>
    public override string ToString() => $"{File}({Line},{Column}): {(IsError ? "error" : "warning")} {Code}: {Message}";

    /// <summary>From the parser's diagnostic of the text shown as <paramref name="file"/>.</summary>
    internal static PdeDiagnostic From(string file, Language.Diagnostic d) =>
        new(file, d.Span.Line, d.Span.Column, d.Severity == Language.DiagnosticSeverity.Error, d.Code, d.Message) { Length = d.Span.Length };

    /// <summary>From a Roslyn diagnostic (the generator's, or the in-memory compilation's) about <paramref name="source"/>.</summary>
    internal static PdeDiagnostic From(Compilation.ProblemText source, Microsoft.CodeAnalysis.Diagnostic d)
    {
        var span = d.Location.GetMappedLineSpan();
        var path = !span.IsValid ? source.Path
            : Path.GetFullPath(span.Path) == source.FullPath ? source.Path : span.Path;
        return new(path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1,
            d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error, d.Id, d.GetMessage(CultureInfo.InvariantCulture))
        {
            Length = span.IsValid && span.EndLinePosition.Line == span.StartLinePosition.Line ? span.EndLinePosition.Character - span.StartLinePosition.Character : 0,
        };
    }
}
