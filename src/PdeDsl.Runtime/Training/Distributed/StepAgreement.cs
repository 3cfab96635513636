namespace PdeDsl;

/// <summary>What all ranks agree on after a step's all-reduce: the loss averaged over ranks, and whether any rank asked to stop.</summary>
/// <param name="MeanLoss">The mean of the ranks' losses (NaN or infinite if any rank's was).</param>
/// <param name="Stop">Whether any rank was asked to stop (Ctrl+C, a signal, rank 0's --until target): every rank then stops after this step.</param>
/// <param name="TargetMet">Whether the stop is rank 0's: its validation met an --until target or plateau.</param>
public readonly record struct StepAgreement(double MeanLoss, bool Stop, bool TargetMet = false);
