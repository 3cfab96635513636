using System;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>
/// A network with the radial feature reads |x|²/s beside (t, x): its jets through the map's structured tangents equal
/// autograd's derivatives for every kind of direction, the differences and Stein's estimators read x through the map,
/// and bad groups are refused.
/// </summary>
public sealed class RadialInputMapTests
{
    // Inputs (t, x_1..x_4) with x the vector coordinate.
    private static readonly RadialInputMap Map = new(5, new[] { new RadialGroup(1, 4, 2.5) });

    // The same feature in place of x: x's columns reach the first layer as zeros.
    private static readonly RadialInputMap OnlyMap = new(5, new[] { new RadialGroup(1, 4, 2.5) }, only: true);

    private static Mlp Network(int outputs = 1, bool only = false) => new(5, 12, 3, seed: 11, precision: Precision.Float64, outputs: outputs, inputMap: only ? OnlyMap : Map);

    private static Tensor Points(int count, int seed) => randn(new long[] { count, 5 }, dtype: ScalarType.Float64, generator: new Generator((ulong)seed));

    [Fact]
    public void TheFeatureIsTheScaledSquareOfTheVectorCoordinate()
    {
        using var scope = NewDisposeScope();
        var x = Points(3, 1);
        var phi = Map.Apply(x);
        Assert.Equal(new long[] { 3, 6 }, phi.shape);
        Assert.True((phi.narrow(1, 0, 5) - x).abs().max().item<double>() == 0);
        var expected = x.narrow(1, 1, 4).square().sum(1) / 2.5;
        Assert.True((phi.select(1, 5) - expected).abs().max().item<double>() < 1e-14);
        Assert.Equal("radial:1..4:2.5", Map.ToString());
        Assert.Equal(6, Network().FirstLayer.weight!.shape[1]);
        // Beside x the network still sees x's direction: mirroring x (|x| fixed) changes f.
        var net = Network();
        var mirrored = x * tensor(new[] { 1.0, -1, -1, -1, -1 }, dtype: ScalarType.Float64);
        Assert.True((net.forward(x) - net.forward(mirrored)).abs().max().item<double>() > 1e-4);
        // Only: t and r reach the layer, x as zeros, so f is the same at every x of the same norm.
        var only = OnlyMap.Apply(x);
        Assert.True(only.narrow(1, 1, 4).abs().max().item<double>() == 0);
        Assert.True((only.select(1, 0) - x.select(1, 0)).abs().max().item<double>() == 0);
        Assert.True((only.select(1, 5) - expected).abs().max().item<double>() < 1e-14);
        Assert.Equal("radial-only:1..4:2.5", OnlyMap.ToString());
        var radial = Network(only: true);
        Assert.True((radial.forward(x) - radial.forward(mirrored)).abs().max().item<double>() < 1e-12);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void DirectionalOfTheMapEqualsAutogradOfTheMap(bool only, bool shared)
    {
        // Every output column of φ along v (per point or shared by the batch), against autograd's J_φ v and vᵀ∇²φ v.
        using var scope = NewDisposeScope();
        var map = only ? OnlyMap : Map;
        var x = Points(4, 2);
        var v = shared
            ? randn(new long[] { 3, 5 }, dtype: ScalarType.Float64, generator: new Generator(3))
            : randn(new long[] { 4, 3, 5 }, dtype: ScalarType.Float64, generator: new Generator(3));
        var (tangent, curvature) = map.Directional(x, v);
        Assert.Equal(new long[] { 4, 3, 6 }, tangent.shape);
        Assert.Equal(new long[] { 4, 3, 6 }, curvature.shape);
        var keep = tensor(only ? new[] { 1.0, 0, 0, 0, 0 } : new[] { 1.0, 1, 1, 1, 1 }, dtype: ScalarType.Float64);
        for (int m = 0; m < 3; m++)
        {
            var vm = shared ? v[m].unsqueeze(0).expand(4, -1) : v.select(1, m);
            // The x block passes v through (zeroed where only replaces x) and does not bend.
            Assert.True((tangent.select(1, m).narrow(1, 0, 5) - vm * keep).abs().max().item<double>() == 0, "tangent of x");
            Assert.True(curvature.select(1, m).narrow(1, 0, 5).abs().max().item<double>() == 0, "curvature of x");
            var xg = x.detach().requires_grad_(true);
            var r = map.Apply(xg).select(1, 5);
            var g = autograd.grad(new[] { r.sum() }, new[] { xg }, create_graph: true)[0];
            var first = (g * vm).sum(1);
            var hv = autograd.grad(new[] { first.sum() }, new[] { xg })[0];
            Assert.True((tangent.select(1, m).select(1, 5) - first.detach()).abs().max().item<double>() < 1e-12, "tangent of r");
            Assert.True((curvature.select(1, m).select(1, 5) - (hv * vm).sum(1)).abs().max().item<double>() < 1e-12, "curvature of r");
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TwoVectorCoordinatesEachGetTheirOwnFeature(bool only)
    {
        // (t, a_1, a_2, b_1, b_2): the features |a|²/1.5 and |b|²/0.7 in columns 5 and 6, in that order; a wrong column of W
        // or a swapped scale breaks the jets' agreement with autograd.
        using var scope = NewDisposeScope();
        var map = new RadialInputMap(5, new[] { new RadialGroup(1, 2, 1.5), new RadialGroup(3, 2, 0.7) }, only);
        var x = Points(6, 12);
        var phi = map.Apply(x);
        Assert.True((phi.select(1, 5) - x.narrow(1, 1, 2).square().sum(1) / 1.5).abs().max().item<double>() < 1e-14);
        Assert.True((phi.select(1, 6) - x.narrow(1, 3, 2).square().sum(1) / 0.7).abs().max().item<double>() < 1e-14);
        var net = new Mlp(5, 12, 3, seed: 13, precision: Precision.Float64, inputMap: map);
        var request = new DerivativeRequest
        {
            Value = true,
            FirstPartials = new[] { 2, 3 },
            SecondPartials = new[] { (2, 3), (4, 4) },
            LaplacianColumns = new[] { 1, 2, 3, 4 },
            QuadraticForms = new[] { new QuadraticFormRequest(new[] { 4, 1 }, p => p.narrow(1, 0, 2).exp()) },
        };
        using var jets = new DirectionalBackend(new DirectionalOptions { Method = DirectionalMethod.Jet });
        var got = jets.Evaluate(net, x, request);
        var exact = new AutogradBackend().Evaluate(net, x, request);
        void Same(Tensor p, Tensor q, string what) => Assert.True((p - q).abs().max().item<double>() < 1e-9 * (1 + q.abs().max().item<double>()), what);
        Same(got.RequireFirstPartial(2), exact.RequireFirstPartial(2), "u_a2");
        Same(got.RequireFirstPartial(3), exact.RequireFirstPartial(3), "u_b1");
        Same(got.RequireSecondPartial(2, 3), exact.RequireSecondPartial(2, 3), "u_a2b1");
        Same(got.RequireSecondPartial(4, 4), exact.RequireSecondPartial(4, 4), "u_b2b2");
        Same(got.RequireLaplacian(), exact.RequireLaplacian(), "lap");
        Same(got.RequireQuadraticForm(0), exact.RequireQuadraticForm(0), "quadratic form");
    }

    [Theory]
    [InlineData(DirectionalMethod.Jet, 1e-9, false)]
    [InlineData(DirectionalMethod.Difference, 1e-5, false)]
    [InlineData(DirectionalMethod.Jet, 1e-9, true)]
    [InlineData(DirectionalMethod.Difference, 1e-5, true)]
    public void DirectionalEstimatesThroughTheMapEqualAutograd(DirectionalMethod method, double tolerance, bool only)
    {
        using var scope = NewDisposeScope();
        foreach (int outputs in new[] { 1, 2 })
        {
            var net = Network(outputs, only);
            var x = Points(6, 6);
            var request = RequestedAgreement.EveryKind();
            using var directional = new DirectionalBackend(new DirectionalOptions { Method = method, Step = 1e-3 });
            Assert.True(directional.IsExact(request));
            var got = directional.Evaluate(net, x, request);
            var exact = new AutogradBackend().Evaluate(net, x, request);
            RequestedAgreement.AssertSamePerOutput(request, got, exact, outputs, tolerance);
        }
    }

    [Fact]
    public void JetsWithoutTheFeaturesCurvatureWouldBeWrong()
    {
        // The curvature 2|v_C|²/n·w_r is what makes the Laplacian right: leaving it out moves it by about w_r's size.
        using var scope = NewDisposeScope();
        var net = Network();
        var x = Points(5, 4);
        var v = eye(5, dtype: ScalarType.Float64).narrow(0, 1, 4);             // the axes of x
        var (tangent, curvature) = Map.Directional(x, v);
        var w = net.FirstLayer.weight!.t();
        var (_, _, second) = net.ForwardJets(net.FirstLayerOutput(x), tangent.matmul(w), curvature.matmul(w));
        var (_, _, flat) = net.ForwardJets(net.FirstLayerOutput(x), tangent.matmul(w));
        var exact = new AutogradBackend().Evaluate(net, x, new DerivativeRequest { LaplacianColumns = new[] { 1, 2, 3, 4 } }).RequireLaplacian();
        Assert.True((second.sum(1) - exact).abs().max().item<double>() < 1e-10);
        Assert.True((flat.sum(1) - exact).abs().max().item<double>() > 1e-4);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RandomDirectionsAndSteinThroughTheMapAreUnbiased(bool only)
    {
        using var scope = NewDisposeScope();
        var net = Network(only: only);
        var x = Points(4, 7);
        var request = new DerivativeRequest { Value = true, LaplacianColumns = new[] { 1, 2, 3, 4 }, FirstPartials = new[] { 1 } };
        var exact = new AutogradBackend().Evaluate(net, x, request);
        using var jets = new DirectionalBackend(new DirectionalOptions { Samples = 20000, ExactColumns = 1, Seed = 9 });
        Assert.False(jets.IsExact(request));
        var got = jets.Evaluate(net, x, request);
        double scale = 1 + exact.RequireLaplacian().abs().max().item<double>();
        Assert.True((got.RequireLaplacian() - exact.RequireLaplacian()).abs().max().item<double>() < 0.05 * scale, "jets");
        // Stein's estimate targets the smoothed network; at a small sigma and many samples it is within a few percent of f's.
        using var stein = new SteinBackend(new SteinOptions { Samples = 200000, Sigma = 0.05, Seed = 5, Estimator = SteinEstimator.Antithetic });
        var s = stein.Evaluate(net, x, request);
        Assert.True((s.RequireLaplacian() - exact.RequireLaplacian()).abs().max().item<double>() < 0.1 * scale, "Stein's Laplacian");
        Assert.True((s.RequireFirstPartial(1) - exact.RequireFirstPartial(1)).abs().max().item<double>() < 0.05 * (1 + exact.RequireFirstPartial(1).abs().max().item<double>()), "Stein's u_x1");
    }

    [Fact]
    public void BadGroupsAreRefused()
    {
        Assert.Throws<ArgumentException>(() => new RadialInputMap(5, Array.Empty<RadialGroup>()));
        Assert.Throws<ArgumentException>(() => new RadialInputMap(5, new[] { new RadialGroup(2, 4, 1) }));
        Assert.Throws<ArgumentException>(() => new RadialInputMap(5, new[] { new RadialGroup(1, 0, 1) }));
        Assert.Throws<ArgumentException>(() => new RadialInputMap(5, new[] { new RadialGroup(1, 3, 1), new RadialGroup(3, 2, 1) }));
        Assert.Throws<ArgumentException>(() => new RadialInputMap(5, new[] { new RadialGroup(1, 4, 0) }));
        Assert.Throws<ArgumentException>(() => new RadialInputMap(5, new[] { new RadialGroup(1, 4, double.NaN) }));
        Assert.Throws<ArgumentException>(() => new Mlp(4, 4, 1, inputMap: Map));
        Assert.Throws<ArgumentException>(() => Map.Apply(zeros(2, 4, dtype: ScalarType.Float64)));
    }
}
