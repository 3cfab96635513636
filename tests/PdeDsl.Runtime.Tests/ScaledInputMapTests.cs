using System;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>
/// A network that reads a small vector coordinate divided by its size: the map's values and tangents, jets and
/// differences through it against autograd for every kind of direction (the derivatives are those of f(x), so the
/// factor 1/s appears once per derivative), Stein through it, and bad scales refused.
/// </summary>
public sealed class ScaledInputMapTests
{
    // Inputs (t, x_1..x_4) with x divided by 0.2.
    private static readonly ScaledInputMap Map = new(5, new[] { new CoordinateScale(1, 4, 0.2) });

    private static Mlp Network(int outputs = 1) => new(5, 12, 3, seed: 11, precision: Precision.Float64, outputs: outputs, inputMap: Map);

    private static Tensor Points(int count, int seed) => 0.2 * randn(new long[] { count, 5 }, dtype: ScalarType.Float64, generator: new Generator((ulong)seed));

    [Fact]
    public void TheMapDividesTheCoordinateAndLeavesTheOthers()
    {
        using var scope = NewDisposeScope();
        var x = Points(3, 1);
        var phi = Map.Apply(x);
        Assert.Equal(new long[] { 3, 5 }, phi.shape);
        Assert.True((phi.select(1, 0) - x.select(1, 0)).abs().max().item<double>() == 0);
        Assert.True((phi.narrow(1, 1, 4) - x.narrow(1, 1, 4) / 0.2).abs().max().item<double>() < 1e-14);
        Assert.Equal("scaled:1..4:0.2", Map.ToString());
        Assert.Equal(5, Network().FirstLayer.weight!.shape[1]);
        // The network is f(φ(x)): the same as a plain network whose first layer's x columns are divided by 0.2.
        var net = Network();
        var plain = new Mlp(5, 12, 3, seed: 11, precision: Precision.Float64);
        using (no_grad()) plain.FirstLayer.weight!.copy_(net.FirstLayer.weight! * tensor(new[] { 1.0, 5, 5, 5, 5 }, dtype: ScalarType.Float64));
        Assert.True((net.forward(x) - plain.forward(x)).abs().max().item<double>() < 1e-12);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DirectionalOfTheMapIsTheScaledDirectionWithoutCurvature(bool shared)
    {
        using var scope = NewDisposeScope();
        var x = Points(4, 2);
        var v = shared
            ? randn(new long[] { 3, 5 }, dtype: ScalarType.Float64, generator: new Generator(3))
            : randn(new long[] { 4, 3, 5 }, dtype: ScalarType.Float64, generator: new Generator(3));
        var (tangent, curvature) = Map.Directional(x, v);
        Assert.Equal(new long[] { 4, 3, 5 }, tangent.shape);
        var factors = tensor(new[] { 1.0, 5, 5, 5, 5 }, dtype: ScalarType.Float64);
        var expected = (shared ? v.unsqueeze(0).expand(4, -1, -1) : v) * factors;
        Assert.True((tangent - expected).abs().max().item<double>() < 1e-14);
        Assert.True(curvature.abs().max().item<double>() == 0);
    }

    [Theory]
    [InlineData(DirectionalMethod.Jet, 1e-9)]
    [InlineData(DirectionalMethod.Difference, 1e-5)]
    public void DirectionalEstimatesThroughTheMapEqualAutograd(DirectionalMethod method, double tolerance)
    {
        using var scope = NewDisposeScope();
        foreach (int outputs in new[] { 1, 2 })
        {
            var net = Network(outputs);
            var x = Points(6, 6);
            var request = RequestedAgreement.EveryKind();
            using var directional = new DirectionalBackend(new DirectionalOptions { Method = method, Step = 1e-4 });
            Assert.True(directional.IsExact(request));
            var got = directional.Evaluate(net, x, request);
            var exact = new AutogradBackend().Evaluate(net, x, request);
            RequestedAgreement.AssertSamePerOutput(request, got, exact, outputs, tolerance);
        }
    }

    [Fact]
    public void RandomDirectionsAndSteinThroughTheMapAreUnbiased()
    {
        using var scope = NewDisposeScope();
        var net = Network();
        var x = Points(4, 7);
        var request = new DerivativeRequest { Value = true, LaplacianColumns = new[] { 1, 2, 3, 4 }, FirstPartials = new[] { 1 } };
        var exact = new AutogradBackend().Evaluate(net, x, request);
        using var jets = new DirectionalBackend(new DirectionalOptions { Samples = 20000, ExactColumns = 1, Seed = 9 });
        Assert.False(jets.IsExact(request));
        double scale = 1 + exact.RequireLaplacian().abs().max().item<double>();
        Assert.True((jets.Evaluate(net, x, request).RequireLaplacian() - exact.RequireLaplacian()).abs().max().item<double>() < 0.05 * scale, "jets");
        using var stein = new SteinBackend(new SteinOptions { Samples = 200000, Sigma = 0.01, Seed = 5, Estimator = SteinEstimator.Antithetic });
        var s = stein.Evaluate(net, x, request);
        Assert.True((s.RequireLaplacian() - exact.RequireLaplacian()).abs().max().item<double>() < 0.1 * scale, "Stein's Laplacian");
        Assert.True((s.RequireFirstPartial(1) - exact.RequireFirstPartial(1)).abs().max().item<double>() < 0.05 * (1 + exact.RequireFirstPartial(1).abs().max().item<double>()), "Stein's u_x1");
    }

    [Fact]
    public void BadScalesAreRefused()
    {
        Assert.Throws<ArgumentException>(() => new ScaledInputMap(5, Array.Empty<CoordinateScale>()));
        Assert.Throws<ArgumentException>(() => new ScaledInputMap(5, new[] { new CoordinateScale(2, 4, 1) }));
        Assert.Throws<ArgumentException>(() => new ScaledInputMap(5, new[] { new CoordinateScale(1, 0, 1) }));
        Assert.Throws<ArgumentException>(() => new ScaledInputMap(5, new[] { new CoordinateScale(1, 3, 1), new CoordinateScale(3, 2, 1) }));
        Assert.Throws<ArgumentException>(() => new ScaledInputMap(5, new[] { new CoordinateScale(1, 4, 0) }));
        Assert.Throws<ArgumentException>(() => new ScaledInputMap(5, new[] { new CoordinateScale(1, 4, double.NaN) }));
    }
}
