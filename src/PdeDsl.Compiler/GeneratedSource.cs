namespace PdeDsl;

/// <summary>One C# file the source generator emits: its hint name (<c>Demo.Heat.g.cs</c>) and its text.</summary>
public sealed record GeneratedSource(string HintName, string Text);
