namespace PdeDsl.Language.Syntax;

/// <summary>A region as written after <c>(x, y) in</c>: a shape, or two regions combined.</summary>
internal abstract record GeometrySyntax(SourceSpan Span);

/// <summary>
/// <c>box([0, 1], [0, 1])</c>, <c>disk((0.5, 0.5), 0.2) as hole</c>: the shape's <see cref="Kind"/> as written, its
/// arguments (checked by the binder) and the name given with <c>as</c>, if any.
/// </summary>
internal sealed record ShapeSyntax(Identifier Kind, EquatableArray<ShapeArgumentSyntax> Arguments, Identifier? Alias, SourceSpan Span) : GeometrySyntax(Span);

/// <summary><c>A union B</c>, <c>A intersect B</c>, <c>A minus B</c>, with the operator's span.</summary>
internal sealed record CombinedGeometrySyntax(GeometryOperation Operation, GeometrySyntax Left, GeometrySyntax Right, SourceSpan OperatorSpan, SourceSpan Span)
    : GeometrySyntax(Span);

/// <summary>
/// One argument of a shape: an interval <c>[a, b]</c>, a point <c>(a, b)</c> (two or more values) or one formula.
/// </summary>
internal sealed record ShapeArgumentSyntax(ShapeArgumentForm Form, EquatableArray<ExprSyntax> Values, SourceSpan Span);

/// <summary>How a shape's argument is written.</summary>
internal enum ShapeArgumentForm
{
    /// <summary>One formula: a radius.</summary>
    Scalar,
    /// <summary><c>[a, b]</c>: a side of a box.</summary>
    Interval,
    /// <summary><c>(a, b)</c>: a centre or a vertex.</summary>
    Point,
}

/// <summary>
/// <c>(x, y) in box(...) minus disk(...)</c>: the scalar coordinates of one region, in order, and the region. Each of
/// its coordinates' <see cref="CoordinateSyntax"/> points here.
/// </summary>
internal sealed record RegionDomainSyntax(EquatableArray<Identifier> Coordinates, GeometrySyntax Geometry, SourceSpan Span);
