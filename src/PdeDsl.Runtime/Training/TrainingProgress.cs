using System;

namespace PdeDsl;

/// <summary>What a progress display shows after a step: the step, the losses, the speed and the time left.</summary>
public sealed record TrainingProgress(int Step, int Steps, double TrainLoss, double? ValidationLoss, double Seconds, double StepsPerSecond)
{
    /// <summary>
    /// A running mean (exponential, over about the last 50 steps) of the plain squared residuals, Σ weight·mean(r̂²): never
    /// negative, unlike <see cref="TrainLoss"/> when it is the unbiased r₁·r₂; it contains the estimator's variance. NaN until the first step.
    /// </summary>
    public double RunningSquareLoss { get; init; } = double.NaN;

    /// <summary>The learned params' values after the step (<c>param p = v learn</c>); null when the problem learns none.</summary>
    public System.Collections.Generic.IReadOnlyDictionary<string, double>? LearnedParams { get; init; }

    /// <summary>Estimated time to the last step at the current speed.</summary>
    public TimeSpan EstimatedRemaining =>
        StepsPerSecond > 0 ? TimeSpan.FromSeconds((Steps - Step) / StepsPerSecond) : TimeSpan.Zero;
}
