namespace PdeDsl.Language.Syntax;

/// <summary>A name as written, with where it was written.</summary>
internal sealed record Identifier(string Text, SourceSpan Span);
