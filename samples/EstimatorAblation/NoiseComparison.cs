using System;
using System.Diagnostics;
using System.Linq;
using TorchSharp;
using static TorchSharp.torch;

namespace PdeDsl.Samples.EstimatorAblation;

/// <summary>
/// Shared against per-point noise for the default antithetic estimator: L1 error against the oracle at
/// each point (the same in expectation: each point's estimate has the same law) and the time of one
/// training-like step (estimate ∇u and Δu at N points, then back-propagate a loss through them).
/// </summary>
public static class NoiseComparison
{
    /// <summary>Prints the comparison for <paramref name="network"/> at points [P, D] with oracle values.</summary>
    public static void Run(Mlp network, Tensor points, Tensor gradient, Tensor laplacian, AblationOptions options, int samples, int batch)
    {
        int d = options.Dim;
        var all = Enumerable.Range(0, d).ToArray();
        var request = new DerivativeRequest { Value = true, GradientColumns = all, LaplacianColumns = all };
        Console.WriteLine();
        Console.WriteLine($"Noise modes, antithetic, K = {samples}, D = {d}, sigma = {options.Sigma}:");
        Console.WriteLine($"{"mode",9} | {"grad L1",10} {"lap L1",10} | wall ms, CPU ms per step (N = {batch}: value, grad, lap, then backward; median of 3)");
        foreach (var mode in new[] { NoiseMode.Shared, NoiseMode.PerPoint })
        {
            double g = 0, l = 0;
            for (int r = 0; r < options.Repeats; r++)
            {
                using var scope = NewDisposeScope();
                using var _ = no_grad();
                var result = new SteinBackend(new SteinOptions { Samples = samples, Sigma = options.Sigma, NoiseMode = mode, Seed = 100 + r })
                    .Evaluate(network, points.to_type(ScalarType.Float32), request);
                g += (result.RequireGradient().to_type(ScalarType.Float64) - gradient).abs().mean().item<double>() / options.Repeats;
                l += (result.RequireLaplacian().to_type(ScalarType.Float64) - laplacian).abs().mean().item<double>() / options.Repeats;
            }
            var backend = new SteinBackend(new SteinOptions { Samples = samples, Sigma = options.Sigma, NoiseMode = mode });
            var batchPoints = rand(new long[] { batch, d }, generator: new Generator(9)).to(points.device);
            var (wall, cpu) = Timed(() =>
            {
                var result = backend.Evaluate(network, batchPoints, request);
                (result.RequireLaplacian() + result.RequireGradient().square().sum(1) - result.RequireValue()).square().mean().backward();
                network.zero_grad();
            });
            Console.WriteLine($"{mode,9} | {g,10:E2} {l,10:E2} | {wall,8:F0} {cpu,8:F0}");
        }
        // Reference: a bare forward+backward of f over the same N·(2K+1) rows, as stacked inputs [N·(2K+1), D].
        var rows = rand(new long[] { batch * (2L * samples + 1), d }, generator: new Generator(10)).to(points.device);
        var (bareWall, bareCpu) = Timed(() =>
        {
            network.forward(rows).square().mean().backward();
            network.zero_grad();
        });
        Console.WriteLine($"{"bare f",9} | {"",10} {"",10} | {bareWall,8:F0} {bareCpu,8:F0} (forward+backward over {rows.shape[0]} rows)");
    }

    // Median wall and process CPU milliseconds of 3 runs after a warm-up; CPU time is less disturbed by other load.
    private static (double Wall, double Cpu) Timed(Action step)
    {
        var process = Process.GetCurrentProcess();
        var runs = new (double Wall, double Cpu)[4];
        for (int i = 0; i < runs.Length; i++)
        {
            using var scope = NewDisposeScope();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            step();
            if (torch.cuda.is_available()) torch.cuda.synchronize(); // GPU work is asynchronous: wait for it
            process.Refresh();
            runs[i] = (clock.Elapsed.TotalMilliseconds, (process.TotalProcessorTime - cpu).TotalMilliseconds);
        }
        return (runs.Skip(1).Select(r => r.Wall).OrderBy(t => t).ElementAt(1), runs.Skip(1).Select(r => r.Cpu).OrderBy(t => t).ElementAt(1));
    }
}
