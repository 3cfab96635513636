using System.Collections.Generic;
using PdeDsl.Generator.Model;

namespace PdeDsl.Generator.Extraction;

/// <summary>
/// Maps a span inside an attribute argument's value back to the source: through the quotes, escape
/// sequences (<c>\"</c>, <c>\u03bb</c>, ...) of a regular string, the doubled quotes and new lines of a
/// verbatim string, or the quotes of a one-line raw string. Anything else (a constant's name, a
/// concatenation, a multi-line raw string) maps to the whole argument.
/// </summary>
internal static class StringLiteralMap
{
    public static LocationInfo Map(ArgumentSource argument, int offset, int length)
    {
        var raw = argument.RawText;
        var positions = argument.IsStringLiteral ? ValuePositions(raw) : null;
        int start, end;
        if (positions is null)
        {
            (start, end) = (0, raw.Length);
        }
        else
        {
            int count = positions.Count - 1; // the last entry is the closing quote
            int first = Clamp(offset, 0, count);
            int last = Clamp(offset + System.Math.Max(length, 0), first, count);
            start = positions[first];
            end = last > first ? positions[last - 1] + CharWidth(raw, positions, last - 1) : start;
        }
        var (startLine, startColumn) = LineColumn(argument, start);
        var (endLine, endColumn) = LineColumn(argument, end);
        return new LocationInfo(argument.FilePath, argument.Start + start, end - start, startLine, startColumn, endLine, endColumn);
    }

    /// <summary>Raw index of each value character, then of the closing delimiter; null when not a simple literal.</summary>
    private static List<int>? ValuePositions(string raw)
    {
        var positions = new List<int>();
        if (raw.StartsWith("\"\"\"", System.StringComparison.Ordinal))
        {
            int quotes = 0;
            while (quotes < raw.Length && raw[quotes] == '"') quotes++;
            int close = raw.Length - quotes;
            if (close < quotes || raw.IndexOf('\n') >= 0) return null;
            for (int i = quotes; i < close; i++) positions.Add(i);
            positions.Add(close);
            return positions;
        }
        if (raw.StartsWith("@\"", System.StringComparison.Ordinal))
        {
            int i = 2;
            while (i < raw.Length - 1)
            {
                positions.Add(i);
                i += raw[i] == '"' ? 2 : 1;
            }
            positions.Add(raw.Length - 1);
            return positions;
        }
        if (raw.StartsWith("\"", System.StringComparison.Ordinal))
        {
            int i = 1;
            while (i < raw.Length - 1)
            {
                if (raw[i] != '\\') { positions.Add(i); i++; continue; }
                int width = EscapeWidth(raw, i);
                positions.Add(i);
                // \U beyond the basic plane decodes to two UTF-16 units: both map to the escape.
                if (raw[i + 1] == 'U' && i + 10 <= raw.Length && uint.TryParse(raw.Substring(i + 2, 8), System.Globalization.NumberStyles.HexNumber, null, out var cp) && cp > 0xFFFF)
                    positions.Add(i);
                i += width;
            }
            positions.Add(raw.Length - 1);
            return positions;
        }
        return null;
    }

    private static int EscapeWidth(string raw, int i)
    {
        if (i + 1 >= raw.Length) return 1;
        switch (raw[i + 1])
        {
            case 'u': return 6;
            case 'U': return 10;
            case 'x':
                int n = 0;
                while (n < 4 && i + 2 + n < raw.Length - 1 && System.Uri.IsHexDigit(raw[i + 2 + n])) n++;
                return 2 + n;
            default: return 2;
        }
    }

    private static int CharWidth(string raw, List<int> positions, int index)
    {
        int next = positions[index + 1];
        return next > positions[index] ? next - positions[index] : 0;
    }

    private static (int Line, int Column) LineColumn(ArgumentSource argument, int rawOffset)
    {
        int line = argument.Line, lineStart = -1;
        for (int i = 0; i < rawOffset && i < argument.RawText.Length; i++)
        {
            if (argument.RawText[i] == '\n') { line++; lineStart = i; }
        }
        return lineStart < 0 ? (line, argument.Column + rawOffset) : (line, rawOffset - lineStart - 1);
    }

    private static int Clamp(int value, int min, int max) => value < min ? min : value > max ? max : value;
}
