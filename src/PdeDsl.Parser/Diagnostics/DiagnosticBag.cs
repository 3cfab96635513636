using System.Collections.Generic;

namespace PdeDsl.Language.Diagnostics;

/// <summary>
/// Collects errors in the order found, at most one per code and place: an inlined let used three
/// times must not report the same mistake in its body three times.
/// </summary>
internal sealed class DiagnosticBag
{
    private readonly List<(string Code, SourceSpan Span, string Message)> items = new();
    private readonly HashSet<(string, int, int)> seen = new();

    public int Count => items.Count;

    public IReadOnlyList<(string Code, SourceSpan Span, string Message)> Items => items;

    public void Error(string code, SourceSpan span, string message)
    {
        if (seen.Add((code, span.Offset, span.Length))) items.Add((code, span, message));
    }
}
