namespace PdeDsl.Language.Lowering;

/// <summary>Which runtime sampler a problem's points come from.</summary>
public enum EmitSampler
{
    /// <summary>Every coordinate an interval: the first edition's <c>DomainSampler</c> calls (interior, box faces, one face).</summary>
    Box,
    /// <summary>Some coordinate unbounded or a ball: <c>LawSampler</c>, coordinate by coordinate in declaration order.</summary>
    Laws,
}
