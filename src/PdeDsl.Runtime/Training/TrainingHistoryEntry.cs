namespace PdeDsl;

/// <summary>
/// One validation point of the run: the step (0: before training), the training loss there (NaN at step 0), the validation loss, the MSE against the exact
/// solution (null without one) and the elapsed seconds.
/// </summary>
public sealed record TrainingHistoryEntry(int Step, double TrainLoss, double ValidationLoss, double? Mse, double Seconds)
{
    /// <summary>The learned params' values at this step (<c>param p = v learn</c>); null when the problem learns none.</summary>
    public System.Collections.Generic.IReadOnlyDictionary<string, double>? LearnedParams { get; init; }
}
