namespace PdeDsl.Language.Lowering;

/// <summary>
/// Where an equation's points lie, resolved against the domain: <c>on boundary</c> is either the box faces of the
/// intervals or the sphere of the one ball, so the emitter never looks at the domain to tell which.
/// </summary>
public enum EmitRegionKind
{
    /// <summary>The interior of the domain (the pde).</summary>
    Interior,
    /// <summary><c>on boundary</c> of the intervals: all faces of their box, sampled by area; outward box normals.</summary>
    BoxFaces,
    /// <summary>One scalar coordinate fixed at a value (<c>on t = 0</c>); box normals.</summary>
    Face,
    /// <summary><c>on boundary</c> of a domain whose one bounded spatial part is a ball: that ball's sphere.</summary>
    BallBoundary,
    /// <summary><c>on |x - a| = r</c>: the sphere of a ball coordinate, written as such.</summary>
    Sphere,
    /// <summary>
    /// <c>on boundary</c> of a domain with a region, or <c>on boundary of hole</c>: the region's boundary (the named shape's
    /// part of it), sampled by the runtime's <c>Region</c>, which also gives the outward normal there.
    /// </summary>
    RegionBoundary,
}
