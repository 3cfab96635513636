namespace PdeDsl.Bench;

/// <summary>
/// One timed configuration, as the JSON's <c>rows</c> entry. Samples are null for autograd. An extrapolated autograd row
/// (<see cref="AutogradExtrapolation"/>) has no min or max, and says from how many Laplacian columns it was extended.
/// </summary>
internal sealed record StepRow(
    int Dim, string Backend, int? Samples, int? ValueSamples,
    double MsPerStep, double? MsMin, double? MsMax, double CpuMsPerStep, int TimedSteps, int WarmupSteps, double PeakMemoryMB,
    bool Extrapolated = false, int? LaplacianColumnsTimed = null);
