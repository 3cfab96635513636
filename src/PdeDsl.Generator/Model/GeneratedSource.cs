namespace PdeDsl.Generator.Model;

/// <summary>The emitted text of one problem, or the internal error that stopped it.</summary>
internal sealed record GeneratedSource(string HintName, string? Text, DiagnosticInfo? Error);
