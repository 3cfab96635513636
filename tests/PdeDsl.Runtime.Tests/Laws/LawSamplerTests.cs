using System;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>
/// Each law of <see cref="LawSampler"/> against its distribution at n = 2 and n = 1000 (tolerances: <see cref="LawAssert"/>).
/// Draws are float64 on the CPU so rounding does not blur the statistics; N = 20,000 points at n = 2, 2,000 at n = 1000.
/// </summary>
public sealed class LawSamplerTests
{
    private static readonly Device Cpu = CPU;
    private const ScalarType F64 = ScalarType.Float64;

    private static int PointsFor(int n) => n <= 2 ? 20_000 : 2_000;

    // A centre that is not the origin, so a sampler that forgets it fails: 0-d at n = 2, a vector at n = 1000.
    private static Tensor CenterFor(int n) => n <= 2 ? tensor(0.75, dtype: F64) : linspace(-1, 1, n, dtype: F64);

    [Theory]
    [InlineData(2)]
    [InlineData(1000)]
    public void UniformBallFollowsItsLaw(int n)
    {
        using var scope = NewDisposeScope();
        const double r = 2.5;
        int count = PointsFor(n);
        var center = CenterFor(n);
        var x = LawSampler.UniformBall(count, n, center, r, new Generator(11), Cpu, F64);
        Assert.Equal(new long[] { count, n }, x.shape);
        var centred = x - center;
        var rho = centred.norm(1);
        Assert.True(rho.max().item<double>() <= r * (1 + 1e-12), "a point lies outside the ball");
        // Radius CDF (ρ/r)^n: mapped through it the radii are uniform.
        LawAssert.UniformByKs((rho / r).pow(n), $"uniform-ball radius, n = {n}");
        // E[x − c] = 0, E[(x_i − c_i)²] = r²/(n+2) (E ρ² = r² n/(n+2), shared by n components), E[(x_i − c_i)(x_j − c_j)] = 0.
        LawAssert.ColumnMeans(centred, 0, "uniform-ball mean");
        LawAssert.ColumnMeans(centred.square(), r * r / (n + 2), "uniform-ball second moment");
        LawAssert.ColumnMeans(LawAssert.NeighbourProducts(centred), 0, "uniform-ball cross moment");
        AssertUniformDirections(centred, n, "uniform ball");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(1000)]
    public void RadialBallHasUniformRadiusAndDirection(int n)
    {
        using var scope = NewDisposeScope();
        const double r = 0.5;
        int count = PointsFor(n);
        var center = CenterFor(n);
        var x = LawSampler.RadialBall(count, n, center, r, new Generator(12), Cpu, F64);
        var centred = x - center;
        var rho = centred.norm(1);
        Assert.True(rho.max().item<double>() <= r * (1 + 1e-12), "a point lies outside the ball");
        LawAssert.UniformByKs(rho / r, $"radial radius, n = {n}");
        // E ρ² = r²/3 for ρ uniform in [0, r], so E[(x_i − c_i)²] = r²/(3n).
        LawAssert.ColumnMeans(centred, 0, "radial mean");
        LawAssert.ColumnMeans(centred.square(), r * r / (3 * n), "radial second moment");
        LawAssert.ColumnMeans(LawAssert.NeighbourProducts(centred), 0, "radial cross moment");
        AssertUniformDirections(centred, n, "radial");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(1000)]
    public void SphereIsUniformOnTheSphere(int n)
    {
        using var scope = NewDisposeScope();
        const double r = 3;
        int count = PointsFor(n);
        var center = CenterFor(n);
        var x = LawSampler.UniformSphere(count, n, center, r, new Generator(13), Cpu, F64);
        var centred = x - center;
        var rho = centred.norm(1);
        Assert.True((rho - r).abs().max().item<double>() < 1e-12 * r, "a point is off the sphere");
        LawAssert.ColumnMeans(centred, 0, "sphere mean");
        LawAssert.ColumnMeans(centred.square(), r * r / n, "sphere second moment");
        LawAssert.ColumnMeans(LawAssert.NeighbourProducts(centred), 0, "sphere cross moment");
        if (n == 2)
        {
            // On the circle the angle is uniform in (−π, π].
            var angle = atan2(centred[.., 1], centred[.., 0]);
            LawAssert.UniformByKs((angle + Math.PI) / (2 * Math.PI), "circle angle");
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(1000)]
    public void NormalWithPerRowStandardDeviation(int n)
    {
        using var scope = NewDisposeScope();
        int count = PointsFor(n);
        var generator = new Generator(14);
        // std = sqrt(2t) with t uniform in [0, 1], as in `sample x ~ normal(0, sqrt(2*t))`; a fifth of the rows have t = 0.
        var t = LawSampler.Uniform(count, 1, 0, 1, generator, Cpu, F64);
        t[TensorIndex.Slice(0, count / 5)] = tensor(0.0, dtype: F64);
        var std = (2 * t).sqrt();                                     // [count, 1]
        var mean = n <= 2 ? tensor(new[] { 1.5, -2.0 }, dtype: F64) : tensor(0.25, dtype: F64);
        var x = LawSampler.Normal(count, n, mean, std, generator, Cpu, F64);
        Assert.Equal(new long[] { count, n }, x.shape);
        // std = 0 is a point mass at the mean.
        var pointMass = x.narrow(0, 0, count / 5);
        Assert.True((pointMass - mean).abs().max().item<double>() == 0, "a row with std 0 is not at the mean");
        // The other rows, standardised, are N(0, 1): KS against Φ, mean 0, second moment 1, no correlation.
        var rest = count - count / 5;
        var z = (x.narrow(0, count / 5, rest) - mean) / std.narrow(0, count / 5, rest);
        LawAssert.UniformByKs(0.5 * (1 + (z / Math.Sqrt(2)).erf()), $"standardised normal, n = {n}");
        LawAssert.ColumnMeans(z, 0, "standardised normal mean");
        LawAssert.ColumnMeans(z.square(), 1, "standardised normal second moment");
        LawAssert.ColumnMeans(LawAssert.NeighbourProducts(z), 0, "standardised normal cross moment");
        // Unstandardised: E[x_i − m_i] = 0 and E[(x_i − m_i)²] = E[std²] = 2 E[t] over all rows.
        LawAssert.ColumnMeans(x - mean, 0, "normal mean");
        // Pooled over all entries: Σ(x − m)² has mean n·Σstd² and variance 2n·Σstd⁴ (independent normals), so its ratio to
        // the mean has standard error √(2n·Σstd⁴)/(n·Σstd²).
        double sumVariance = std.square().sum().item<double>();
        double ratio = (x - mean).square().sum().item<double>() / (n * sumVariance);
        double standardError = Math.Sqrt(2.0 * n * std.pow(4).sum().item<double>()) / (n * sumVariance);
        Assert.True(Math.Abs(ratio - 1) < LawAssert.Z * standardError, $"the variance does not follow the per-row std: ratio {ratio}");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(1000)]
    public void UniformFollowsItsInterval(int n)
    {
        using var scope = NewDisposeScope();
        int count = PointsFor(n);
        const double a = -1, b = 3;
        var x = LawSampler.Uniform(count, n, a, b, new Generator(15), Cpu, F64);
        Assert.True(x.min().item<double>() >= a && x.max().item<double>() < b, "a point lies outside the interval");
        LawAssert.UniformByKs((x - a) / (b - a), $"uniform, n = {n}");
        LawAssert.ColumnMeans(x, (a + b) / 2, "uniform mean");
        LawAssert.ColumnMeans((x - (a + b) / 2).square(), (b - a) * (b - a) / 12, "uniform variance");
    }

    [Fact]
    public void UniformBallStaysFiniteAndInsideAtOneHundredThousandDimensions()
    {
        using var scope = NewDisposeScope();
        const int n = 100_000;
        const double r = 1.5;
        var center = tensor(0.5f);
        var x = LawSampler.UniformBall(16, n, center, r, new Generator(16), Cpu, ScalarType.Float32);
        Assert.Equal(ScalarType.Float32, x.dtype);
        Assert.True(x.isfinite().all().item<bool>(), "a coordinate is not finite");
        var rho = LawAssert.Radii(x, center);
        // float32 rounding of a unit vector over 1e5 components: relative error well below 1e-4.
        Assert.True(rho.max().item<double>() <= r * (1 + 1e-4), $"a point lies outside the ball: radius {rho.max().item<double>()}");
        // In volume, nearly all mass is near the surface: ρ/r = U^(1/n) > 0.999 unless U < e^(−100), so it is not collapsed to 0.
        Assert.True(rho.min().item<double>() > 0.999 * r * (1 - 1e-4), $"radius {rho.min().item<double>()} is too small for n = {n}");
    }

    [Fact]
    public void KolmogorovSmirnovRejectsTheWrongRadiusLaw()
    {
        // The radial law's radii under the uniform-in-ball CDF: the test this file relies on must be able to fail.
        using var scope = NewDisposeScope();
        var x = LawSampler.RadialBall(20_000, 2, tensor(0.0, dtype: F64), 1, new Generator(17), Cpu, F64);
        double d = LawAssert.KolmogorovSmirnov(x.norm(1).square());
        Assert.True(d > 10 * 1.95 / Math.Sqrt(20_000), $"D = {d} should be large for the wrong law");
    }

    [Fact]
    public void SameGeneratorSeedGivesSamePoints()
    {
        using var scope = NewDisposeScope();
        var a = LawSampler.UniformBall(50, 7, tensor(0.0), 1, new Generator(5), Cpu, ScalarType.Float32);
        var b = LawSampler.UniformBall(50, 7, tensor(0.0), 1, new Generator(5), Cpu, ScalarType.Float32);
        Assert.True(a.eq(b).all().item<bool>());
        var c = LawSampler.UniformBall(50, 7, tensor(0.0), 1, new Generator(6), Cpu, ScalarType.Float32);
        Assert.False(a.eq(c).all().item<bool>());
    }

    [Fact]
    public void ArgumentsOutOfRangeAreRejectedClearly()
    {
        using var scope = NewDisposeScope();
        var g = new Generator(1);
        var c = tensor(0.0);
        Assert.Contains("negative", Assert.Throws<ArgumentException>(() => LawSampler.Uniform(-1, 2, 0, 1, g, Cpu, F64)).Message);
        Assert.Contains("length", Assert.Throws<ArgumentException>(() => LawSampler.Normal(3, 0, c, c, g, Cpu, F64)).Message);
        Assert.Contains("radius", Assert.Throws<ArgumentException>(() => LawSampler.UniformBall(3, 2, c, 0, g, Cpu, F64)).Message);
        Assert.Contains("radius", Assert.Throws<ArgumentException>(() => LawSampler.RadialBall(3, 2, c, double.NaN, g, Cpu, F64)).Message);
        Assert.Contains("radius", Assert.Throws<ArgumentException>(() => LawSampler.UniformSphere(3, 2, c, double.PositiveInfinity, g, Cpu, F64)).Message);
        Assert.Contains("bounds", Assert.Throws<ArgumentException>(() => LawSampler.Uniform(3, 2, 1, 0, g, Cpu, F64)).Message);
        Assert.Contains("does not broadcast", Assert.Throws<ArgumentException>(() => LawSampler.UniformBall(3, 2, zeros(5), 1, g, Cpu, F64)).Message);
        Assert.Contains("does not broadcast", Assert.Throws<ArgumentException>(() => LawSampler.Normal(3, 2, c, ones(4, 1), g, Cpu, F64)).Message);
        Assert.Equal(new long[] { 0, 4 }, LawSampler.Normal(0, 4, c, c, g, Cpu, F64).shape);
    }

    // Directions (x − c)/|x − c|: mean 0 and E[u_i²] = 1/n.
    private static void AssertUniformDirections(Tensor centred, int n, string law)
    {
        var u = LawAssert.Directions(centred);
        LawAssert.ColumnMeans(u, 0, $"{law} mean direction");
        LawAssert.ColumnMeans(u.square(), 1.0 / n, $"{law} direction second moment");
    }
}
