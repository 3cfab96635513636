using System;
using System.Linq;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>
/// The relative L2 error and its delta-method standard error (<see cref="RelativeL2.Estimate"/>): the value is
/// ‖u − u*‖/‖u*‖, and the standard error is the spread the value has over independent draws of the points.
/// </summary>
public sealed class RelativeL2Tests
{
    [Fact]
    public void The_value_is_the_norm_ratio_and_an_exact_fit_has_no_spread()
    {
        using var scope = NewDisposeScope();
        var exact = tensor(new[] { 1.0, -2.0, 3.0 });
        var predicted = tensor(new[] { 1.5, -2.0, 2.0 });
        var (value, standardError) = RelativeL2.Estimate(predicted, exact);
        Assert.Equal(Math.Sqrt((0.25 + 1.0) / 14.0), value, 12);
        // By hand: e = (0.25, 0, 1), a = (1, 4, 9), r = 1.25/14; e − r·a = (0.1607, −0.3571, 0.1964), whose squares sum to
        // 0.19196, over N − 1 = 2; SE(r) = sqrt(0.09598/3)/(14/3) = 0.03833 and SE(R) = SE(r)/(2R) = 0.0641367.
        Assert.Equal(0.0641367321, standardError, 9);
        Assert.Equal(new RelativeL2Estimate(0, 0), RelativeL2.Estimate(exact, exact));
        // One point tells no spread.
        var single = RelativeL2.Estimate(tensor(new[] { 2.0 }), tensor(new[] { 1.0 }));
        Assert.Equal(1.0, single.Value);
        Assert.True(double.IsNaN(single.StandardError));
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(5000)]
    public void The_standard_error_is_the_spread_of_the_value_over_draws_of_the_points(int points)
    {
        // A solution whose size has a heavy upper tail (u* = exp(0.8 z), as the OU sample's exp(s)) and an error that
        // grows with it plus a part that does not: the situation where a few hundred points are not enough.
        using var scope = NewDisposeScope();
        var generator = new Generator(7);
        const int draws = 1500;
        var values = new double[draws];
        var errors = new double[draws];
        for (int d = 0; d < draws; d++)
        {
            using var inner = NewDisposeScope();
            var exact = (randn(points, dtype: ScalarType.Float64, generator: generator) * 0.8).exp();
            var predicted = exact * (1 + 0.03 * randn(points, dtype: ScalarType.Float64, generator: generator))
                + 0.01 * randn(points, dtype: ScalarType.Float64, generator: generator);
            (values[d], errors[d]) = RelativeL2.Estimate(predicted, exact);
        }
        double mean = values.Average();
        double spread = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (draws - 1));
        // The root mean square of the estimates: the estimate of a variance is unbiased in the mean, and with a heavy tail
        // most draws miss the rare large points and underestimate, a few overestimate (their median is below the spread).
        double typical = Math.Sqrt(errors.Average(e => e * e));
        // The spread is measured to about 2 % (1500 draws); the delta method is a first-order estimate, good once the points
        // reach into the tail (with 200 points here it reads 0.85 of the spread, its median 0.70: docs/training.md).
        Assert.True(typical / spread is > 0.85 and < 1.15, $"standard error {typical:G3} against a spread of {spread:G3} (median estimate {errors.OrderBy(e => e).ElementAt(draws / 2):G3})");
    }
}
