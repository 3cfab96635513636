namespace PdeDsl.Language.Calculus;

/// <summary>
/// One equation after the calculus stage: the pde or a condition, as residual = <see cref="Left"/> - <see cref="Right"/>,
/// where every derivative of a formula has been taken and an ansatz substituted, so both sides read u only through
/// derivatives of order at most two (<see cref="BoundDerivative"/>). <see cref="CalculusProblem"/> checks that no
/// derivative of a formula is left.
/// </summary>
internal sealed record CalculusEquation(RegionModel Region, BoundExpr Left, BoundExpr Right, string SourceText, SourceSpan Span);
