namespace PdeDsl.Language;

/// <summary>A region of the plane or of space as drawn: a shape, or two regions combined (docs/language.md, "Regions").</summary>
public abstract record GeometryModel;

/// <summary>
/// A shape with its numbers as constant formulas (numbers, params, dims): a box's sides (lower, upper per axis), a
/// ball's or disk's centre then radius, a polygon's vertices (x, y per vertex). <see cref="Name"/> is the name its
/// boundary goes by (<c>as hole</c>, else the kind: box, disk, ball, polygon).
/// </summary>
public sealed record ShapeModel(ShapeKind Kind, string Name, EquatableArray<BoundExpr> Values, SourceSpan Span) : GeometryModel;

/// <summary><c>Left union Right</c>, <c>Left intersect Right</c> or <c>Left minus Right</c>.</summary>
public sealed record CombinedGeometryModel(GeometryOperation Operation, GeometryModel Left, GeometryModel Right) : GeometryModel;

/// <summary>The shapes of a region.</summary>
public enum ShapeKind
{
    /// <summary><c>box([a1, b1], [a2, b2], ...)</c>.</summary>
    Box,
    /// <summary><c>disk((cx, cy), r)</c> in the plane.</summary>
    Disk,
    /// <summary><c>ball((c1, ..., cd), r)</c> in any dimension.</summary>
    Ball,
    /// <summary><c>polygon((x1, y1), (x2, y2), ...)</c> in the plane, simple.</summary>
    Polygon,
}

/// <summary>How two regions combine.</summary>
public enum GeometryOperation
{
    /// <summary>The points in either.</summary>
    Union,
    /// <summary>The points in both.</summary>
    Intersect,
    /// <summary>The points of the left not in the right.</summary>
    Minus,
}

/// <summary>
/// <c>(x, y) in ...</c>: a region over scalar spatial coordinates, in order (adjacent columns of the input). Each of them
/// is a <see cref="CoordinateModel"/> with <see cref="CoordinateSet.Region"/> and the region's bounding interval.
/// </summary>
public sealed record DomainRegionModel(EquatableArray<string> Coordinates, GeometryModel Geometry, SourceSpan Span);
