using System;
using System.Linq;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>
/// Back-propagation through learned weights and directions: √w at w = 0 must not put NaN into the gradient, the
/// weights' gradient is Σ_n H_ii where the Hessian is diagonal, and a learned direction p gets 2Σ_n H p from every
/// backend that answers the quadratic form exactly; axes drawn by weight give the weights an unbiased gradient, finite
/// where a weight or a block's total is 0. Bad requests are refused with a message.
/// </summary>
public sealed class HessianBackwardTests
{
    [Theory]
    [InlineData(NoiseMode.Shared)]
    [InlineData(NoiseMode.PerPoint)]
    public void Weights_that_touch_zero_back_propagate_without_nan(NoiseMode mode)
    {
        using var scope = NewDisposeScope();
        const int d = 5;
        var f = new SineNetwork(d, terms: d, seed: 4);
        using (no_grad()) f.FirstLayer.weight!.copy_(diag(f.A.diagonal()));   // H diagonal: each Rademacher draw is exact
        var x = HessianExactTests.Points(6, d);
        var p = tensor(new[] { 1.2, 0.0, -0.8, 0.0, 0.5 }, dtype: ScalarType.Float64).requires_grad_(true);
        int[] columns = { 0, 1, 2, 3, 4 };
        var request = new DerivativeRequest { HessianDiagonals = new[] { new HessianDiagonalRequest(columns, _ => p) } };
        var estimate = new DirectionalBackend(new DirectionalOptions { Samples = 4, ExactColumns = 1, NoiseMode = mode }).Evaluate(f, x, request).RequireHessianDiagonal(0);
        estimate.sum().backward();
        var grad = p.grad!;
        Assert.True(grad.isfinite().all().item<bool>(), "the weights' gradient is finite at w = 0");
        // d/dp_i Σ_n Σ_k z_i² p_i H_ii / K = Σ_n H_ii where p_i ≠ 0 (at 0, √ has no derivative to give: 0 by construction).
        var expected = f.Hessian(x).diagonal(0, 1, 2).sum(new long[] { 0 });
        foreach (var i in new[] { 0, 2, 4 })
            Assert.True(Math.Abs(grad[i].item<double>() - expected[i].item<double>()) < 1e-10, $"d/dp_{i}: {grad[i].item<double>()} against {expected[i].item<double>()}");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Axes_drawn_by_weight_give_the_weights_an_unbiased_gradient_without_nan(bool allNonNegative)
    {
        using var scope = NewDisposeScope();
        const int d = 5, k = 4096;
        var f = new SineNetwork(d, terms: 3, seed: 4, frequency: 0.7);
        var x = HessianExactTests.Points(6, d);
        // Weights of either sign (two blocks), or all ≥ 0 without the promise (the w⁻ block's total is 0: no NaN from it).
        var values = allNonNegative ? new[] { 1.2, 0.0, 0.8, 0.0, 0.5 } : new[] { 1.2, 0.0, -0.8, 0.0, 0.5 };
        var p = tensor(values, dtype: ScalarType.Float64).requires_grad_(true);
        int[] columns = { 0, 1, 2, 3, 4 };
        var request = new DerivativeRequest { HessianDiagonals = new[] { new HessianDiagonalRequest(columns, _ => p) } };
        var options = new DirectionalOptions { Directions = DirectionKind.Axes, Samples = k, ExactColumns = 1, NoiseMode = NoiseMode.PerPoint, Seed = 2 };
        new DirectionalBackend(options).Evaluate(f, x, request).RequireHessianDiagonal(0).sum().backward();
        var grad = p.grad!;
        Assert.True(grad.isfinite().all().item<bool>(), "the weights' gradient is finite where a weight or a block's total is 0");
        // d/dp_j Σ_n Σ_i p_i H_ii = Σ_n H_jj. Per draw the estimate's derivative is (W/|p_j|)·H_jj with chance |p_j|/W (W the
        // total of p_j's block), else 0: Var = (W/|p_j| − 1)·H_jj², independent over points and draws. An axis of weight 0 is
        // never drawn: its derivative is 0.
        var h = f.Hessian(x).diagonal(0, 1, 2);                                                            // [N, d]
        double Block(double sign) => values.Where(v => v * sign > 0).Sum(Math.Abs);
        for (int j = 0; j < d; j++)
        {
            double g = grad[j].item<double>();
            if (values[j] == 0)
            {
                Assert.Equal(0.0, g);
                continue;
            }
            double total = Block(Math.Sign(values[j]));
            var hj = h.select(1, j);
            double exact = hj.sum().item<double>();
            double se = Math.Sqrt((total / Math.Abs(values[j]) - 1) * hj.square().sum().item<double>() / k);
            Assert.True(Math.Abs(g - exact) <= 5 * se + 1e-9 * Math.Abs(exact), $"d/dp_{j}: {g} against {exact} (5 standard errors: {5 * se})");
            Assert.True(5 * se < 0.25 * Math.Abs(exact) + 1e-12, $"the bound {5 * se} is too loose to check d/dp_{j} = {exact}");
        }
    }

    [Theory]
    [InlineData("jet")]
    [InlineData("autograd")]
    public void A_learned_direction_gets_twice_h_p(string backend)
    {
        using var scope = NewDisposeScope();
        const int d = 4;
        var net = new Mlp(d, width: 12, depth: 2, seed: 8, precision: Precision.Float64);
        var x = HessianExactTests.Points(5, d);
        var p = tensor(new[] { 0.3, -1.1, 0.7 }, dtype: ScalarType.Float64).requires_grad_(true);
        int[] columns = { 3, 0, 2 };
        var request = new DerivativeRequest { QuadraticForms = new[] { new QuadraticFormRequest(columns, _ => p) } };
        IDerivativeBackend b = backend == "jet" ? new DirectionalBackend() : new AutogradBackend();
        b.Evaluate(net, x, request).RequireQuadraticForm(0).sum().backward();
        var index = tensor(columns.Select(c => (long)c).ToArray());
        var h = HessianOracle.Of(net, x).index_select(1, index).index_select(2, index);
        var expected = 2 * h.sum(new long[] { 0 }).matmul(p.detach());
        AutogradBackendTests.AssertClose(expected, p.grad!, 1e-10);
    }

    [Fact]
    public void Bad_requests_are_refused_with_a_message()
    {
        using var scope = NewDisposeScope();
        var net = new Mlp(3, width: 8, depth: 2, precision: Precision.Float64);
        var x = HessianExactTests.Points(2, 3);
        string Refused(IDerivativeBackend backend, DerivativeRequest request) => Assert.Throws<ArgumentException>(() => backend.Evaluate(net, x, request)).Message;
        Func<Tensor, Tensor> one = t => ones(1, dtype: t.dtype);
        foreach (IDerivativeBackend backend in new IDerivativeBackend[] { new AutogradBackend(), new DirectionalBackend(), new SteinBackend() })
        {
            Assert.Contains("is empty", Refused(backend, new DerivativeRequest { HessianDiagonals = new[] { new HessianDiagonalRequest(Array.Empty<int>(), one) } }));
            Assert.Contains("outside the input columns [0, 3)", Refused(backend, new DerivativeRequest { HessianDiagonals = new[] { new HessianDiagonalRequest(new[] { 0, 3 }, one) } }));
            Assert.Contains("more than once", Refused(backend, new DerivativeRequest { QuadraticForms = new[] { new QuadraticFormRequest(new[] { 1, 1 }, one) } }));
            Assert.Contains("QuadraticForms[0].Direction gave shape [3]", Refused(backend, new DerivativeRequest { QuadraticForms = new[] { new QuadraticFormRequest(new[] { 1, 2 }, t => ones(3, dtype: t.dtype)) } }));
            Assert.Contains("Weights gave a Float32", Refused(backend, new DerivativeRequest { HessianDiagonals = new[] { new HessianDiagonalRequest(new[] { 1 }, _ => ones(1)) } }));
        }
        var none = new AutogradBackend().Evaluate(net, x, new DerivativeRequest { Value = true });
        Assert.Contains("Weighted Hessian diagonal 0", Assert.Throws<InvalidOperationException>(() => none.RequireHessianDiagonal(0)).Message);
        Assert.Contains("Quadratic form 1", Assert.Throws<InvalidOperationException>(() => none.RequireQuadraticForm(1)).Message);
    }
}
