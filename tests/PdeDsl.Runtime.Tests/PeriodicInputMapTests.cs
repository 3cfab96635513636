using System;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>
/// A network with a periodic input map repeats over the period with all its derivatives, its jets through the map's
/// curvature equal autograd's directional derivatives, and the Stein and directional backends read x through the map.
/// </summary>
public sealed class PeriodicInputMapTests
{
    // Inputs (t, x, y) with x periodic over [−0.5, 1.5] (period 2).
    private static readonly PeriodicInputMap Map = new(3, new[] { new PeriodicColumn(1, -0.5, 2.0) });

    private static Mlp Network(int outputs = 1) => new(3, 12, 3, seed: 7, precision: Precision.Float64, outputs: outputs, inputMap: Map);

    private static Tensor Points(int count, int seed) => rand(new long[] { count, 3 }, dtype: ScalarType.Float64, generator: new Generator((ulong)seed)) * 2 - 0.5;

    [Fact]
    public void ValueAndDerivativesRepeatOverThePeriod()
    {
        using var scope = NewDisposeScope();
        var net = Network();
        Assert.Equal(4, net.FirstLayer.weight!.shape[1]);                  // t, cos θ, y, sin θ
        var x = Points(16, 1);
        var shifted = x + tensor(new[] { 0.0, 2.0, 0.0 }, dtype: ScalarType.Float64);
        var (f0, g0, h0) = ValueGradientHessianDiagonal(net, x);
        var (f1, g1, h1) = ValueGradientHessianDiagonal(net, shifted);
        Assert.True((f0 - f1).abs().max().item<double>() < 1e-12);
        Assert.True((g0 - g1).abs().max().item<double>() < 1e-11);
        Assert.True((h0 - h1).abs().max().item<double>() < 1e-10);
        // Not trivially so: shifting by half the period changes the value, and the x derivative is not zero.
        var half = x + tensor(new[] { 0.0, 1.0, 0.0 }, dtype: ScalarType.Float64);
        Assert.True((net.forward(half) - f0).abs().max().item<double>() > 1e-3);
        Assert.True(g0[.., 1].abs().max().item<double>() > 1e-3);
    }

    [Fact]
    public void JetsThroughTheMapEqualAutogradAlongAnyDirection()
    {
        using var scope = NewDisposeScope();
        var net = Network();
        var x = Points(5, 2);
        var v = randn(new long[] { 5, 4, 3 }, dtype: ScalarType.Float64, generator: new Generator(3));   // per point
        var (tangent, curvature) = Map.Directional(x, v);
        var w = net.FirstLayer.weight!.t();
        var (value, first, second) = net.ForwardJets(net.FirstLayerOutput(x), tangent.matmul(w), curvature.matmul(w));
        Assert.True((value - net.forward(x)).abs().max().item<double>() < 1e-12);
        for (int m = 0; m < 4; m++)
        {
            var vm = v.select(1, m);                                        // [5, 3]
            var (d1, d2) = AlongDirection(net, x, vm);
            Assert.True((first.select(1, m) - d1).abs().max().item<double>() < 1e-10, $"first, direction {m}");
            Assert.True((second.select(1, m) - d2).abs().max().item<double>() < 1e-9, $"second, direction {m}");
        }
        // Without the curvature term the second derivative is wrong along x (the map's cos and sin bend).
        var (_, _, flat) = net.ForwardJets(net.FirstLayerOutput(x), tangent.matmul(w));
        Assert.True((flat - second).abs().max().item<double>() > 1e-4);
    }

    [Fact]
    public void SteinEstimatesRepeatOverThePeriodWithTheSameNoise()
    {
        using var scope = NewDisposeScope();
        var x = Points(8, 4);
        var shifted = x + tensor(new[] { 0.0, -2.0, 0.0 }, dtype: ScalarType.Float64);
        var request = new DerivativeRequest { Value = true, FirstPartials = new[] { 1 }, LaplacianColumns = new[] { 1, 2 } };
        var net = Network();
        using var a = new SteinBackend(new SteinOptions { Samples = 64, Seed = 5 });
        using var b = new SteinBackend(new SteinOptions { Samples = 64, Seed = 5 });
        var ra = a.Evaluate(net, x, request);
        var rb = b.Evaluate(net, shifted, request);
        Assert.True((ra.RequireValue() - rb.RequireValue()).abs().max().item<double>() < 1e-10);
        Assert.True((ra.RequireFirstPartial(1) - rb.RequireFirstPartial(1)).abs().max().item<double>() < 1e-8);
        Assert.True((ra.RequireLaplacian() - rb.RequireLaplacian()).abs().max().item<double>() < 1e-6);
    }

    [Theory]
    [InlineData(DirectionalMethod.Jet, 1e-9)]
    [InlineData(DirectionalMethod.Difference, 1e-5)]
    public void DirectionalEstimatesThroughTheMapEqualAutograd(DirectionalMethod method, double tolerance)
    {
        using var scope = NewDisposeScope();
        var net = Network();
        var x = Points(6, 6);
        // Axes, a mixed pair, the Laplacian over (x, y), a weighted diagonal, a quadratic form and a directional derivative:
        // every kind of direction.
        var request = new DerivativeRequest
        {
            Value = true,
            FirstPartials = new[] { 0, 1 },
            SecondPartials = new[] { (1, 2), (1, 1) },
            LaplacianColumns = new[] { 1, 2 },
            HessianDiagonals = new[] { new HessianDiagonalRequest(new[] { 1, 2 }, p => p.narrow(1, 1, 2).square() + 0.5, true) },
            QuadraticForms = new[] { new QuadraticFormRequest(new[] { 0, 1 }, p => p.narrow(1, 1, 2).cos()) },
            DirectionalDerivatives = new[] { new DirectionalDerivativeRequest(new[] { 1, 2, 0 }, p => p.narrow(1, 0, 3).sin()) },
        };
        using var directional = new DirectionalBackend(new DirectionalOptions { Method = method, Step = 1e-3 });
        var got = directional.Evaluate(net, x, request);
        var exact = new AutogradBackend().Evaluate(net, x, request);
        RequestedAgreement.AssertSame(request, got, exact, tolerance);
    }

    [Fact]
    public void RandomDirectionsThroughTheMapAreUnbiased()
    {
        // Over (x, y) with at most one exact column the Laplacian and a signed weighted diagonal take K random directions,
        // each through the map's curvature: their means over many directions are autograd's values.
        using var scope = NewDisposeScope();
        var net = Network();
        var x = Points(4, 7);
        var request = new DerivativeRequest
        {
            LaplacianColumns = new[] { 1, 2 },
            HessianDiagonals = new[] { new HessianDiagonalRequest(new[] { 1, 2 }, p => p.narrow(1, 1, 2).sin()) },
        };
        using var jets = new DirectionalBackend(new DirectionalOptions { Samples = 20000, ExactColumns = 1, Seed = 9 });
        Assert.False(jets.IsExact(request));
        var got = jets.Evaluate(net, x, request);
        var exact = new AutogradBackend().Evaluate(net, x, request);
        foreach (var (estimate, truth, what) in new[] { (got.RequireLaplacian(), exact.RequireLaplacian(), "lap"), (got.RequireHessianDiagonal(0), exact.RequireHessianDiagonal(0), "diagonal") })
        {
            double scale = 1 + truth.abs().max().item<double>();
            Assert.True((estimate - truth).abs().max().item<double>() < 0.05 * scale, what);
        }
    }

    [Fact]
    public void BadColumnsAndPeriodsAreRefused()
    {
        Assert.Throws<ArgumentException>(() => new PeriodicInputMap(3, new[] { new PeriodicColumn(3, 0, 1) }));
        Assert.Throws<ArgumentException>(() => new PeriodicInputMap(3, new[] { new PeriodicColumn(0, 0, 0) }));
        Assert.Throws<ArgumentException>(() => new PeriodicInputMap(3, new[] { new PeriodicColumn(0, 0, 1), new PeriodicColumn(0, 1, 1) }));
        Assert.Throws<ArgumentException>(() => new Mlp(2, 4, 1, inputMap: Map));
    }

    // f, ∇f and the Hessian's diagonal by autograd.
    private static (Tensor Value, Tensor Gradient, Tensor HessianDiagonal) ValueGradientHessianDiagonal(BaseNetwork net, Tensor points)
    {
        var x = points.detach().requires_grad_(true);
        var f = net.forward(x);
        var g = autograd.grad(new[] { f.sum() }, new[] { x }, retain_graph: true, create_graph: true)[0];
        var diagonal = new Tensor[3];
        for (int i = 0; i < 3; i++)
            diagonal[i] = autograd.grad(new[] { g[.., i].sum() }, new[] { x }, retain_graph: true)[0][.., i];
        return (f.detach(), g.detach(), stack(diagonal, 1).detach());
    }

    // vᵀ∇f and vᵀ∇²f v per point by autograd.
    private static (Tensor First, Tensor Second) AlongDirection(BaseNetwork net, Tensor points, Tensor v)
    {
        var x = points.detach().requires_grad_(true);
        var f = net.forward(x);
        var g = autograd.grad(new[] { f.sum() }, new[] { x }, retain_graph: true, create_graph: true)[0];
        var first = (g * v).sum(1);
        var hv = autograd.grad(new[] { first.sum() }, new[] { x }, retain_graph: true)[0];
        return (first.detach(), (hv * v).sum(1).detach());
    }
}
