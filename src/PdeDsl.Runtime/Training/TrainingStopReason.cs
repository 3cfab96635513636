namespace PdeDsl;

/// <summary>Why a training run ended.</summary>
public enum TrainingStopReason
{
    /// <summary>All steps ran.</summary>
    Completed,
    /// <summary>The run was cancelled (Ctrl+C); the report and checkpoint were still written.</summary>
    Cancelled,
    /// <summary>A loss was NaN or infinite; the weights were not updated with it and the last good checkpoint was kept.</summary>
    NonFiniteLoss,
    /// <summary>A <c>--until</c> target was reached: the validation loss or the MSE at or below its value.</summary>
    TargetReached,
    /// <summary>The watched measure (MSE with an exact solution, else the validation loss) stopped improving for <see cref="TrainingOptions.Patience"/> validations.</summary>
    Plateau,
    /// <summary>A step failed inside libtorch (an ExternalException); the run ended with the weights of the last completed step, which the report and checkpoint hold.</summary>
    Failed,
}
