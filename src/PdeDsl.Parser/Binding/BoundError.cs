namespace PdeDsl.Language.Binding;

/// <summary>
/// Stands for an expression that already has its diagnostic, so one mistake is reported once and not
/// again by every operator above it. Never leaves the binder: a problem with an error is not returned.
/// </summary>
internal sealed record BoundError() : BoundExpr(ExprType.Scalar);
