using static TorchSharp.torch;

namespace PdeDsl.Bench;

/// <summary>
/// Autograd's step at a dim too large to run whole: timed with the Laplacian over <c>m/2</c> and <c>m</c> columns,
/// then extended along the line through both to all n columns (cost per column is the same backward pass).
/// </summary>
internal static class AutogradExtrapolation
{
    /// <summary>Both measurements and the line's value at n columns (time, CPU time and peak memory).</summary>
    public sealed record Result(int Dim, int HalfColumns, int Columns, double HalfMs, double Ms, double HalfCpuMs, double CpuMs, double HalfPeakMB, double PeakMB,
        double ExtrapolatedMs, double ExtrapolatedCpuMs, double ExtrapolatedPeakMB);

    public static Result Run(BenchOptions o, IPdeProblem problem, int columns, int steps, int warmup, Device device)
    {
        int n = problem.InputDimension - 1, half = columns / 2;
        var training = BenchTraining.Options(o, "autograd", o.Variants[0], steps, steps);
        var low = StepTiming.Run(new LaplacianSubsetProblem(problem, half), training, warmup, steps, device);
        var high = StepTiming.Run(new LaplacianSubsetProblem(problem, columns), training, warmup, steps, device);
        double Line(double atHalf, double atFull) => atFull + (atFull - atHalf) * (n - columns) / (columns - half);
        return new Result(n, half, columns, low.Wall.Median, high.Wall.Median, low.Cpu.Median, high.Cpu.Median, low.PeakMB, high.PeakMB,
            Line(low.Wall.Median, high.Wall.Median), Line(low.Cpu.Median, high.Cpu.Median), Line(low.PeakMB, high.PeakMB));
    }
}
