using System;
using System.Linq;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>
/// Averages of independent Stein estimates converge to the exact smoothed derivatives, with an error that
/// shrinks like 1/√repeats: no bias, in either noise mode.
/// </summary>
public sealed class SteinUnbiasednessTests
{
    private const int Repeats = 1024;

    [Theory]
    [InlineData(SteinEstimator.Vanilla, NoiseMode.Shared)]
    [InlineData(SteinEstimator.ControlVariate, NoiseMode.Shared)]
    [InlineData(SteinEstimator.Antithetic, NoiseMode.Shared)]
    [InlineData(SteinEstimator.Antithetic, NoiseMode.PerPoint)]
    public void AveragesConvergeLikeOneOverSqrtRepeats(SteinEstimator estimator, NoiseMode mode)
    {
        using var scope = NewDisposeScope();
        const int d = 10, k = 16;
        const double sigma = 0.5;
        var f = new SineNetwork(d, seed: 17, frequency: 0.8);
        var x = randn(new long[] { 1, d }, dtype: ScalarType.Float64, generator: new Generator(3)) * 0.5;
        var all = Enumerable.Range(0, d).ToArray();
        var request = new DerivativeRequest { Value = true, GradientColumns = new[] { 0 }, LaplacianColumns = all };
        var options = new SteinOptions { Estimator = estimator, Sigma = sigma, Samples = k, NoiseMode = mode };

        // Independent estimates: with per-point noise, one call on the point repeated; with shared noise, one seed each.
        DerivativeResult[] results = mode == NoiseMode.PerPoint
            ? new[] { new SteinBackend(options).Evaluate(f, x.expand(Repeats, d).contiguous(), request) }
            : Enumerable.Range(0, Repeats).Select(seed => new SteinBackend(options with { Seed = seed }).Evaluate(f, x, request)).ToArray();
        Tensor Collect(Func<DerivativeResult, Tensor> pick) => cat(results.Select(r => pick(r).reshape(-1)).ToArray());

        AssertConverges("u", Collect(r => r.RequireValue()), f.Value(x, sigma).item<double>());
        AssertConverges("du/dx0", Collect(r => r.RequireGradient()[.., 0]), f.Partial(x, sigma, 0).item<double>());
        AssertConverges("lap u", Collect(r => r.RequireLaplacian()), f.Laplacian(x, sigma, all).item<double>());
    }

    // With s the spread of single estimates, the mean of r estimates errs by about s/√r: check the mean of all
    // within 5 such standard errors of the exact value, and the root-mean-square error of group means of size
    // 16 and 256 (64 and 4 groups) against s/√r. The RMS of g groups is s/√r·√(χ²_g/g); for g = 4 that ratio
    // lies in [0.1, 2.2] with probability above 0.999, for g = 64 in [0.6, 1.5].
    private static void AssertConverges(string what, Tensor estimates, double exact)
    {
        double spread = estimates.std().item<double>();
        double mean = estimates.mean().item<double>();
        Assert.True(Math.Abs(mean - exact) <= 5 * spread / Math.Sqrt(Repeats),
            $"{what}: mean of {Repeats} estimates {mean:E4} is {Math.Abs(mean - exact) / (spread / Math.Sqrt(Repeats)):F1} standard errors from {exact:E4}.");
        foreach (var (size, low, high) in new[] { (16, 0.6, 1.5), (256, 0.1, 2.2) })
        {
            double rms = (estimates.reshape(-1, size).mean(new long[] { 1 }) - exact).square().mean().sqrt().item<double>();
            double ratio = rms / (spread / Math.Sqrt(size));
            Assert.True(ratio >= low && ratio <= high, $"{what}: RMS error of means of {size} is {ratio:F2} × s/√{size}, outside [{low}, {high}].");
        }
        // And the error does shrink: means of 256 are much closer than single estimates.
        double single = (estimates - exact).abs().mean().item<double>();
        double grouped = (estimates.reshape(-1, 256).mean(new long[] { 1 }) - exact).abs().mean().item<double>();
        Assert.True(grouped < single / 4, $"{what}: means of 256 err by {grouped:E2}, single estimates by {single:E2}.");
    }
}
