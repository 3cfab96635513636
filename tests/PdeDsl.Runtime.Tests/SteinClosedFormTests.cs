using System;
using System.Linq;
using Xunit;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>Every Stein estimator against the exact derivatives of a smoothed sine network, within <see cref="SteinTolerance"/>.</summary>
public sealed class SteinClosedFormTests(ITestOutputHelper output)
{
    // σ and the sine frequencies per estimator: the vanilla and control-variate second-order variances grow
    // like 1/σ⁴ and 1/σ² (paper, section 4.3), so they are checked at larger σ, where the damping
    // exp(−σ²|a|²/2) asks for lower frequencies to keep u well above the tolerance.
    private static (double Sigma, double Frequency) SettingsFor(SteinEstimator e) => e switch
    {
        SteinEstimator.Vanilla => (1.0, 0.6),
        SteinEstimator.ControlVariate => (0.5, 1.0),
        _ => (0.1, 1.2),
    };

    [Theory]
    [InlineData(SteinEstimator.Vanilla, 2)]
    [InlineData(SteinEstimator.Vanilla, 10)]
    [InlineData(SteinEstimator.Vanilla, 1000)]
    [InlineData(SteinEstimator.ControlVariate, 2)]
    [InlineData(SteinEstimator.ControlVariate, 10)]
    [InlineData(SteinEstimator.ControlVariate, 1000)]
    [InlineData(SteinEstimator.Antithetic, 2)]
    [InlineData(SteinEstimator.Antithetic, 10)]
    [InlineData(SteinEstimator.Antithetic, 1000)]
    public void EstimatesMatchClosedForms(SteinEstimator estimator, int dimension)
    {
        using var scope = NewDisposeScope();
        var (sigma, frequency) = SettingsFor(estimator);
        const int samples = 65536; // at D = 1000 the [K, D] float64 noise is 0.5 GB, drawn once
        var f = new SineNetwork(dimension, seed: dimension, frequency: frequency);
        var x = randn(new long[] { 6, dimension }, dtype: ScalarType.Float64, generator: new Generator(7)) * 0.5;
        int head = Math.Min(SineNetwork.Concentrated, dimension);
        var gradientColumns = Enumerable.Range(0, head).ToArray();
        var laplacianColumns = dimension <= 10 ? Enumerable.Range(0, dimension).ToArray() : gradientColumns;
        // Check each kind of partial where it is largest, so a wrong factor or sign shows above the tolerance.
        var pairs = gradientColumns.SelectMany(p => gradientColumns.Select(q => (P: p, Q: q))).ToArray();
        int first = gradientColumns.MaxBy(i => Largest(f.Partial(x, sigma, i)));
        var mixed = pairs.Where(t => t.P < t.Q).MaxBy(t => Largest(f.SecondPartial(x, sigma, t.P, t.Q)));
        var pure = pairs.Where(t => t.P == t.Q).MaxBy(t => Largest(f.SecondPartial(x, sigma, t.P, t.Q)));
        var request = new DerivativeRequest
        {
            Value = true,
            FirstPartials = new[] { first },
            GradientColumns = gradientColumns,
            LaplacianColumns = laplacianColumns,
            SecondPartials = new[] { mixed, pure },
        };
        var backend = new SteinBackend(new SteinOptions { Estimator = estimator, Sigma = sigma, Samples = samples, Seed = 11 });
        var result = backend.Evaluate(f, x, request);

        Check("u", result.RequireValue(), f.Value(x, sigma), SteinTolerance.Value(f, estimator, sigma, samples));
        Check($"du/dx{first}", result.RequireFirstPartial(first), f.Partial(x, sigma, first), SteinTolerance.Partial(f, estimator, sigma, first, samples));
        foreach (var i in gradientColumns)
            Check($"grad u[{i}]", result.RequireGradient()[.., i], f.Partial(x, sigma, i), SteinTolerance.Partial(f, estimator, sigma, i, samples), requireTight: false);
        Check("lap u", result.RequireLaplacian(), f.Laplacian(x, sigma, laplacianColumns), SteinTolerance.Laplacian(f, estimator, sigma, laplacianColumns, samples));
        foreach (var (p, q) in new[] { mixed, pure })
            Check($"d2u/dx{p}dx{q}", result.RequireSecondPartial(p, q), f.SecondPartial(x, sigma, p, q), SteinTolerance.SecondPartial(f, estimator, sigma, p, q, samples));
    }

    private static double Largest(Tensor t) => t.abs().max().item<double>();

    private void Check(string what, Tensor estimate, Tensor exact, double tolerance, bool requireTight = true)
    {
        double error = (estimate - exact).abs().max().item<double>();
        double scale = exact.abs().max().item<double>();
        output.WriteLine($"{what}: max error {error:E2}, tolerance {tolerance:E2}, max |exact| {scale:E2}");
        // The tolerance must be tight enough that a factor-2 or sign mistake fails at the largest entry.
        if (requireTight)
            Assert.True(tolerance < 0.6 * scale, $"{what}: tolerance {tolerance:E2} is too loose for values of size {scale:E2}.");
        Assert.True(error <= tolerance, $"{what}: error {error:E2} exceeds {tolerance:E2}.");
    }
}
