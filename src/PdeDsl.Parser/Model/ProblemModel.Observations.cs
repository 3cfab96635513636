namespace PdeDsl.Language;

public sealed partial record ProblemModel
{
    /// <summary>The problem's <c>observe</c> statements, in order (empty without one).</summary>
    public EquatableArray<ObservationModel> Observations { get; init; } = EquatableArray<ObservationModel>.Empty;
}
