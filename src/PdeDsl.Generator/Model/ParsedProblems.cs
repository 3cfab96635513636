using PdeDsl.Language;

namespace PdeDsl.Generator.Model;

/// <summary>What one source (a file or an attributed class) compiled to: the problems to emit and the diagnostics to report.</summary>
internal sealed record ParsedProblems(EquatableArray<EmitRequest> Problems, EquatableArray<DiagnosticInfo> Diagnostics);
