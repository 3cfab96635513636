using System;
using System.Linq;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>The stacked back-propagation baseline against closed forms and finite differences (float64).</summary>
public sealed class AutogradBackendTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(10)]
    public void MatchesSineClosedForms(int dimension)
    {
        using var scope = NewDisposeScope();
        var f = new SineNetwork(dimension, seed: 3);
        var x = randn(new long[] { 5, dimension }, dtype: ScalarType.Float64, generator: new Generator(5));
        var all = Enumerable.Range(0, dimension).ToArray();
        var result = new AutogradBackend().Evaluate(f, x, new DerivativeRequest
        {
            Value = true,
            FirstPartials = new[] { 1 },
            GradientColumns = all,
            LaplacianColumns = all,
            SecondPartials = new[] { (0, 1), (1, 0), (1, 1) },
        });

        // σ = 0 in the closed forms is f itself: autograd differentiates the base network.
        AssertClose(f.Value(x, 0), result.RequireValue(), 1e-12);
        AssertClose(f.Partial(x, 0, 1), result.RequireFirstPartial(1), 1e-12);
        AssertClose(stack(all.Select(i => f.Partial(x, 0, i)).ToArray(), 1), result.RequireGradient(), 1e-12);
        AssertClose(f.Laplacian(x, 0, all), result.RequireLaplacian(), 1e-11);
        AssertClose(f.SecondPartial(x, 0, 0, 1), result.RequireSecondPartial(0, 1), 1e-12);
        AssertClose(f.SecondPartial(x, 0, 0, 1), result.RequireSecondPartial(1, 0), 1e-12);
        AssertClose(f.SecondPartial(x, 0, 1, 1), result.RequireSecondPartial(1, 1), 1e-12);
    }

    [Theory]
    [InlineData(Activation.Tanh)]
    [InlineData(Activation.Sine)]
    [InlineData(Activation.Softplus)]
    [InlineData(Activation.Sigmoid)]
    public void MatchesFiniteDifferencesOnSmallMlp(Activation activation)
    {
        using var scope = NewDisposeScope();
        const int d = 4;
        var net = new Mlp(d, width: 16, depth: 3, activation: activation, seed: 21, precision: Precision.Float64);
        var x = randn(new long[] { 3, d }, dtype: ScalarType.Float64, generator: new Generator(8));
        var result = new AutogradBackend().Evaluate(net, x, new DerivativeRequest
        {
            GradientColumns = new[] { 0, 1, 2, 3 },
            LaplacianColumns = new[] { 0, 2, 3 },
            SecondPartials = new[] { (1, 2) },
        });

        using var _ = no_grad();
        Tensor F(Tensor p) => net.forward(p);
        Tensor E(int i, double h) => zeros(d, dtype: ScalarType.Float64).index_put_(h, i);
        // Central differences: O(h²) truncation, O(ε/h) and O(ε/h²) round-off; h = 1e-5 and 1e-3 keep both below 1e-7.
        var fdGradient = stack(Enumerable.Range(0, d).Select(i => (F(x + E(i, 1e-5)) - F(x - E(i, 1e-5))) / 2e-5).ToArray(), 1);
        double h = 1e-3;
        var fdLaplacian = new[] { 0, 2, 3 }.Select(i => (F(x + E(i, h)) - 2 * F(x) + F(x - E(i, h))) / (h * h)).Aggregate((a, b) => a + b);
        var fdMixed = (F(x + E(1, h) + E(2, h)) - F(x + E(1, h) - E(2, h)) - F(x - E(1, h) + E(2, h)) + F(x - E(1, h) - E(2, h))) / (4 * h * h);

        AssertClose(fdGradient, result.RequireGradient(), 1e-7);
        AssertClose(fdLaplacian, result.RequireLaplacian(), 1e-5);
        AssertClose(fdMixed, result.RequireSecondPartial(1, 2), 1e-5);
    }

    [Theory]
    [InlineData(Activation.Tanh)]
    [InlineData(Activation.Sine)]
    [InlineData(Activation.Softplus)]
    [InlineData(Activation.Sigmoid)]
    public void ForwardLaplacianEqualsAutograd(Activation activation)
    {
        using var scope = NewDisposeScope();
        const int d = 7;
        var net = new Mlp(d, width: 12, depth: 4, activation: activation, seed: 2, precision: Precision.Float64);
        var x = randn(new long[] { 4, d }, dtype: ScalarType.Float64, generator: new Generator(9));
        var columns = new[] { 0, 3, 4, 6 };
        var expected = new AutogradBackend().Evaluate(net, x, new DerivativeRequest { LaplacianColumns = columns }).RequireLaplacian();
        AssertClose(expected, net.ForwardLaplacian(x, columns), 1e-12);
        var everything = new AutogradBackend().Evaluate(net, x, new DerivativeRequest { LaplacianColumns = Enumerable.Range(0, d).ToArray() }).RequireLaplacian();
        AssertClose(everything, net.ForwardLaplacian(x), 1e-12);
    }

    [Fact]
    public void ResultTrainsTheParameters()
    {
        using var scope = NewDisposeScope();
        var net = new Mlp(3, width: 8, depth: 2, seed: 4);
        var x = rand(new long[] { 6, 3 }, generator: new Generator(1));
        var r = new AutogradBackend().Evaluate(net, x, new DerivativeRequest { Value = true, LaplacianColumns = new[] { 0, 1, 2 } });
        (r.RequireLaplacian() + r.RequireValue()).square().mean().backward();
        Assert.All(net.parameters(), p => Assert.True(p.grad is not null && p.grad.isfinite().all().item<bool>()));
        Assert.True(net.HiddenLayers[0].weight!.grad!.abs().sum().item<float>() > 0);
    }

    internal static void AssertClose(Tensor expected, Tensor actual, double tolerance)
    {
        Assert.Equal(expected.shape, actual.shape);
        double error = (expected - actual).abs().max().item<double>();
        double scale = Math.Max(1, expected.abs().max().item<double>());
        Assert.True(error <= tolerance * scale, $"max error {error:E3} exceeds {tolerance:E1} (scale {scale:E2}).");
    }
}
