using System;
using Samples.Hjb;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Training.Tests;

public sealed class ColeHopfReferenceTests
{
    [Fact]
    public void At_the_origin_in_100_dimensions_it_matches_the_published_4_5901()
    {
        var (value, standardError) = ColeHopfReference.AtOrigin(n: 100, lambda: 1, finalTime: 1, samples: 400_000);
        Assert.True(standardError < 4e-4, $"standard error {standardError:E2} is not negligible");
        // Published to 4 decimals (Han, Jentzen and E 2018): allow the rounding plus 4 standard errors.
        Assert.True(Math.Abs(value - 4.5901) < 5e-5 + 4 * standardError, $"u(0,0) = {value:F5} ± {standardError:E1}, published 4.5901");
    }

    [Fact]
    public void At_the_final_time_it_is_the_terminal_condition_exactly()
    {
        using var points = rand(5, 11, dtype: ScalarType.Float64);
        points[TensorIndex.Colon, 0] = tensor(2.0, dtype: ScalarType.Float64);
        var (value, _) = ColeHopfReference.Evaluate(points, lambda: 1.5, finalTime: 2, samples: 10);
        using var x = points.narrow(1, 1, 10);
        using var g = ((1 + x.square().sum(1)) / 2).log();
        Assert.True(value.allclose(g, rtol: 1e-12, atol: 1e-12));
    }

    [Fact]
    public void In_one_dimension_it_agrees_with_quadrature_of_the_heat_kernel()
    {
        // u(0, x) = −(1/λ) ln ∫ φ(z) exp(−λ g(x + √(2T) z)) dz, computed by the trapezoidal rule on [−10, 10].
        const double lambda = 0.7, T = 0.5, x = 0.3;
        double sum = 0, h = 1e-3;
        for (double z = -10; z <= 10; z += h)
            sum += Math.Exp(-z * z / 2) / Math.Sqrt(2 * Math.PI) * Math.Exp(-lambda * Math.Log((1 + Math.Pow(x + Math.Sqrt(2 * T) * z, 2)) / 2)) * h;
        double quadrature = -Math.Log(sum) / lambda;

        using var point = tensor(new[] { 0.0, x }, dtype: ScalarType.Float64).reshape(1, 2);
        var (value, se) = ColeHopfReference.Evaluate(point, lambda, T, samples: 400_000);
        Assert.True(Math.Abs(value.item<double>() - quadrature) < 5 * se.item<double>() + 1e-6,
            $"Monte Carlo {value.item<double>():F6} ± {se.item<double>():E1} vs quadrature {quadrature:F6}");
    }
}
