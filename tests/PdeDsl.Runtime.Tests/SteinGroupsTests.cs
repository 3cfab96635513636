using System;
using System.Linq;
using TorchSharp.Modules;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>
/// Noise groups: group g estimates every requested quantity from its own slice of the K noise vectors of the same
/// forward pass, so products of estimates from different groups are unbiased, and the all-sample estimates stay what
/// they were without groups.
/// </summary>
public sealed class SteinGroupsTests
{
    private static readonly DerivativeRequest Everything = new()
    {
        Value = true,
        FirstPartials = new[] { 2 },
        GradientColumns = new[] { 4, 0 },
        LaplacianColumns = new[] { 1, 3 },
        SecondPartials = new[] { (2, 2), (0, 1) },
    };

    [Fact]
    public void EachGroupIsTheBruteForceEstimateOverItsSliceOfTheNoise()
    {
        using var scope = NewDisposeScope();
        const int k = 10, groups = 3;
        const double sigma = 0.1;
        var net = new Mlp(5, width: 12, depth: 3, seed: 3, precision: Precision.Float64);
        var x = rand(new long[] { 1, 5 }, dtype: ScalarType.Float64, generator: new Generator(1));
        var result = new SteinBackend(new SteinOptions { Samples = k, Seed = 5, Sigma = sigma })
            .Evaluate(net, x, new DerivativeRequest { Value = true, GradientColumns = new[] { 4, 0 }, LaplacianColumns = new[] { 1, 3 }, Groups = groups });
        Assert.Equal(groups, result.Groups.Count);

        // The backend's noise, drawn again from the same seed; slices [0, 3), [3, 6), [6, 10).
        var xi = randn(new long[] { k, 5 }, dtype: ScalarType.Float64, generator: new Generator(5));
        int[] bounds = { 0, 3, 6, 10 };
        for (int g = 0; g < groups; g++)
        {
            var slice = xi[bounds[g]..bounds[g + 1]];
            var plus = net.forward(x + sigma * slice);
            var minus = net.forward(x - sigma * slice);
            var center = net.forward(x);
            var gradient = ((plus - minus).unsqueeze(1) * slice).mean(new long[] { 0 }) / (2 * sigma);
            var laplacian = ((plus + minus - 2 * center) * (slice[.., 1].square() + slice[.., 3].square() - 2)).mean() / (2 * sigma * sigma);
            var part = result.Groups[g];
            AutogradBackendTests.AssertClose(stack(new[] { gradient[4], gradient[0] }).unsqueeze(0), part.RequireGradient(), 1e-10);
            AutogradBackendTests.AssertClose(laplacian.reshape(1), part.RequireLaplacian(), 1e-10);
            AutogradBackendTests.AssertClose(((plus + minus) / 2).mean().reshape(1), part.RequireValue(), 1e-12);
            Assert.Empty(part.Groups);
        }
    }

    [Theory]
    [InlineData(SteinEstimator.Vanilla, NoiseMode.Shared, 12, 2)]
    [InlineData(SteinEstimator.ControlVariate, NoiseMode.Shared, 12, 4)]
    [InlineData(SteinEstimator.Antithetic, NoiseMode.Shared, 10, 3)]
    [InlineData(SteinEstimator.Antithetic, NoiseMode.PerPoint, 12, 2)]
    [InlineData(SteinEstimator.ControlVariate, NoiseMode.PerPoint, 9, 2)]
    public void AllSampleEstimatesAreThoseWithoutGroups(SteinEstimator estimator, NoiseMode mode, int k, int groups)
    {
        using var scope = NewDisposeScope();
        var net = new Mlp(5, width: 12, depth: 2, seed: 4, precision: Precision.Float64);
        var x = rand(new long[] { 6, 5 }, dtype: ScalarType.Float64, generator: new Generator(2));
        var options = new SteinOptions { Estimator = estimator, NoiseMode = mode, Samples = k, Seed = 9 };
        var plain = new SteinBackend(options).Evaluate(net, x, Everything);
        var grouped = new SteinBackend(options).Evaluate(net, x, new DerivativeRequest
        {
            Value = true, FirstPartials = Everything.FirstPartials, GradientColumns = Everything.GradientColumns,
            LaplacianColumns = Everything.LaplacianColumns, SecondPartials = Everything.SecondPartials, Groups = groups,
        });
        Assert.Empty(plain.Groups);
        Assert.Equal(groups, grouped.Groups.Count);
        AutogradBackendTests.AssertClose(plain.RequireValue(), grouped.RequireValue(), 1e-12);
        AutogradBackendTests.AssertClose(plain.RequireFirstPartial(2), grouped.RequireFirstPartial(2), 1e-10);
        AutogradBackendTests.AssertClose(plain.RequireGradient(), grouped.RequireGradient(), 1e-10);
        AutogradBackendTests.AssertClose(plain.RequireLaplacian(), grouped.RequireLaplacian(), 1e-9);
        AutogradBackendTests.AssertClose(plain.RequireSecondPartial(2, 2), grouped.RequireSecondPartial(2, 2), 1e-9);
        AutogradBackendTests.AssertClose(plain.RequireSecondPartial(0, 1), grouped.RequireSecondPartial(0, 1), 1e-9);
        // Groups are estimates of their own: they differ from each other.
        Assert.True((grouped.Groups[0].RequireLaplacian() - grouped.Groups[1].RequireLaplacian()).abs().max().item<double>() > 1e-6);
    }

    [Fact]
    public void TwoGroupsSplitTheSquaredGradientNormLikeTheHalves()
    {
        using var scope = NewDisposeScope();
        var net = new Mlp(5, width: 12, depth: 2, seed: 4, precision: Precision.Float64);
        var x = rand(new long[] { 6, 5 }, dtype: ScalarType.Float64, generator: new Generator(2));
        var options = new SteinOptions { Samples = 16, Seed = 9 };
        var columns = new[] { 0, 1, 2, 3, 4 };
        var plain = new SteinBackend(options).Evaluate(net, x, new DerivativeRequest { GradientColumns = columns, GradientSquaredNorm = true });
        var grouped = new SteinBackend(options).Evaluate(net, x, new DerivativeRequest { GradientColumns = columns, GradientSquaredNorm = true, Groups = 2 });
        // Two groups are the two halves: ĝ_A·ĝ_B is the same product either way; each group splits its own 8 samples again.
        AutogradBackendTests.AssertClose(plain.RequireGradientSquaredNorm(), grouped.RequireGradientSquaredNorm(), 1e-10);
        AutogradBackendTests.AssertClose(plain.RequireGradient(), grouped.RequireGradient(), 1e-10);
        foreach (var part in grouped.Groups)
            Assert.NotNull(part.GradientSquaredNorm);
    }

    [Fact]
    public void GroupsCostNoExtraNetworkEvaluations()
    {
        using var scope = NewDisposeScope();
        var net = new CountingNetwork(new Mlp(4, width: 8, depth: 2, seed: 1, precision: Precision.Float64));
        var x = rand(new long[] { 3, 4 }, dtype: ScalarType.Float64, generator: new Generator(1));
        var backend = new SteinBackend(new SteinOptions { Samples = 8 });
        backend.Evaluate(net, x, new DerivativeRequest { Value = true, LaplacianColumns = new[] { 0, 1 } });
        long without = net.Evaluations;
        backend.Evaluate(net, x, new DerivativeRequest { Value = true, LaplacianColumns = new[] { 0, 1 }, Groups = 4 });
        Assert.Equal(3 * (2 * 8 + 1), without);
        Assert.Equal(2 * without, net.Evaluations);
    }

    // Products of estimates from two groups average to the product of the exact values; the square of one estimate
    // does not (its mean adds the variance). Closed form: the smoothed sine network's Laplacian.
    [Fact]
    public void ProductOfTwoGroupsIsUnbiasedWhereTheSquareIsNot()
    {
        using var scope = NewDisposeScope();
        const int d = 20, k = 8, repeats = 4096;
        const double sigma = 0.3;
        var f = new SineNetwork(d, seed: 7, frequency: 1.0);
        var x = randn(new long[] { 1, d }, dtype: ScalarType.Float64, generator: new Generator(3)) * 0.5;
        var all = Enumerable.Range(0, d).ToArray();
        double exact = f.Laplacian(x, sigma, all).item<double>();
        // Per-point noise on the point repeated: `repeats` independent draws in one call.
        var result = new SteinBackend(new SteinOptions { Samples = k, Sigma = sigma, NoiseMode = NoiseMode.PerPoint, Seed = 1 })
            .Evaluate(f, x.expand(repeats, d).contiguous(), new DerivativeRequest { LaplacianColumns = all, Groups = 2 });
        var product = result.Groups[0].RequireLaplacian() * result.Groups[1].RequireLaplacian();
        var square = result.RequireLaplacian().square();
        double standardError = product.std().item<double>() / Math.Sqrt(repeats);
        double productOff = Math.Abs(product.mean().item<double>() - exact * exact) / standardError;
        double squareOff = (square.mean().item<double>() - exact * exact) / (square.std().item<double>() / Math.Sqrt(repeats));
        Assert.True(productOff < 4, $"the group product's mean is {productOff:F1} standard errors from lap(u)^2 = {exact * exact:E3}");
        Assert.True(squareOff > 10, $"the square of one estimate should be biased upward by many standard errors, was {squareOff:F1}");
    }

    [Fact]
    public void WithoutIndependentGroupsEveryGroupIsTheAllSampleEstimate()
    {
        using var scope = NewDisposeScope();
        var net = new Mlp(3, width: 8, depth: 2, seed: 2, precision: Precision.Float64);
        var x = rand(new long[] { 4, 3 }, dtype: ScalarType.Float64, generator: new Generator(2));
        var result = new SteinBackend(new SteinOptions { Samples = 8, IndependentGroups = false })
            .Evaluate(net, x, new DerivativeRequest { Value = true, LaplacianColumns = new[] { 0, 1, 2 }, Groups = 2 });
        Assert.Equal(2, result.Groups.Count);
        foreach (var part in result.Groups)
            AutogradBackendTests.AssertClose(result.RequireLaplacian(), part.RequireLaplacian(), 0);
    }

    [Fact]
    public void AutogradGroupsAreTheExactResult()
    {
        using var scope = NewDisposeScope();
        var f = new SineNetwork(4, seed: 2, frequency: 1.0);
        var x = randn(new long[] { 5, 4 }, dtype: ScalarType.Float64, generator: new Generator(4));
        var result = new AutogradBackend().Evaluate(f, x, new DerivativeRequest { Value = true, LaplacianColumns = new[] { 0, 2 }, Groups = 3 });
        Assert.Equal(3, result.Groups.Count);
        foreach (var part in result.Groups)
        {
            Assert.Same(result.RequireLaplacian(), part.RequireLaplacian());
            Assert.Same(result.RequireValue(), part.RequireValue());
        }
        Assert.Empty(new AutogradBackend().Evaluate(f, x, new DerivativeRequest { Value = true }).Groups);
    }

    [Fact]
    public void TooFewSamplesForTheGroupsAreRejectedClearly()
    {
        var f = new SineNetwork(3, seed: 1, frequency: 1.0);
        var x = zeros(new long[] { 2, 3 }, dtype: ScalarType.Float64);
        var ex = Assert.Throws<ArgumentException>(() => new SteinBackend(new SteinOptions { Samples = 3 })
            .Evaluate(f, x, new DerivativeRequest { Value = true, Groups = 4 }));
        Assert.Contains("K >= 4", ex.Message);
        ex = Assert.Throws<ArgumentException>(() => new SteinBackend(new SteinOptions { Samples = 5 })
            .Evaluate(f, x, new DerivativeRequest { GradientColumns = new[] { 0 }, GradientSquaredNorm = true, Groups = 3 }));
        Assert.Contains("K >= 6", ex.Message);
        ex = Assert.Throws<ArgumentException>(() => new AutogradBackend().Evaluate(f, x, new DerivativeRequest { Value = true, Groups = 0 }));
        Assert.Contains("Groups must be at least 1", ex.Message);
    }

    // Counts network evaluations (points × evaluations per point) through ForwardFromFirstLayer.
    private sealed class CountingNetwork : BaseNetwork
    {
        private readonly BaseNetwork inner;

        public CountingNetwork(BaseNetwork inner) : base(nameof(CountingNetwork))
        {
            this.inner = inner;
            RegisterComponents();
        }

        public long Evaluations { get; private set; }

        public override int InputDimension => inner.InputDimension;

        public override Linear FirstLayer => inner.FirstLayer;

        public override Tensor ForwardFromFirstLayer(Tensor firstLayerOutput)
        {
            Evaluations += firstLayerOutput.numel() / firstLayerOutput.shape[^1];
            return inner.ForwardFromFirstLayer(firstLayerOutput);
        }
    }
}
