using System;
using System.Collections.Generic;
using Sprache;

namespace PdeDsl.Language.Parsing;

/// <summary>
/// A Sprache input over a slice [start, end) of a text, carrying absolute offsets and the line and
/// column of each position, so a statement parsed on its own still reports where it sits in the file.
/// </summary>
internal sealed class TextInput : IInput
{
    private readonly int end;
    private IDictionary<object, object>? memos;

    public TextInput(string source, int start, int end, int line, int column)
    {
        Source = source;
        Position = start;
        this.end = end;
        Line = line;
        Column = column;
    }

    /// <summary>The whole of <paramref name="text"/>, starting at line 1, column 1.</summary>
    public static TextInput Of(string text) => new(text, 0, text.Length, 1, 1);

    public string Source { get; }

    public int Position { get; }

    public int Line { get; }

    public int Column { get; }

    public int End => end;

    public bool AtEnd => Position >= end;

    public char Current => AtEnd ? '\0' : Source[Position];

    public IDictionary<object, object> Memos => memos ??= new Dictionary<object, object>();

    public IInput Advance()
    {
        if (AtEnd) throw new InvalidOperationException("The input is already at its end.");
        return Current == '\n'
            ? new TextInput(Source, Position + 1, end, Line + 1, 1)
            : new TextInput(Source, Position + 1, end, Line, Column + 1);
    }

    /// <summary>The same position with a different end (to parse a sub-slice).</summary>
    public TextInput WithEnd(int newEnd) => new(Source, Position, newEnd, Line, Column);

    public bool Equals(IInput? other) =>
        other is TextInput t && ReferenceEquals(t.Source, Source) && t.Position == Position && t.end == end;

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => Position ^ (end << 16);

    public override string ToString() => $"({Line},{Column})";
}
