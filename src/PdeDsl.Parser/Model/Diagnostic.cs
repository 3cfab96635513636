namespace PdeDsl.Language;

/// <summary>How bad a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    Error,
    Warning,
}

/// <summary>
/// One message about the user's text: a stable code (PDE0001...), a severity, where, and what is wrong
/// and what would be right. Plain data so the generator can carry it through its cache.
/// For the attribute form, <see cref="Statement"/> is the index of the statement (attribute) and
/// <see cref="Argument"/> the index of its string argument that <see cref="Span"/> is relative to;
/// both are -1 for a whole file.
/// </summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, SourceSpan Span, string Message, int Statement = -1, int Argument = -1)
{
    public override string ToString() => $"{Span}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")} {Code}: {Message}";
}
