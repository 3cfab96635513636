using System.Collections.Generic;

namespace PdeDsl;

/// <summary>The outcome of <see cref="Trainer.Train"/>.</summary>
public sealed record TrainingResult
{
    /// <summary>Why the run ended.</summary>
    public required TrainingStopReason StopReason { get; init; }

    /// <summary>A sentence for the user when the run did not complete (the NaN step, the cancellation), else null.</summary>
    public string? Message { get; init; }

    /// <summary>Steps completed in total, counting those before a resume.</summary>
    public required int StepsCompleted { get; init; }

    /// <summary>Seconds spent in this run's training loop (validation included).</summary>
    public required double Seconds { get; init; }

    /// <summary>Steps of this run per second.</summary>
    public required double StepsPerSecond { get; init; }

    /// <summary>The validation loss of the final weights.</summary>
    public required double FinalValidationLoss { get; init; }

    /// <summary>Mean squared error of the smoothed model against the exact solution over the validation points; null without an exact solution.</summary>
    public double? Mse { get; init; }

    /// <summary>‖u − u*‖₂/‖u*‖₂ of the smoothed model against the exact solution over the same validation points; null without an exact solution.</summary>
    public double? RelativeL2Error { get; init; }

    /// <summary>
    /// The standard error of <see cref="RelativeL2Error"/> as a Monte Carlo estimate over the validation points
    /// (<see cref="RelativeL2.Estimate"/>); null without an exact solution.
    /// </summary>
    public double? RelativeL2StandardError { get; init; }

    /// <summary>The validation history, one entry per validation.</summary>
    public required IReadOnlyList<TrainingHistoryEntry> History { get; init; }
}
