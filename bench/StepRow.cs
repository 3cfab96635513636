namespace PdeDsl.Bench;

/// <summary>One timed configuration, as the JSON's <c>rows</c> entry. Samples are null for autograd.</summary>
internal sealed record StepRow(
    int Dim, string Backend, int? Samples, int? ValueSamples,
    double MsPerStep, double MsMin, double MsMax, double CpuMsPerStep, int TimedSteps, int WarmupSteps, double PeakMemoryMB);
