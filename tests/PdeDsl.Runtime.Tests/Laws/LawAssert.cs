using System;
using System.Linq;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>
/// Checks of samples against their law, with tolerances derived from the sample size.
///
/// Moments: a column's sample mean over N i.i.d. rows has standard error s/√N, s the column's sample standard deviation.
/// A check passes within Z = 5.5 standard errors: a chance failure has probability about 4e-8 per column (normal tails;
/// N ≥ 2000 makes the mean close to normal), so even 1000 columns fail by chance with probability below 4e-5. The draws are
/// seeded, so a test is deterministic; the bound says a correct sampler passes for almost every seed, while the wrong law
/// (e.g. radial for uniform-in-ball) is off by many standard errors at these N.
///
/// Kolmogorov-Smirnov: values mapped through their CDF are uniform on [0, 1]; the statistic D = sup|F_N − F| exceeds
/// 1.95/√N with probability about 0.001 under the law (Kolmogorov's distribution), and a wrong law gives D of order 1.
/// </summary>
internal static class LawAssert
{
    public const double Z = 5.5;

    /// <summary>The Kolmogorov-Smirnov statistic of <paramref name="cdfValues"/> (1-d: F(sample) for each sample) against U(0, 1).</summary>
    public static double KolmogorovSmirnov(Tensor cdfValues)
    {
        using var scope = NewDisposeScope();
        var v = cdfValues.to(ScalarType.Float64).cpu().flatten().sort().Values;
        long n = v.shape[0];
        var i = arange(1, n + 1, dtype: ScalarType.Float64);
        var above = (i / n - v).max();
        var below = (v - (i - 1) / n).max();
        return Math.Max(above.item<double>(), below.item<double>());
    }

    /// <summary>Asserts that <paramref name="cdfValues"/> look uniform on [0, 1] (KS at about the 0.001 level).</summary>
    public static void UniformByKs(Tensor cdfValues, string what)
    {
        long n = cdfValues.numel();
        double d = KolmogorovSmirnov(cdfValues);
        double critical = 1.95 / Math.Sqrt(n);
        Assert.True(d < critical, $"{what}: Kolmogorov-Smirnov D = {d:G4} over {n} samples exceeds {critical:G4}.");
    }

    /// <summary>Asserts each column mean of <paramref name="values"/> [N, m] equals <paramref name="expected"/> within Z standard errors.</summary>
    public static void ColumnMeans(Tensor values, double expected, string what) => ColumnMeans(values, full(values.shape[1], expected, dtype: ScalarType.Float64), what);

    /// <inheritdoc cref="ColumnMeans(Tensor, double, string)"/>
    public static void ColumnMeans(Tensor values, Tensor expected, string what)
    {
        using var scope = NewDisposeScope();
        var v = values.to(ScalarType.Float64).cpu();
        long n = v.shape[0];
        var mean = v.mean(new long[] { 0 });
        var standardError = v.std(0) / Math.Sqrt(n);
        var deviation = ((mean - expected.to(ScalarType.Float64).cpu()).abs() / standardError.clamp_min(1e-300));
        var worst = deviation.argmax().item<long>();
        double z = deviation[worst].item<double>();
        Assert.True(z <= Z, $"{what}: column {worst} has mean {mean[worst].item<double>():G6}, expected {expected.to(ScalarType.Float64).cpu()[worst].item<double>():G6}, {z:F1} standard errors away (N = {n}).");
    }

    /// <summary>The radii |x − c| [N] in float64.</summary>
    public static Tensor Radii(Tensor points, Tensor center) => (points.to(ScalarType.Float64) - center.to(ScalarType.Float64)).norm(1);

    /// <summary>Products x_i·x_{i+1} of neighbouring columns (i ≠ j second moments), or x_0·x_1 for two columns: [N, m−1].</summary>
    public static Tensor NeighbourProducts(Tensor centred) =>
        centred.narrow(1, 0, centred.shape[1] - 1) * centred.narrow(1, 1, centred.shape[1] - 1);

    /// <summary>Unit directions (x − c)/|x − c| [N, n].</summary>
    public static Tensor Directions(Tensor centred) => centred / centred.norm(1, keepdim: true);
}
