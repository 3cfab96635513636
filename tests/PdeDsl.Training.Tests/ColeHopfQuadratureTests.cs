using System;
using Samples.Hjb;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Training.Tests;

/// <summary>The quadrature Cole-Hopf solution against the published values, its own 1-D form, the terminal condition and Monte Carlo.</summary>
public sealed class ColeHopfQuadratureTests
{
    [Theory]
    [InlineData(100, 4.5901)]
    [InlineData(1000, 6.9063)]
    public void At_the_origin_it_gives_the_published_values(int n, double published)
    {
        double value = ColeHopfQuadrature.AtOrigin(n, lambda: 1, finalTime: 1);
        // Published to 4 decimals from Monte Carlo (Han, Jentzen and E: 4.5901); the quadrature gives 4.590162 and 6.906255,
        // which an independent Simpson rule over the chi-square density in float64 reproduces to 1e-9. So: within 1e-4.
        Assert.True(Math.Abs(value - published) <= 1e-4, $"u(0,0) = {value:F6} at n = {n}, published {published}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(100)]
    [InlineData(1000)]
    public void The_two_dimensional_rule_agrees_with_the_chi_square_rule_at_the_origin(int n)
    {
        using var origin = zeros(1, n + 1, dtype: ScalarType.Float64);
        double twoD = ColeHopfQuadrature.Evaluate(origin, 0.8, 1.5).item<double>();
        double oneD = ColeHopfQuadrature.AtOrigin(n, 0.8, 1.5);
        // The 2-D rule's coarser grid errs by up to about 2e-7 (n = 2 here, λ = 0.8, T = 1.5): see the class remarks.
        Assert.True(Math.Abs(twoD - oneD) < 1e-6, $"n = {n}: 2-D {twoD:F12} vs chi-square {oneD:F12}");
    }

    [Fact]
    public void At_the_final_time_it_is_the_terminal_condition()
    {
        using var scope = NewDisposeScope();
        var points = rand(5, 11, dtype: ScalarType.Float64, generator: new Generator(3));
        points[TensorIndex.Colon, 0] = tensor(2.0, dtype: ScalarType.Float64);
        var value = ColeHopfQuadrature.Evaluate(points, lambda: 1.5, finalTime: 2);
        var g = ((1 + points.narrow(1, 1, 10).square().sum(1)) / 2).log();
        Assert.True(value.allclose(g, rtol: 1e-12, atol: 1e-12));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    [InlineData(100)]
    public void At_random_points_it_agrees_with_Monte_Carlo(int n)
    {
        using var scope = NewDisposeScope();
        var generator = new Generator(9);
        var t = rand(6, 1, dtype: ScalarType.Float64, generator: generator);
        var x = randn(6, n, dtype: ScalarType.Float64, generator: generator) * (2 * t).sqrt();
        var points = cat(new[] { t, x }, 1);
        var quadrature = ColeHopfQuadrature.Evaluate(points, lambda: 1.3, finalTime: 1);
        var (monteCarlo, se) = ColeHopfReference.Evaluate(points, lambda: 1.3, finalTime: 1, samples: 100_000);
        // Monte Carlo within 5 of its standard errors (chance failure ~1e-6 per point).
        var z = ((quadrature - monteCarlo).abs() / se.clamp_min(1e-12)).max().item<double>();
        Assert.True(z < 5, $"n = {n}: quadrature and Monte Carlo differ by {z:F1} standard errors");
    }
}
