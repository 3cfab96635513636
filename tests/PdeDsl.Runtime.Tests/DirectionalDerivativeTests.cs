using System;
using System.Linq;
using Xunit;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>
/// Directional derivatives wᵀ∇_C u: jets and autograd exact against the float64 back-propagation gradient for a field
/// that varies by point, a constant one and two unknowns; differences within their O(h²) bias; Stein's estimate is
/// its own gradient estimate dotted with w draw by draw, and unbiased for the smoothed model's; jets stay exact beside
/// random directions (w is a direction of its own), so every group is the whole; bad fields are refused by name.
/// </summary>
public sealed class DirectionalDerivativeTests(ITestOutputHelper output)
{
    private const double Z = 5;
    private readonly EstimateChecks checks = new(output, Z);

    // ∇f of output j at each point by back-propagation, [N, D]: shares no code with the backends.
    private static Tensor Gradient(BaseNetwork network, Tensor x, int output)
    {
        var xg = x.detach().requires_grad_(true);
        var f = network.forward(xg);
        if (network.Outputs > 1) f = f.select(-1, output);
        return autograd.grad(new[] { f.sum() }, new[] { xg })[0].detach();
    }

    private static Tensor Along(Tensor gradient, int[] columns, Tensor w) =>
        (gradient.index_select(1, tensor(columns.Select(c => (long)c).ToArray())) * w).sum(1);

    // With a quadratic form beside them, whose direction comes first: a directional derivative read from the wrong
    // direction index would show.
    private static DerivativeRequest Request(int[] varying, int[] constant) => new()
    {
        Value = true,
        QuadraticForms = new[] { new QuadraticFormRequest(constant, HessianExactTests.Direction(constant.Length)) },
        DirectionalDerivatives = new[]
        {
            new DirectionalDerivativeRequest(varying, HessianExactTests.Direction(varying.Length)),
            new DirectionalDerivativeRequest(constant, x => tensor(HessianExactTests.SignedWeights.Take(constant.Length).ToArray(), dtype: x.dtype)),
        },
    };

    [Theory]
    [InlineData("jet")]
    [InlineData("autograd")]
    public void Exact_backends_match_the_gradient_along_w_for_every_unknown(string backend)
    {
        using var scope = NewDisposeScope();
        const int d = 9;
        var net = new Mlp(d, width: 16, depth: 3, seed: 4, precision: Precision.Float64, outputs: 2);
        var x = HessianExactTests.Points(7, d);
        int[] varying = { 8, 1, 4, 2, 6, 0, 7 }, constant = { 3, 5 };
        var request = Request(varying, constant);
        // K = 2 with every column set wide (ExactColumns 1): a random direction anywhere would show as an error.
        IDerivativeBackend b = backend == "jet" ? new DirectionalBackend(new DirectionalOptions { Samples = 2, ExactColumns = 1 }) : new AutogradBackend();
        Assert.True(b.IsExact(request));
        var r = b.Evaluate(net, x, request);
        for (int j = 0; j < 2; j++)
        {
            var g = Gradient(net, x, j);
            var u = r.Unknown(j);
            checks.Check($"w(x)'grad u{j}", u.RequireDirectionalDerivative(0), Along(g, varying, request.DirectionalDerivatives[0].Direction(x)), 1e-12);
            checks.Check($"w'grad u{j}, w constant", u.RequireDirectionalDerivative(1), Along(g, constant, request.DirectionalDerivatives[1].Direction(x)), 1e-12);
        }
        Assert.Throws<InvalidOperationException>(() => r.RequireDirectionalDerivative(2));
    }

    [Fact]
    public void Differences_are_within_their_step_bias()
    {
        using var scope = NewDisposeScope();
        const int d = 6;
        var f = new SineNetwork(d, terms: 4, seed: 3);
        var x = HessianExactTests.Points(6, d);
        int[] varying = { 2, 0, 5 }, constant = { 1, 4 };
        var request = Request(varying, constant);
        const double h = 1e-3;
        var r = new DirectionalBackend(new DirectionalOptions { Method = DirectionalMethod.Difference, Step = h }).Evaluate(f, x, request);
        // The central difference along w errs by h²/6·∂³_w f ≤ h²/6·Σ|c_j|(|a_j|·|w|)³; |w|² ≤ 3 and ≤ 1.5² + 0.7².
        double a3 = (f.C.abs() * f.A.square().sum(1).pow(1.5)).sum().item<double>();
        double bias = h * h / 6 * a3 * Math.Pow(3, 1.5);
        var g = f.Gradient(x);
        checks.Check("w(x)'grad f", r.RequireDirectionalDerivative(0), Along(g, varying, request.DirectionalDerivatives[0].Direction(x)), bias + 1e-8);
        checks.Check("w'grad f, w constant", r.RequireDirectionalDerivative(1), Along(g, constant, request.DirectionalDerivatives[1].Direction(x)), bias + 1e-8);
    }

    [Theory]
    [InlineData(SteinEstimator.Antithetic, NoiseMode.Shared)]
    [InlineData(SteinEstimator.ControlVariate, NoiseMode.PerPoint)]
    [InlineData(SteinEstimator.Vanilla, NoiseMode.PerPoint)]
    public void Stein_is_its_gradient_estimate_along_w_draw_by_draw(SteinEstimator estimator, NoiseMode mode)
    {
        using var scope = NewDisposeScope();
        const int d = 8;
        var net = new Mlp(d, width: 12, depth: 2, seed: 6, precision: Precision.Float64, outputs: 2);
        var x = HessianExactTests.Points(5, d);
        int[] columns = { 6, 1, 3 };
        var direction = HessianExactTests.Direction(columns.Length);
        // A weighted diagonal and a quadratic form beside it (even-signal fields before the odd one): a mixed-up field list shows.
        var request = new DerivativeRequest
        {
            GradientColumns = columns,
            HessianDiagonals = new[] { new HessianDiagonalRequest(columns, HessianExactTests.Weights(columns.Length)) },
            QuadraticForms = new[] { new QuadraticFormRequest(columns, HessianExactTests.Direction(columns.Length)) },
            DirectionalDerivatives = new[] { new DirectionalDerivativeRequest(columns, direction) },
            Groups = 2,
        };
        var r = new SteinBackend(new SteinOptions { Estimator = estimator, NoiseMode = mode, Samples = 16, Sigma = 0.2, Seed = 2 }).Evaluate(net, x, request);
        for (int j = 0; j < 2; j++)
        {
            var u = r.Unknown(j);
            checks.Check($"w'grad-hat, u{j}", u.RequireDirectionalDerivative(0), (u.RequireGradient() * direction(x)).sum(1), 1e-10);
            for (int g = 0; g < 2; g++)
                checks.Check($"group {g}, u{j}", u.Groups[g].RequireDirectionalDerivative(0), (u.Groups[g].RequireGradient() * direction(x)).sum(1), 1e-10);
            Assert.True((u.Groups[0].RequireDirectionalDerivative(0) - u.Groups[1].RequireDirectionalDerivative(0)).abs().max().item<double>() > 1e-6, "groups read different noise");
        }
    }

    [Fact]
    public void Stein_is_unbiased_for_the_smoothed_directional_derivative()
    {
        using var scope = NewDisposeScope();
        const int d = 10, k = 64, repeats = 4096;
        const double sigma = 0.5;
        var f = new SineNetwork(d, seed: 17, frequency: 0.8);
        var x = HessianExactTests.Points(1, d, seed: 3);
        int[] columns = { 1, 2, 0 };
        var direction = HessianExactTests.Direction(columns.Length);
        var request = new DerivativeRequest { DirectionalDerivatives = new[] { new DirectionalDerivativeRequest(columns, direction) } };
        var estimates = new SteinBackend(new SteinOptions { Sigma = sigma, Samples = k, NoiseMode = NoiseMode.PerPoint })
            .Evaluate(f, x.expand(repeats, d).contiguous(), request).RequireDirectionalDerivative(0);
        var w = direction(x);
        double exact = columns.Select((c, i) => f.Partial(x, sigma, c).item<double>() * w[0, i].item<double>()).Sum();
        double mean = estimates.mean().item<double>(), error = estimates.std().item<double>() / Math.Sqrt(repeats);
        output.WriteLine($"w'grad u_sigma: mean {mean:E4}, exact {exact:E4}, standard error {error:E2}");
        Assert.True(Z * error < 0.5 * Math.Abs(exact), "the bound cannot tell a factor 2");
        Assert.True(Math.Abs(mean - exact) <= Z * error, $"mean {mean:E4} is {Math.Abs(mean - exact) / error:F1} standard errors from {exact:E4}");
    }

    [Fact]
    public void Jets_are_exact_beside_random_directions_and_their_groups_are_the_whole()
    {
        using var scope = NewDisposeScope();
        const int d = 30;
        var net = new Mlp(d, width: 8, depth: 2, seed: 1, precision: Precision.Float64);
        var x = HessianExactTests.Points(4, d);
        var all = Enumerable.Range(0, d).ToArray();
        var request = new DerivativeRequest
        {
            LaplacianColumns = all,
            DirectionalDerivatives = new[] { new DirectionalDerivativeRequest(all, HessianExactTests.Direction(d)) },
            Groups = 2,
        };
        var r = new DirectionalBackend(new DirectionalOptions { Samples = 4, Seed = 9 }).Evaluate(net, x, request);
        var exact = Along(Gradient(net, x, 0), all, HessianExactTests.Direction(d)(x));
        checks.Check("w'grad f beside a random Laplacian", r.RequireDirectionalDerivative(0), exact, 1e-12);
        checks.Check("group 0", r.Groups[0].RequireDirectionalDerivative(0), exact, 1e-12);
        checks.Check("group 1", r.Groups[1].RequireDirectionalDerivative(0), exact, 1e-12);
    }

    [Fact]
    public void A_direction_of_the_wrong_shape_or_a_column_outside_the_input_is_refused_with_its_name()
    {
        using var scope = NewDisposeScope();
        var net = new Mlp(4, width: 8, depth: 2, seed: 1, precision: Precision.Float64);
        var x = HessianExactTests.Points(3, 4);
        var wide = new DerivativeRequest { DirectionalDerivatives = new[] { new DirectionalDerivativeRequest(new[] { 0, 1 }, t => ones(3, 3, dtype: t.dtype)) } };
        var outside = new DerivativeRequest { DirectionalDerivatives = new[] { new DirectionalDerivativeRequest(new[] { 0, 4 }, t => ones(2, dtype: t.dtype)) } };
        foreach (IDerivativeBackend b in new IDerivativeBackend[] { new DirectionalBackend(), new SteinBackend(), new AutogradBackend() })
        {
            var shape = Assert.Throws<ArgumentException>(() => b.Evaluate(net, x, wide));
            Assert.Contains("DirectionalDerivatives[0].Direction", shape.Message);
            var column = Assert.Throws<ArgumentException>(() => b.Evaluate(net, x, outside));
            Assert.Contains("DirectionalDerivatives[0]", column.Message);
        }
    }
}
