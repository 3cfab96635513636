using System;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>The outward unit normal on spheres and on box faces, and the box sampler's refusal of unbounded coordinates.</summary>
public sealed class OutwardNormalTests
{
    private static readonly CoordinateInfo[] BoxWithTime =
    {
        new("t", 0, 1, false, true, 0, 2),
        new("x", 1, 1, false, false, -1, 1),
        new("y", 2, 3, true, false, 0.5, 4),
    };

    [Fact]
    public void SphereNormalIsTheUnitRadius()
    {
        using var scope = NewDisposeScope();
        var center = tensor(new[] { 1.0, -2.0, 0.5 }, dtype: ScalarType.Float64);
        var x = LawSampler.UniformSphere(200, 3, center, 2, new Generator(3), CPU, ScalarType.Float64);
        var normal = OutwardNormal.Sphere(x, center);
        Assert.Equal(new long[] { 200, 3 }, normal.shape);
        Assert.True((normal.norm(1) - 1).abs().max().item<double>() < 1e-12);
        Assert.True((center + 2 * normal - x).abs().max().item<double>() < 1e-12, "c + r·normal is not the point");
    }

    [Fact]
    public void BoxNormalPointsOutOfTheFaceThePointLiesOn()
    {
        using var scope = NewDisposeScope();
        var points = DomainSampler.Boundary(BoxWithTime, 500, new Generator(4), CPU, ScalarType.Float64);
        // Rounding of the face value must not matter.
        var jittered = points + 1e-7 * randn(points.shape, dtype: ScalarType.Float64, generator: new Generator(5));
        var normal = OutwardNormal.Box(jittered, BoxWithTime);
        Assert.Equal(new long[] { 500, 4 }, normal.shape);
        Assert.True(normal.abs().sum(1).eq(1).all().item<bool>(), "each point needs exactly one face");
        // Reconstruct each point's face from the normal: lower bound where −1, upper where +1.
        var spatial = points.narrow(1, 1, 4);
        var lower = tensor(new[] { -1.0, 0.5, 0.5, 0.5 }, dtype: ScalarType.Float64);
        var upper = tensor(new[] { 1.0, 4, 4, 4 }, dtype: ScalarType.Float64);
        var onLower = normal.eq(-1);
        var onUpper = normal.eq(1);
        Assert.True((spatial - lower).abs().masked_select(onLower).max().item<double>() < 1e-12);
        Assert.True((spatial - upper).abs().masked_select(onUpper).max().item<double>() < 1e-12);
        Assert.True(onLower.any(0).all().item<bool>() && onUpper.any(0).all().item<bool>(), "500 points should reach all 8 faces");
    }

    [Fact]
    public void BoxNormalIsZeroInColumnsWithoutFaces()
    {
        using var scope = NewDisposeScope();
        var coordinates = new CoordinateInfo[]
        {
            new("x", 0, 1, false, false, 0, 1),
            new("z", 1, 2, true, false, double.NegativeInfinity, double.PositiveInfinity, CoordinateSet.Real),
        };
        var points = tensor(new[] { 0.0, 5, -7, 1, 0.1, 0.2 }, dtype: ScalarType.Float64).reshape(2, 3);
        var normal = OutwardNormal.Box(points, coordinates);
        Assert.Equal(new[] { -1.0, 0, 0, 1, 0, 0 }, normal.flatten().data<double>().ToArray());
    }

    [Fact]
    public void BoxSamplerRefusesCoordinatesOverR()
    {
        using var scope = NewDisposeScope();
        var coordinates = new CoordinateInfo[]
        {
            new("t", 0, 1, false, true, 0, 1),
            new("x", 1, 4, true, false, double.NegativeInfinity, double.PositiveInfinity, CoordinateSet.Real),
        };
        var e = Assert.Throws<ArgumentException>(() => DomainSampler.Interior(coordinates, 10, new Generator(1), CPU, ScalarType.Float32));
        Assert.Contains("'x'", e.Message);
        Assert.Contains("LawSampler", e.Message);
        Assert.Throws<ArgumentException>(() => OutwardNormal.Box(zeros(3, 5), new[] { coordinates[1] }));
    }
}
