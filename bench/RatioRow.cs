namespace PdeDsl.Bench;

/// <summary>Autograd's step time over Stein's (the main Stein setting) at one dim, by wall and by CPU time; Extrapolated: autograd's time is.</summary>
internal sealed record RatioRow(int Dim, int Samples, int ValueSamples, double AutogradOverStein, double AutogradOverSteinCpu, bool Extrapolated);
