namespace PdeDsl.Language.Lowering;

/// <summary>How one coordinate's columns of a term's points are drawn under the law sampler, given the term's region.</summary>
public enum EmitColumnLaw
{
    /// <summary>The coordinate of a face: filled with the face's value.</summary>
    Fixed,
    /// <summary>An interval, uniform over it.</summary>
    Uniform,
    /// <summary>An interval of <c>on boundary</c>: drawn with the other intervals on their box's faces, by area.</summary>
    BoxFaces,
    /// <summary>The ball whose sphere the term lies on: uniform on the sphere.</summary>
    UniformSphere,
    /// <summary>A ball with <c>sample x ~ radial</c>: radius uniform, direction uniform.</summary>
    RadialBall,
    /// <summary>A ball, uniform over it.</summary>
    UniformBall,
    /// <summary>An unbounded coordinate: its normal law (mean and deviation may read earlier columns).</summary>
    Normal,
    /// <summary>A coordinate of a region: drawn with the region's other coordinates, uniform inside it.</summary>
    Region,
    /// <summary>A coordinate of a region whose boundary the term lies on: drawn with the others, uniform on it by length (area).</summary>
    RegionBoundary,
}
