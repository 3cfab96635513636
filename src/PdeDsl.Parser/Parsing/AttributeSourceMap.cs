using System.Collections.Generic;
using System.Text;

namespace PdeDsl.Language.Parsing;

/// <summary>
/// The attribute form's arguments laid end to end in one virtual text (separated by a new line), so the
/// parser and binder work in one offset space; each span maps back to its statement, argument and
/// offset within the argument. Lines and columns are counted from each argument's start.
/// </summary>
internal sealed class AttributeSourceMap
{
    private readonly List<(int Start, int End, int Statement, int Argument)> ranges = new();
    private readonly Dictionary<(int, int), int> rangeOf = new();
    private readonly string text;

    public AttributeSourceMap(EquatableArray<StatementSource> statements)
    {
        var builder = new StringBuilder();
        for (int s = 0; s < statements.Count; s++)
        {
            var arguments = statements[s]?.Arguments ?? EquatableArray<string>.Empty;
            for (int a = 0; a < arguments.Count; a++)
            {
                if (builder.Length > 0) builder.Append('\n');
                int start = builder.Length;
                builder.Append(arguments[a] ?? "");
                rangeOf[(s, a)] = ranges.Count;
                ranges.Add((start, builder.Length, s, a));
            }
        }
        text = builder.ToString();
    }

    /// <summary>The input over argument <paramref name="argument"/> of statement <paramref name="statement"/>.</summary>
    public TextInput Input(int statement, int argument)
    {
        var r = ranges[rangeOf[(statement, argument)]];
        return new TextInput(text, r.Start, r.End, 1, 1);
    }

    /// <summary>The text of one argument as given.</summary>
    public string Argument(int statement, int argument)
    {
        var r = ranges[rangeOf[(statement, argument)]];
        return text.Substring(r.Start, r.End - r.Start);
    }

    /// <summary>A span outside every argument, for problem-level messages (it maps to statement -1).</summary>
    public SourceSpan Nowhere => new(text.Length + 1, 0, 1, 1);

    /// <summary>The statement and argument a span falls in, and the span relative to that argument.</summary>
    public (int Statement, int Argument, SourceSpan Span) Locate(SourceSpan span)
    {
        foreach (var r in ranges)
            if (span.Offset >= r.Start && span.Offset <= r.End)
                return (r.Statement, r.Argument, new SourceSpan(span.Offset - r.Start, span.Length, span.Line, span.Column));
        return (-1, -1, SourceSpan.None);
    }

    public SourceSpan Relative(SourceSpan span) => Locate(span).Span;
}
