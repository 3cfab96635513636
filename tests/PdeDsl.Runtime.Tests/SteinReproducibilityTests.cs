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
    public void SharedAndPerPointAgreeExactlyOnOnePointAndMatchBruteForce()
    {
        using var scope = NewDisposeScope();
        var net = new Mlp(5, width: 12, depth: 3, seed: 3, precision: Precision.Float64);
        var x = rand(new long[] { 1, 5 }, dtype: ScalarType.Float64, generator: new Generator(1));
        var request = new DerivativeRequest { Value = true, GradientColumns = new[] { 4, 0 }, LaplacianColumns = new[] { 1, 3 }, SecondPartials = new[] { (2, 2) } };
        var options = new SteinOptions { Samples = 16, Seed = 5 };
        // With one point both modes draw the same K·D normals from the same seed: [K, D] or [1, K, D].
        var shared = new SteinBackend(options).Evaluate(net, x, request);
        var perPoint = new SteinBackend(options with { NoiseMode = NoiseMode.PerPoint }).Evaluate(net, x, request);
        AutogradBackendTests.AssertClose(shared.RequireGradient(), perPoint.RequireGradient(), 1e-12);
        AutogradBackendTests.AssertClose(shared.RequireLaplacian(), perPoint.RequireLaplacian(), 1e-12);

        // Brute force with the same noise: f evaluated at x ± σξ_k directly, eqs. 10 and 11 written out.
        var xi = randn(new long[] { 16, 5 }, dtype: ScalarType.Float64, generator: new Generator(5));
        var plus = net.forward(x + 0.1 * xi);
        var minus = net.forward(x - 0.1 * xi);
        var center = net.forward(x);
        var gradient = ((plus - minus).unsqueeze(1) * xi).mean(new long[] { 0 }) / (2 * 0.1);
        var laplacian = ((plus + minus - 2 * center) * (xi[.., 1].square() + xi[.., 3].square() - 2)).mean() / (2 * 0.01);
        var second = ((plus + minus - 2 * center) * (xi[.., 2].square() - 1)).mean() / (2 * 0.01);
        AutogradBackendTests.AssertClose(stack(new[] { gradient[4], gradient[0] }).unsqueeze(0), shared.RequireGradient(), 1e-10);
        AutogradBackendTests.AssertClose(laplacian.reshape(1), shared.RequireLaplacian(), 1e-10);
        AutogradBackendTests.AssertClose(second.reshape(1), shared.RequireSecondPartial(2, 2), 1e-10);
        AutogradBackendTests.AssertClose(((plus + minus) / 2).mean().reshape(1), shared.RequireValue(), 1e-12);
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
