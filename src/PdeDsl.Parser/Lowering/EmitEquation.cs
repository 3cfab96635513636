namespace PdeDsl.Language.Lowering;

/// <summary>
/// One loss term: the pde or a condition with its concrete region and final derivative request; its residual, zero where
/// the equation holds (left - right, or left alone when right is 0: the expression printed as tensor code); the source
/// text and span for comments. <see cref="Columns"/>: under the
/// law sampler, how each coordinate is drawn for this term, in declaration order; empty under the box sampler.
/// </summary>
public sealed record EmitEquation(
    bool IsPde,
    EmitRegion Region,
    EmitDerivativeRequest Request,
    BoundExpr Residual,
    string SourceText,
    SourceSpan Span,
    EquatableArray<EmitColumn> Columns);
