using PdeDsl.Language;

namespace PdeDsl.Generator.Model;

/// <summary>A diagnostic as equatable data: its code, severity, message and place (none: no location).</summary>
internal sealed record DiagnosticInfo(string Code, DiagnosticSeverity Severity, string Message, LocationInfo? Location);
