namespace PdeDsl.Language.Binding;

/// <summary>
/// A coordinate's type as names see it (time or space, scalar or vector of <see cref="Length"/>): known before its
/// bounds are bound, because bounds and laws are formulas that may use the other coordinates.
/// </summary>
internal sealed record ScopeCoordinate(string Name, bool IsTime, VectorLength? Length);
