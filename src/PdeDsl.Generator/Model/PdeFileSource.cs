namespace PdeDsl.Generator.Model;

/// <summary>One <c>.pde</c> file's path and text, with the namespace for problems that do not name one.</summary>
internal sealed record PdeFileSource(string Path, string Text, string? DefaultNamespace);
