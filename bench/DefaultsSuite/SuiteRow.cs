namespace PdeDsl.DefaultsSuite;

/// <summary>One problem's run: how long to the stop, how accurate, how fast, and why it stopped.</summary>
internal sealed record SuiteRow(string Problem, int Inputs, int ExitCode, double Seconds, double WallSeconds, int Steps, double StepsPerSecond, double? Mse, string StopReason)
{
    /// <summary>The bar: MSE at most 1e-3 in under 60 s.</summary>
    public bool Passes => Mse is <= 1e-3 && WallSeconds < 60;
}
