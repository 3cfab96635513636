using System;
using System.Linq;
using TorchSharp;
using Xunit;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>
/// The random estimators of weighted Hessian diagonals: Hutchinson's scaled directions √w±∘z and Stein's
/// Σ_i w_i(ξ_i² − 1) weights are unbiased within Z = 5 standard errors of the variances derived in docs/runtime.md, for
/// weights of both signs (float64), and so are axes drawn by weight; Rademacher directions are exact draw by draw when the
/// Hessian is diagonal, axes drawn by weight when its diagonal is constant; groups
/// are disjoint slices whose mean is the whole.
/// </summary>
public sealed class HessianRandomTests(ITestOutputHelper output)
{
    private const double Z = 5;
    private readonly EstimateChecks checks = new(output, Z);

    [Theory]
    [InlineData(DirectionKind.Rademacher, NoiseMode.Shared, false)]
    [InlineData(DirectionKind.Rademacher, NoiseMode.PerPoint, true)]
    [InlineData(DirectionKind.Gaussian, NoiseMode.Shared, false)]
    [InlineData(DirectionKind.Gaussian, NoiseMode.PerPoint, true)]
    [InlineData(DirectionKind.Axes, NoiseMode.Shared, false)]
    [InlineData(DirectionKind.Axes, NoiseMode.PerPoint, true)]
    [InlineData(DirectionKind.Axes, NoiseMode.PerPoint, false)]
    public void Hutchinson_with_scaled_directions_is_unbiased_for_weights_of_either_sign(DirectionKind kind, NoiseMode mode, bool nonNegative)
    {
        using var scope = NewDisposeScope();
        const int d = 40, k = 4096;
        // frequency 0.3 spreads the Hessian off the diagonal, so the Rademacher variance is not zero.
        var f = new SineNetwork(d, terms: 4, seed: 9, frequency: 0.3);
        var x = HessianExactTests.Points(4, d);
        int[] columns = Enumerable.Range(0, 7).ToArray();
        Func<Tensor, Tensor> weights = nonNegative ? t => HessianExactTests.Weights(7)(t).abs() : HessianExactTests.Weights(7);
        var request = new DerivativeRequest { HessianDiagonals = new[] { new HessianDiagonalRequest(columns, weights, nonNegative) } };
        var backend = new DirectionalBackend(new DirectionalOptions { Directions = kind, Samples = k, ExactColumns = 1, NoiseMode = mode, Seed = 5 });
        Assert.False(backend.IsExact(request));
        var estimate = backend.Evaluate(f, x, request).RequireHessianDiagonal(0);

        var hess = f.Hessian(x).index_select(1, tensor(columns.Select(c => (long)c).ToArray())).index_select(2, tensor(columns.Select(c => (long)c).ToArray()));
        var w = weights(x);
        // Per direction: each block v = √w±∘z has Var vᵀHv = 2‖S H S‖²_F (Gaussian) less 2Σ (S H S)_ii² (Rademacher), S = diag √w±;
        // the two blocks read disjoint coordinates of z, so their variances add. Axes drawn by weight, v = √W±·e_i with
        // P(i) = w±_i/W±: Var = W±·Σ w±_i H_ii² − (Σ w±_i H_ii)², the blocks drawn independently.
        Tensor BlockVariance(Tensor part)
        {
            if (kind == DirectionKind.Axes)
            {
                var h = hess.diagonal(0, 1, 2);
                return part.sum(1) * (part * h.square()).sum(1) - (part * h).sum(1).square();
            }
            var s = part.sqrt();
            var m = s.unsqueeze(2) * hess * s.unsqueeze(1);
            var v = 2 * m.square().sum(new long[] { 1, 2 });
            return kind == DirectionKind.Rademacher ? v - 2 * m.diagonal(0, 1, 2).square().sum(1) : v;
        }
        var variance = BlockVariance(w.clamp_min(0)) + BlockVariance((-w).clamp_min(0));
        checks.CheckWithin("sum w h_ii", estimate, HessianOracle.WeightedDiagonal(f.Hessian(x), columns, w), variance, k);
    }

    [Theory]
    [InlineData(NoiseMode.Shared, false)]
    [InlineData(NoiseMode.PerPoint, true)]
    public void Rademacher_directions_are_exact_per_draw_when_the_hessian_is_diagonal(NoiseMode mode, bool nonNegative)
    {
        using var scope = NewDisposeScope();
        const int d = 7;
        // f = Σ_j c_j sin(a_j x_j + b_j): a sum of one-coordinate functions, so H is diagonal and (√w∘z)ᵀH(√w∘z) = Σ w_i H_ii z_i².
        var f = new SineNetwork(d, terms: d, seed: 4);
        using (no_grad()) f.FirstLayer.weight!.copy_(diag(f.A.diagonal()));
        var x = HessianExactTests.Points(5, d);
        int[] columns = { 0, 1, 2, 3, 4, 5, 6 };
        Func<Tensor, Tensor> weights = nonNegative ? t => HessianExactTests.Weights(d)(t).abs() : HessianExactTests.Weights(d);
        var request = new DerivativeRequest { HessianDiagonals = new[] { new HessianDiagonalRequest(columns, weights, nonNegative) } };
        var r = new DirectionalBackend(new DirectionalOptions { Samples = 1, ExactColumns = 1, NoiseMode = mode, Seed = 3 }).Evaluate(f, x, request);
        checks.Check("one Rademacher draw", r.RequireHessianDiagonal(0), HessianOracle.WeightedDiagonal(f.Hessian(x), columns, weights(x)), 1e-12);
    }

    [Theory]
    [InlineData(NoiseMode.Shared, false)]
    [InlineData(NoiseMode.PerPoint, true)]
    public void Axes_drawn_by_weight_are_exact_per_draw_when_the_hessian_diagonal_is_constant(NoiseMode mode, bool nonNegative)
    {
        using var scope = NewDisposeScope();
        const int d = 7;
        // f = Σ_j c_j sin(a_j Σ_i x_i + b_j), a function of Σx_i: H_ii is the same for every i (H is far from diagonal, so
        // Hutchinson's directions are noisy here), and √W·e_i drawn by weight gives W·H_ii = Σ w_i H_ii on any draw.
        var f = new SineNetwork(d, terms: 3, seed: 4);
        using (no_grad()) f.FirstLayer.weight!.copy_(f.A.select(1, 0).clone().unsqueeze(1).expand(-1, d));
        var x = HessianExactTests.Points(5, d);
        int[] columns = { 0, 1, 2, 3, 4, 5, 6 };
        Func<Tensor, Tensor> weights = nonNegative ? t => HessianExactTests.Weights(d)(t).abs() : HessianExactTests.Weights(d);
        var request = new DerivativeRequest { HessianDiagonals = new[] { new HessianDiagonalRequest(columns, weights, nonNegative) } };
        var exact = HessianOracle.WeightedDiagonal(f.Hessian(x), columns, weights(x));
        var axes = new DirectionalBackend(new DirectionalOptions { Directions = DirectionKind.Axes, Samples = 1, ExactColumns = 1, NoiseMode = mode, Seed = 3 }).Evaluate(f, x, request);
        checks.Check("one axis drawn by weight", axes.RequireHessianDiagonal(0), exact, 1e-12);
        var rademacher = new DirectionalBackend(new DirectionalOptions { Samples = 1, ExactColumns = 1, NoiseMode = mode, Seed = 3 }).Evaluate(f, x, request);
        Assert.True((rademacher.RequireHessianDiagonal(0) - exact).abs().max().item<double>() > 1e-3, "a Rademacher draw is not exact here");
    }

    [Theory]
    [InlineData(NoiseMode.Shared)]
    [InlineData(NoiseMode.PerPoint)]
    public void Stein_is_unbiased_for_the_smoothed_hessian_diagonal_and_quadratic_form(NoiseMode mode)
    {
        using var scope = NewDisposeScope();
        const int d = 10, k = 64, repeats = 4096;
        const double sigma = 0.5;
        var f = new SineNetwork(d, seed: 17, frequency: 0.8);
        var x = HessianExactTests.Points(1, d, seed: 3);
        // The first columns carry the sine's weight (SineNetwork.Concentrated); a thin column adds noise, hardly signal.
        int[] diagonal = { 0, 1, 2, 5 }, form = { 1, 2, 0 };
        var request = new DerivativeRequest
        {
            HessianDiagonals = new[] { new HessianDiagonalRequest(diagonal, HessianExactTests.Weights(diagonal.Length)) },
            QuadraticForms = new[] { new QuadraticFormRequest(form, HessianExactTests.Direction(form.Length)) },
        };
        var options = new SteinOptions { Sigma = sigma, Samples = k, NoiseMode = mode };
        // Independent estimates: per-point noise on the point repeated; shared noise with one seed per estimate (of 32x the samples).
        var results = mode == NoiseMode.PerPoint
            ? new[] { new SteinBackend(options).Evaluate(f, x.expand(repeats, d).contiguous(), request) }
            : Enumerable.Range(0, repeats / 32).Select(seed => new SteinBackend(options with { Seed = seed, Samples = 32 * k }).Evaluate(f, x, request)).ToArray();
        var hess = f.Hessian(x, sigma);                                           // the smoothed model's
        AssertMean("sum w u_ii", cat(results.Select(r => r.RequireHessianDiagonal(0)).ToArray()), HessianOracle.WeightedDiagonal(hess, diagonal, request.HessianDiagonals[0].Weights(x)).item<double>());
        AssertMean("v'Hu v", cat(results.Select(r => r.RequireQuadraticForm(0)).ToArray()), HessianOracle.QuadraticForm(hess, form, request.QuadraticForms[0].Direction(x)).item<double>());
    }

    [Theory]
    [InlineData("jet", NoiseMode.Shared)]
    [InlineData("jet", NoiseMode.PerPoint)]
    [InlineData("stein", NoiseMode.Shared)]
    [InlineData("stein", NoiseMode.PerPoint)]
    public void Groups_are_disjoint_slices_whose_mean_is_the_whole(string backend, NoiseMode mode)
    {
        using var scope = NewDisposeScope();
        const int d = 12, k = 30, groups = 3;
        var net = new Mlp(d, width: 16, depth: 2, seed: 2, precision: Precision.Float64, outputs: 2);
        var x = HessianExactTests.Points(3, d);
        int[] columns = Enumerable.Range(0, 7).ToArray();
        var request = new DerivativeRequest
        {
            FirstPartials = new[] { 0 },
            HessianDiagonals = new[] { new HessianDiagonalRequest(columns, HessianExactTests.Weights(7)) },
            QuadraticForms = new[] { new QuadraticFormRequest(new[] { 3, 1 }, HessianExactTests.Direction(2)) },
            Groups = groups,
        };
        IDerivativeBackend b = backend == "jet"
            ? new DirectionalBackend(new DirectionalOptions { Samples = k, ExactColumns = 1, NoiseMode = mode, Seed = 1 })
            : new SteinBackend(new SteinOptions { Samples = k, NoiseMode = mode, Seed = 1 });
        var r = b.Evaluate(net, x, request);
        for (int j = 0; j < 2; j++)
        {
            var u = r.Unknown(j);
            Assert.Equal(groups, u.Groups.Count);
            var mean = (u.Groups[0].RequireHessianDiagonal(0) + u.Groups[1].RequireHessianDiagonal(0) + u.Groups[2].RequireHessianDiagonal(0)) / 3;
            checks.Check($"mean of groups, u{j}", mean, u.RequireHessianDiagonal(0), 1e-12);
            Assert.True((u.Groups[0].RequireHessianDiagonal(0) - u.Groups[1].RequireHessianDiagonal(0)).abs().max().item<double>() > 1e-6, "groups read different directions");
            var form = (u.Groups[0].RequireQuadraticForm(0) + u.Groups[1].RequireQuadraticForm(0) + u.Groups[2].RequireQuadraticForm(0)) / 3;
            checks.Check($"quadratic form, mean of groups, u{j}", form, u.RequireQuadraticForm(0), 1e-12);
        }
        // Without groups the all-direction estimates are the same numbers (the same draws).
        var plain = (backend == "jet"
            ? (IDerivativeBackend)new DirectionalBackend(new DirectionalOptions { Samples = k, ExactColumns = 1, NoiseMode = mode, Seed = 1 })
            : new SteinBackend(new SteinOptions { Samples = k, NoiseMode = mode, Seed = 1 }))
            .Evaluate(net, x, new DerivativeRequest { FirstPartials = request.FirstPartials, HessianDiagonals = request.HessianDiagonals, QuadraticForms = request.QuadraticForms });
        checks.Check("without groups", plain.RequireHessianDiagonal(0), r.RequireHessianDiagonal(0), 1e-12);
    }

    // The mean of independent estimates within Z standard errors of the exact value, and that bound tight enough to
    // tell a sign or a factor 2.
    private void AssertMean(string what, Tensor estimates, double exact)
    {
        double mean = estimates.mean().item<double>();
        double error = estimates.std().item<double>() / Math.Sqrt(estimates.shape[0]);
        output.WriteLine($"{what}: mean {mean:E4}, exact {exact:E4}, standard error {error:E2}");
        Assert.True(Z * error < 0.5 * Math.Abs(exact), $"{what}: {Z} standard errors ({Z * error:E2}) cannot tell a factor 2 from {exact:E4}.");
        Assert.True(Math.Abs(mean - exact) <= Z * error, $"{what}: mean {mean:E4} is {Math.Abs(mean - exact) / error:F1} standard errors from {exact:E4}.");
    }
}
