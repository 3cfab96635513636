namespace PdeDsl;

/// <summary>One validation point of the run: the step, the training loss there, the validation loss and the elapsed seconds.</summary>
public sealed record TrainingHistoryEntry(int Step, double TrainLoss, double ValidationLoss, double Seconds);
