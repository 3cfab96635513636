namespace PdeDsl.Language.Lowering;

/// <summary>
/// A concrete region: its kind, and the coordinate it names (the face's coordinate, the ball whose sphere it is) and the
/// value written (the face's value, the sphere's radius; null for <c>on boundary</c>); for the boundary of a region, the
/// <see cref="Piece"/> (the shape's name) it is restricted to, or null for all of it.
/// </summary>
public sealed record EmitRegion(EmitRegionKind Kind, string? Coordinate = null, BoundExpr? Value = null, string? Piece = null)
{
    /// <summary>Whether the points lie on the sphere of the ball <see cref="Coordinate"/> (sampled on it, with its outward normal).</summary>
    public bool IsSphere => Kind is EmitRegionKind.BallBoundary or EmitRegionKind.Sphere;
}
