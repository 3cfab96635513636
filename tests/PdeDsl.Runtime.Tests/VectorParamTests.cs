using System;
using System.Linq;
using PdeDsl;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

public sealed class VectorParamTests
{
    [Fact]
    public void A_drawn_param_is_the_same_for_one_seed_and_length_and_differs_for_another_seed()
    {
        var c = VectorParam.Normal("c", 0);
        var first = (double[])c.Values(50, 0, 1, seed: 7).Clone();
        Assert.Equal(first, c.Values(50, 0, 1, seed: 7));
        Assert.Equal(first, VectorParam.Normal("c", 0).Values(50, 0, 1, seed: 7)); // a fresh problem draws the same
        var other = c.Values(50, 0, 1, seed: 8);
        Assert.NotEqual(first, other);
        Assert.NotEqual(first, VectorParam.Normal("d", 1).Values(50, 0, 1, seed: 7)); // a second param has its own stream
        Assert.Equal(60, c.Values(60, 0, 1, seed: 7).Length); // a dim changed: drawn again at the new length
    }

    [Fact]
    public void A_drawn_param_has_the_law_s_mean_and_deviation()
    {
        const int n = 20_000;
        var values = VectorParam.Normal("c", 0).Values(n, 2.0, 0.5, seed: 1);
        double mean = values.Average();
        double deviation = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        // Standard errors: 0.5/sqrt(n) for the mean, 0.5/sqrt(2n) for the deviation; four of them is a wide margin.
        Assert.InRange(mean, 2.0 - 4 * 0.5 / Math.Sqrt(n), 2.0 + 4 * 0.5 / Math.Sqrt(n));
        Assert.InRange(deviation, 0.5 - 4 * 0.5 / Math.Sqrt(2.0 * n), 0.5 + 4 * 0.5 / Math.Sqrt(2.0 * n));
    }

    [Fact]
    public void A_constant_param_fills_every_component_and_assigned_values_hold_while_their_length_does()
    {
        var d = VectorParam.Constant("d");
        Assert.All(d.Values(4, 0.5, 0, seed: 3), v => Assert.Equal(0.5, v));
        var c = VectorParam.Normal("c", 0);
        c.Assign(new[] { 1.0, 2.0, 3.0 });
        Assert.Equal(new[] { 1.0, 2.0, 3.0 }, c.Values(3, 0, 1, seed: 99));
        Assert.Equal(4, c.Values(4, 0, 1, seed: 99).Length);
        Assert.Throws<ArgumentException>(() => c.Assign(Array.Empty<double>()));
    }

    [Fact]
    public void Rows_repeat_the_values_for_every_point_in_the_points_precision()
    {
        var c = VectorParam.Normal("c", 0);
        var values = c.Values(3, 0, 1, seed: 5);
        using var points = zeros(4, 3, dtype: ScalarType.Float32);
        using var rows = c.Rows(points, 3, 0, 1, seed: 5);
        Assert.Equal(new long[] { 4, 3 }, rows.shape);
        Assert.Equal(ScalarType.Float32, rows.dtype);
        var data = rows.data<float>().ToArray();
        for (int i = 0; i < 4; i++)
            for (int k = 0; k < 3; k++)
                Assert.Equal((float)values[k], data[i * 3 + k]);
        using var wide = c.Rows(zeros(2, 3, dtype: ScalarType.Float64), 3, 0, 1, seed: 5);
        Assert.Equal(values, wide.data<double>().ToArray().Take(3));
    }
}
