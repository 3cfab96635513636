using System.Linq;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>Seeding, fresh noise per call, and the smoothed model's value.</summary>
public sealed class SteinReproducibilityTests
{
    [Theory]
    [InlineData(NoiseMode.Shared)]
    [InlineData(NoiseMode.PerPoint)]
    public void SameSeedSameEstimatesAndEachCallDrawsAfresh(NoiseMode mode)
    {
        using var scope = NewDisposeScope();
        var net = new Mlp(6, width: 16, depth: 2, seed: 1);
        var x = rand(new long[] { 4, 6 }, generator: new Generator(2));
        var request = new DerivativeRequest { Value = true, LaplacianColumns = Enumerable.Range(0, 6).ToArray() };
        var options = new SteinOptions { Samples = 32, NoiseMode = mode, Seed = 77 };
        var a = new SteinBackend(options);
        var b = new SteinBackend(options);
        var first = a.Evaluate(net, x, request).RequireLaplacian();
        Assert.Equal(0f, (first - b.Evaluate(net, x, request).RequireLaplacian()).abs().max().item<float>());
        Assert.True((first - a.Evaluate(net, x, request).RequireLaplacian()).abs().max().item<float>() > 0, "a second call reused the noise");
        Assert.True((first - new SteinBackend(options with { Seed = 78 }).Evaluate(net, x, request).RequireLaplacian()).abs().max().item<float>() > 0);
    }

    [Fact]
    public void GaussianSmoothedModelValueIsTheSmoothedSine()
    {
        using var scope = NewDisposeScope();
        const int k = 4096;
        var f = new SineNetwork(5, seed: 12);
        var model = new GaussianSmoothedModel(f, new SteinOptions { Samples = k, Sigma = 0.3 });
        var x = randn(new long[] { 8, 5 }, dtype: ScalarType.Float64, generator: new Generator(4));
        Assert.Equal(0.3, model.Sigma);
        double error = (model.Value(x) - f.Value(x, 0.3)).abs().max().item<double>();
        Assert.True(error <= SteinTolerance.Value(f, SteinEstimator.Antithetic, 0.3, k), $"error {error:E2}");
        // Smoothing is visible: u differs from f by several tolerances here.
        Assert.True((f.Value(x, 0.3) - f.Value(x, 0)).abs().max().item<double>() > 3 * SteinTolerance.Value(f, SteinEstimator.Antithetic, 0.3, k), "u is too close to f for this test to tell them apart");
    }
}
