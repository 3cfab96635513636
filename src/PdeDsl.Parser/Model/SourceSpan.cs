namespace PdeDsl.Language;

/// <summary>A place in the source text: offset and length in characters, 1-based line and column of its start.</summary>
public sealed record SourceSpan(int Offset, int Length, int Line, int Column)
{
    public static SourceSpan None { get; } = new(0, 0, 1, 1);

    public override string ToString() => $"({Line},{Column})";
}
