using System.Linq;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>|∇u|² from split halves is unbiased, where the square of one gradient estimate is not.</summary>
public sealed class GradientSquaredNormTests
{
    [Fact]
    public void SplitEstimateIsUnbiasedWhereTheSquareIsNot()
    {
        using var scope = NewDisposeScope();
        const int d = 200, k = 16, repeats = 1600;
        const double sigma = 0.1;
        var f = new SineNetwork(d, seed: 5, frequency: 1.0);
        var x = randn(new long[] { 4, d }, dtype: ScalarType.Float64, generator: new Generator(3)) * 0.5;
        var columns = Enumerable.Range(0, d).ToArray();
        var exact = Enumerable.Range(0, d).Select(i => f.Partial(x, sigma, i).square()).Aggregate((a, b) => a + b);   // [4]
        var request = new DerivativeRequest { GradientColumns = columns, GradientSquaredNorm = true };

        var split = zeros_like(exact);
        var squared = zeros_like(exact);
        var backend = new SteinBackend(new SteinOptions { Samples = k, Sigma = sigma, Seed = 100 });
        for (int r = 0; r < repeats; r++)
        {
            using var step = NewDisposeScope();
            var result = backend.Evaluate(f, x, request);
            split.add_(result.RequireGradientSquaredNorm());
            squared.add_(result.RequireGradient().square().sum(-1));
        }
        split /= repeats;
        squared /= repeats;
        double splitError = ((split - exact).abs() / exact).max().item<double>();
        double squaredBias = ((squared - exact) / exact).min().item<double>();
        // With K = 16 at D = 200 the plain square's bias, about tr Var(ĝ)/|∇u|², is many times |∇u|²;
        // the split product's spread is about sqrt(D)·(2/K)·|∇u|² per draw, so its mean over 1600 draws is
        // within about 0.05·|∇u|² of the exact value: 0.25 is five standard errors.
        Assert.True(squaredBias > 1.0, $"the plain square should be biased upward by more than 100%, was {squaredBias:P0}");
        Assert.True(splitError < 0.25, $"the split estimate's mean is off by {splitError:P1}");
    }

    [Fact]
    public void AutogradGivesTheSquaredNormOfItsGradient()
    {
        using var scope = NewDisposeScope();
        var f = new SineNetwork(6, seed: 2, frequency: 1.0);
        var x = randn(new long[] { 5, 6 }, dtype: ScalarType.Float64, generator: new Generator(4));
        var result = new AutogradBackend().Evaluate(f, x, new DerivativeRequest { GradientColumns = new[] { 1, 3, 5 }, GradientSquaredNorm = true });
        var expected = result.RequireGradient().square().sum(-1);
        Assert.True(allclose(result.RequireGradientSquaredNorm(), expected));
    }

    [Fact]
    public void SquaredNormWithoutGradientColumnsOrWithOneSampleIsRejected()
    {
        var f = new SineNetwork(3, seed: 1, frequency: 1.0);
        var x = zeros(new long[] { 2, 3 }, dtype: ScalarType.Float64);
        var ex = Assert.Throws<System.ArgumentException>(() => new SteinBackend().Evaluate(f, x, new DerivativeRequest { GradientSquaredNorm = true }));
        Assert.Contains("GradientColumns", ex.Message);
        ex = Assert.Throws<System.ArgumentException>(() => new SteinBackend(new SteinOptions { Samples = 1 })
            .Evaluate(f, x, new DerivativeRequest { GradientColumns = new[] { 0 }, GradientSquaredNorm = true }));
        Assert.Contains("K >= 2", ex.Message);
    }
}
