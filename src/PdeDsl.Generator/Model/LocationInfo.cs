using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PdeDsl.Generator.Model;

/// <summary>
/// A place in a file as plain data (path, span, 0-based line positions), so that diagnostics can travel
/// through the incremental cache without holding a syntax tree alive.
/// </summary>
internal sealed record LocationInfo(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static LocationInfo From(string filePath, TextSpan span, LinePositionSpan lines) =>
        new(filePath, span.Start, span.Length, lines.Start.Line, lines.Start.Character, lines.End.Line, lines.End.Character);

    public static LocationInfo? From(Location? location)
    {
        if (location is null || location.SourceTree is null) return null;
        var lines = location.GetLineSpan();
        return From(location.SourceTree.FilePath, location.SourceSpan, lines.Span);
    }

    public Location ToLocation() =>
        Location.Create(FilePath, new TextSpan(Start, Length),
            new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
}
