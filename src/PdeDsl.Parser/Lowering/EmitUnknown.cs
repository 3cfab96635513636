namespace PdeDsl.Language.Lowering;

/// <summary>An unknown, in network-output order, with its exact solution (<c>exact</c> for the first, <c>exact v = e</c> for others), or null.</summary>
public sealed record EmitUnknown(string Name, BoundExpr? Exact);
