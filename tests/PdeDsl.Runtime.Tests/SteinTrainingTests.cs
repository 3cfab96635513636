using System.Linq;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>Stein estimates stay on the parameters' graph: back-propagating through them gives the true parameter gradient.</summary>
public sealed class SteinTrainingTests
{
    [Theory]
    [InlineData(NoiseMode.Shared)]
    [InlineData(NoiseMode.PerPoint)]
    public void BackwardMatchesFiniteDifferenceInAParameter(NoiseMode mode)
    {
        using var scope = NewDisposeScope();
        var net = new Mlp(3, width: 8, depth: 2, seed: 9, precision: Precision.Float64);
        var x = rand(new long[] { 5, 3 }, dtype: ScalarType.Float64, generator: new Generator(2));
        var request = new DerivativeRequest { Value = true, GradientColumns = new[] { 0, 2 }, LaplacianColumns = new[] { 0, 1, 2 }, SecondPartials = new[] { (0, 1) } };
        var options = new SteinOptions { Samples = 64, NoiseMode = mode, Seed = 4 };
        // A fresh backend with the same seed draws the same noise, so the estimate is a smooth function of the weights.
        Tensor Loss()
        {
            var r = new SteinBackend(options).Evaluate(net, x, request);
            return r.RequireValue().square().sum() + r.RequireGradient().sum() + (r.RequireLaplacian() * r.RequireSecondPartial(0, 1)).sum();
        }

        Loss().backward();
        var weight = net.HiddenLayers[1].weight!;
        double analytic = weight.grad![2, 3].item<double>();
        Assert.True(net.parameters().All(p => p.grad is not null));
        double h = 1e-6, w0 = weight[2, 3].item<double>();
        double Shifted(double value)
        {
            using var _ = no_grad();
            weight[2, 3] = tensor(value, dtype: ScalarType.Float64);
            return Loss().item<double>();
        }
        double numeric = (Shifted(w0 + h) - Shifted(w0 - h)) / (2 * h);
        Shifted(w0);
        Assert.True(System.Math.Abs(analytic - numeric) <= 1e-5 * System.Math.Max(1, System.Math.Abs(numeric)), $"backward {analytic:E6}, finite difference {numeric:E6}");
    }

    [Fact]
    public void Float32DefaultsMatchClosedForms()
    {
        using var scope = NewDisposeScope();
        const int d = 10, k = 65536;
        var f = new SineNetwork(d, seed: 8, dtype: ScalarType.Float32);
        var x = randn(new long[] { 4, d }, generator: new Generator(3)) * 0.5;
        var all = Enumerable.Range(0, d).ToArray();
        var r = new SteinBackend(new SteinOptions { Samples = k }).Evaluate(f, x, new DerivativeRequest { Value = true, LaplacianColumns = all });
        // The tolerances of SteinTolerance; float32 rounding in (f(x+δ) + f(x−δ) − 2f(x))/σ² adds about 1e-7/σ² per term, far below them.
        double sigma = 0.1;
        Assert.True((r.RequireValue() - f.Value(x, sigma)).abs().max().item<float>() <= SteinTolerance.Value(f, SteinEstimator.Antithetic, sigma, k));
        Assert.True((r.RequireLaplacian() - f.Laplacian(x, sigma, all)).abs().max().item<float>() <= SteinTolerance.Laplacian(f, SteinEstimator.Antithetic, sigma, all, k));
    }
}
