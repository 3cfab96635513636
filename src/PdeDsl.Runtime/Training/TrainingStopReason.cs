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
}
