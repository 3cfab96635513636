namespace PdeDsl.Language;

public sealed partial record ProblemModel
{
    /// <summary>The regions of the domain (<c>(x, y) in box(...) minus disk(...)</c>); at most one for now.</summary>
    public EquatableArray<DomainRegionModel> Regions { get; init; } = EquatableArray<DomainRegionModel>.Empty;
}
