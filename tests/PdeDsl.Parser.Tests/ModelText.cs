using PdeDsl.Language.Grouping;

namespace PdeDsl.Language.Tests;

/// <summary>Models compared without where they came from: spans and source texts name places in one text.</summary>
internal static class ModelText
{
    public static GroupedProblem WithoutSources(GroupedProblem p) => p with
    {
        Span = SourceSpan.None,
        Dims = p.Dims.Select(d => d with { Span = SourceSpan.None }).ToEquatableArray(),
        Params = p.Params.Select(d => d with { Span = SourceSpan.None }).ToEquatableArray(),
        Coordinates = p.Coordinates.Select(d => d with { Span = SourceSpan.None, Law = d.Law is null ? null : d.Law with { Span = SourceSpan.None } }).ToEquatableArray(),
        Pdes = p.Pdes.Select(e => e with { Span = SourceSpan.None, SourceText = "" }).ToEquatableArray(),
        Conditions = p.Conditions.Select(e => e with { Span = SourceSpan.None, SourceText = "" }).ToEquatableArray(),
        Regions = p.Regions.Select(r => r with { Span = SourceSpan.None, Geometry = WithoutSources(r.Geometry) }).ToEquatableArray(),
    };

    public static GeometryModel WithoutSources(GeometryModel g) => g switch
    {
        ShapeModel s => s with { Span = SourceSpan.None },
        CombinedGeometryModel c => c with { Left = WithoutSources(c.Left), Right = WithoutSources(c.Right) },
        _ => g,
    };
}
