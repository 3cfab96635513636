namespace PdeDsl.DefaultsSuite;

/// <summary>
/// One problem's run: how long to the stop (wall and CPU seconds of the whole run: on a shared machine the CPU time is
/// the steadier figure, and with one thread it is what an idle machine's wall time would be), how accurate, how fast,
/// why it stopped, and when a validation first saw MSE at most 1e-3.
/// </summary>
internal sealed record SuiteRow(string Problem, int Inputs, int ExitCode, double Seconds, double WallSeconds, double CpuSeconds, int Steps,
    double StepsPerSecond, double? Mse, string StopReason, int? StepAtTarget, double? SecondsAtTarget, double? RelativeL2Error = null)
{
    /// <summary>The bar: MSE at most 1e-3 at the stop, in under 60 s (of wall time, or of CPU time when the machine is shared).</summary>
    public bool Passes(bool byCpu) => Mse is <= 1e-3 && (byCpu ? CpuSeconds : WallSeconds) < 60;
}
