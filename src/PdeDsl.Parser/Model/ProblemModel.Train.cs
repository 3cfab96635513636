namespace PdeDsl.Language;

public sealed partial record ProblemModel
{
    /// <summary>The training defaults of the problem's <c>train</c> statements, in order (empty without one).</summary>
    public EquatableArray<TrainSettingModel> TrainSettings { get; init; } = EquatableArray<TrainSettingModel>.Empty;
}
