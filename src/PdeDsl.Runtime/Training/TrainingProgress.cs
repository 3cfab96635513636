using System;

namespace PdeDsl;

/// <summary>What a progress display shows after a step: the step, the losses, the speed and the time left.</summary>
public sealed record TrainingProgress(int Step, int Steps, double TrainLoss, double? ValidationLoss, double Seconds, double StepsPerSecond)
{
    /// <summary>Estimated time to the last step at the current speed.</summary>
    public TimeSpan EstimatedRemaining =>
        StepsPerSecond > 0 ? TimeSpan.FromSeconds((Steps - Step) / StepsPerSecond) : TimeSpan.Zero;
}
