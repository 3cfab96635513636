namespace PdeDsl.Language;

/// <summary>A <c>dim</c>: an integer with a default that a run may change.</summary>
public sealed record DimModel(string Name, int DefaultValue, SourceSpan Span);

/// <summary>A <c>param</c>: a real number with a default that a run may change.</summary>
public sealed record ParamModel(string Name, double DefaultValue, SourceSpan Span);

/// <summary>
/// A coordinate of the domain, in declaration order (their concatenation is the network input).
/// <see cref="Length"/> is null for a scalar coordinate. Bounds are scalar expressions over params and dims.
/// </summary>
public sealed record CoordinateModel(string Name, bool IsTime, VectorLength? Length, BoundExpr Lower, BoundExpr Upper, SourceSpan Span)
{
    public bool IsVector => Length is not null;
}

/// <summary>Where an equation holds.</summary>
public enum RegionKind
{
    /// <summary>The interior of the domain (the pde).</summary>
    Interior,
    /// <summary>All faces of the spatial box, sampled by area.</summary>
    Boundary,
    /// <summary>The face where one scalar coordinate equals a value (t = 0 or t = T: initial or terminal).</summary>
    Face,
}

/// <summary>The region of an equation; for a face, the coordinate and its value.</summary>
public sealed record RegionModel(RegionKind Kind, string? Coordinate, BoundExpr? Value);

/// <summary>
/// The derivatives of u that one equation needs, by coordinate name: the runtime estimates all of
/// them from one batched evaluation. Gradient and Laplacian are over all spatial coordinates.
/// </summary>
public sealed record DerivativeRequestModel(
    bool Value,
    EquatableArray<string> FirstPartials,
    bool Gradient,
    bool Laplacian,
    EquatableArray<SecondPartialModel> SecondPartials);

/// <summary>A second partial by two scalar coordinates (sorted in declaration order; equal for a pure second derivative).</summary>
public sealed record SecondPartialModel(string First, string Second);

/// <summary>
/// One equation: the pde or a condition, as residual = Left - Right (zero when it holds),
/// with its source text and span for comments and diagnostics.
/// </summary>
public sealed record EquationModel(
    RegionModel Region,
    BoundExpr Left,
    BoundExpr Right,
    DerivativeRequestModel Request,
    string SourceText,
    SourceSpan Span);

/// <summary>A whole bound problem: what the generator emits from without checking anything again.</summary>
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

/// <summary>The result of compiling one text: the problems that bound, and every diagnostic.</summary>
public sealed record CompilationResult(EquatableArray<ProblemModel> Problems, EquatableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors
    {
        get
        {
            foreach (var d in Diagnostics)
                if (d.Severity == DiagnosticSeverity.Error) return true;
            return false;
        }
    }
}
