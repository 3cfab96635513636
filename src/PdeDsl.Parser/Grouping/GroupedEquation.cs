namespace PdeDsl.Language.Grouping;

/// <summary>
/// One equation after the grouping stage: the pde or a condition, as residual = <see cref="Left"/> - <see cref="Right"/>,
/// with every derivative of u inside a product of estimates assigned its noise group (<see cref="BoundDerivative.Group"/>),
/// and its source text and span for comments and diagnostics. <see cref="NoiseGroups"/> is how many independent noise
/// groups its products of estimates read (1: none). What it reads of u is worked out once, by lowering
/// (<c>Lowering.EmitLowering</c>), from these expressions.
/// </summary>
public sealed record GroupedEquation(
    RegionModel Region,
    BoundExpr Left,
    BoundExpr Right,
    string SourceText,
    SourceSpan Span,
    int NoiseGroups = 1);
