namespace PdeDsl.Language;

/// <summary>A <c>dim</c>: an integer with a default that a run may change.</summary>
public sealed record DimModel(string Name, int DefaultValue, SourceSpan Span);

/// <summary>
/// A <c>param</c>: a real number with a default that a run may change; or, with a <see cref="Length"/>, a vector param:
/// every component <see cref="DefaultValue"/> (<c>param c[n] = 0.5</c>) or, with a <see cref="Law"/> (normal only), drawn
/// once per run from its seed (<c>param c[n] ~ normal(m, s)</c>; mean and deviation are constants).
/// <see cref="Learned"/>: <c>param p = v learn</c>, a trainable scalar that starts at the default and is optimised with the network.
/// </summary>
public sealed record ParamModel(string Name, double DefaultValue, SourceSpan Span, VectorLength? Length = null, LawModel? Law = null)
{
    public bool IsVector => Length is not null;

    /// <summary>Whether the param is trained with the network (<c>learn</c>).</summary>
    public bool Learned { get; init; }
}

/// <summary>
/// A coordinate of the domain, in declaration order (their concatenation is the network input).
/// <see cref="Length"/> is null for a scalar coordinate. Bounds are scalar expressions over params and dims:
/// the interval of an <see cref="CoordinateSet.Interval"/>, minus and plus infinity for <see cref="CoordinateSet.Real"/>,
/// the box around the ball (centre minus and plus radius; infinite when the centre is a vector) for a <see cref="CoordinateSet.Ball"/>.
/// <see cref="Centre"/> and <see cref="Radius"/> describe a ball; <see cref="Law"/> is null for the default law (uniform).
/// </summary>
public sealed record CoordinateModel(string Name, bool IsTime, VectorLength? Length, BoundExpr Lower, BoundExpr Upper, SourceSpan Span,
    CoordinateSet Set = CoordinateSet.Interval, BoundExpr? Centre = null, BoundExpr? Radius = null, LawModel? Law = null)
{
    /// <summary>
    /// True for a coordinate of a <c>periodic</c> statement: a scalar interval over which the solution repeats, so its two
    /// ends are not boundary (the network reads it as cos and sin of its angle).
    /// </summary>
    public bool Periodic { get; init; }

    /// <summary>True for a spatial interval that is not periodic: its ends are faces of the domain's boundary, with normals.</summary>
    public bool HasFaces => !IsTime && Set == CoordinateSet.Interval && !Periodic;

    public bool IsVector => Length is not null;

    /// <summary>True for an interval or a ball: the coordinate has a boundary.</summary>
    public bool IsBounded => Set != CoordinateSet.Real;
}

/// <summary>The set a coordinate ranges over.</summary>
public enum CoordinateSet
{
    /// <summary><c>c in [a, b]</c> (or <c>[a, b]^n</c>, a box).</summary>
    Interval,
    /// <summary><c>c in R</c> or <c>c in R^n</c>: unbounded, drawn from its law.</summary>
    Real,
    /// <summary><c>c in R^n where |c - a| &lt;= r</c>.</summary>
    Ball,
    /// <summary>
    /// A scalar coordinate of <c>(x, y) in region</c> (<see cref="ProblemModel.Regions"/>): drawn with the region's other
    /// coordinates; its bounds are the region's bounding interval along it.
    /// </summary>
    Region,
}

/// <summary>The sampling laws of <c>sample c ~ law</c>.</summary>
public enum LawKind
{
    /// <summary>Uniform over the interval, box or ball (the default).</summary>
    Uniform,
    /// <summary>Normal with a mean and a standard deviation (scalars or vectors of the coordinate's length).</summary>
    Normal,
    /// <summary>A ball's radius uniform in [0, r] and its direction uniform.</summary>
    Radial,
}

/// <summary>
/// The law of a coordinate: for <see cref="LawKind.Normal"/>, its mean and standard deviation, formulas over numbers,
/// params, dims and the coordinates declared before it.
/// </summary>
public sealed record LawModel(LawKind Kind, BoundExpr? Mean, BoundExpr? Deviation, SourceSpan Span);

/// <summary>Where an equation holds.</summary>
public enum RegionKind
{
    /// <summary>The interior of the domain (the pde).</summary>
    Interior,
    /// <summary>All faces of the spatial box, sampled by area.</summary>
    Boundary,
    /// <summary>The face where one scalar coordinate equals a value (t = 0 or t = T: initial or terminal).</summary>
    Face,
    /// <summary>The sphere bounding a ball coordinate (<c>on |x| = r</c>); the value is the radius.</summary>
    Sphere,
}

/// <summary>
/// The region of an equation; for a face, the coordinate and its value; for a sphere, the ball coordinate and its radius.
/// <c>on boundary</c> is <see cref="RegionKind.Boundary"/>: the faces of the bounded intervals, the sphere of the one ball, or the
/// boundary of the region; <c>on boundary of hole</c> is <see cref="RegionKind.Boundary"/> with the <see cref="Piece"/> it names
/// (the shape's name as the region's boundary goes by it).
/// </summary>
public sealed record RegionModel(RegionKind Kind, string? Coordinate, BoundExpr? Value, string? Piece = null);

/// <summary>A second partial by two scalar coordinates (sorted in declaration order; equal for a pure second derivative).</summary>
public sealed record SecondPartialModel(string First, string Second);

/// <summary>
/// One equation as bound: the pde or a condition, as residual = Left - Right (zero when it holds), with its source text
/// and span for comments and diagnostics. Its sides may still hold derivatives of formulas (<see cref="BoundDifferential"/>),
/// which the calculus stage takes (<c>Calculus.CalculusEquation</c>).
/// </summary>
public sealed record EquationModel(
    RegionModel Region,
    BoundExpr Left,
    BoundExpr Right,
    string SourceText,
    SourceSpan Span);

/// <summary>
/// A whole bound problem, the binding stage's output: names resolved and types checked, nothing left to check again.
/// The calculus stage takes it (<c>Calculus.CalculusStage</c>).
/// </summary>
public sealed partial record ProblemModel(
    string Name,
    string? Namespace,
    EquatableArray<DimModel> Dims,
    EquatableArray<ParamModel> Params,
    EquatableArray<CoordinateModel> Coordinates,
    EquatableArray<EquationModel> Pdes,
    EquatableArray<EquationModel> Conditions,
    BoundExpr? Exact,
    SourceSpan Span);
