namespace PdeDsl.Language.Lowering;

/// <summary>One coordinate of a term's points and the law its columns are drawn from (see <see cref="EmitColumnLaw"/>).</summary>
public sealed record EmitColumn(string Coordinate, EmitColumnLaw Law);
