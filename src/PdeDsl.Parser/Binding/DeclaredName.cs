namespace PdeDsl.Language.Binding;

/// <summary>A name a problem declares, what it is (dim, param, let, coordinate, unknown) and where: errors quote both.</summary>
internal sealed record DeclaredName(string Name, string Kind, SourceSpan Span);
