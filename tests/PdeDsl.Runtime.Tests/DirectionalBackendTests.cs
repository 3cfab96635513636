using System;
using System.Linq;
using Xunit;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>
/// The directional estimators (jets and differences) against closed forms of a sine network's own derivatives (σ = 0)
/// and against autograd on an MLP. Axis directions must be exact (jets) or within the stated O(h²) bias (differences);
/// random directions within Z = 5 standard deviations of the Hutchinson variances derived in docs/runtime.md.
/// </summary>
public sealed class DirectionalBackendTests(ITestOutputHelper output)
{
    private readonly EstimateChecks checks = new(output);

    private static Tensor Points(int n, int d, long seed = 7) =>
        randn(new long[] { n, d }, dtype: ScalarType.Float64, generator: new Generator((ulong)seed)) * 0.5;

    private static DerivativeRequest Everything(int d, int[] gradient, int[] laplacian) => new()
    {
        Value = true,
        FirstPartials = new[] { 0, d - 1 },
        GradientColumns = gradient,
        GradientSquaredNorm = true,
        LaplacianColumns = laplacian,
        SecondPartials = new[] { (0, 0), (0, 1), (2, 1) },
    };

    [Theory]
    [InlineData(DirectionalMethod.Jet)]
    [InlineData(DirectionalMethod.Difference)]
    public void Axis_directions_give_the_sine_networks_own_derivatives(DirectionalMethod method)
    {
        using var scope = NewDisposeScope();
        const int d = 6;
        var f = new SineNetwork(d, terms: 4, seed: 3);
        var x = Points(5, d);
        var all = Enumerable.Range(0, d).ToArray();
        const double h = 1e-3;
        var backend = new DirectionalBackend(new DirectionalOptions { Method = method, Step = h });
        var r = backend.Evaluate(f, x, Everything(d, all, all));
        Assert.True(backend.IsExact(Everything(d, all, all)));

        // Jets are exact to rounding. Differences along an axis err by h²/6·|∂³f| (first) and h²/12·|∂⁴f| (second),
        // at most h²/6·Σ|c||a|³ and h²/12·Σ|c||a|⁴ per axis (and 4x for the pair e_a + e_b, whose length is √2).
        double a4 = (f.C.abs() * f.A.abs().pow(4).max(1).values).sum().item<double>();
        double first = method == DirectionalMethod.Jet ? 1e-12 : h * h / 6 * a4 * 4 + 1e-9;
        double second = method == DirectionalMethod.Jet ? 1e-12 : h * h / 12 * a4 * 16 * d + 1e-6;
        var g = f.Gradient(x);
        var hess = f.Hessian(x);
        checks.Check("u", r.RequireValue(), f.Value(x, 0), 1e-12);
        checks.Check("u_x0", r.RequireFirstPartial(0), g[.., 0], first);
        checks.Check("u_x5", r.RequireFirstPartial(d - 1), g[.., d - 1], first);
        checks.Check("grad u", r.RequireGradient(), g, first);
        checks.Check("|grad u|^2", r.RequireGradientSquaredNorm(), g.square().sum(1), first * 4 * g.abs().max().item<double>() * d);
        checks.Check("lap u", r.RequireLaplacian(), f.Laplacian(x, 0, all), second);
        checks.Check("u_x0x0", r.RequireSecondPartial(0, 0), hess[.., 0, 0], second);
        checks.Check("u_x0x1", r.RequireSecondPartial(0, 1), hess[.., 0, 1], second);
        checks.Check("u_x2x1", r.RequireSecondPartial(2, 1), hess[.., 2, 1], second);
    }

    [Fact]
    public void Mlp_jets_match_autograd_for_every_quantity_and_every_unknown()
    {
        using var scope = NewDisposeScope();
        const int d = 5;
        var net = new Mlp(d, width: 16, depth: 3, seed: 4, precision: Precision.Float64, outputs: 2);
        var x = Points(7, d);
        var all = Enumerable.Range(0, d).ToArray();
        var request = Everything(d, all, new[] { 1, 2, 3 });
        var jets = new DirectionalBackend().Evaluate(net, x, request);
        var exact = new AutogradBackend().Evaluate(net, x, request);
        for (int j = 0; j < 2; j++)
        {
            var a = jets.Unknown(j);
            var b = exact.Unknown(j);
            checks.Check($"u{j}", a.RequireValue(), b.RequireValue(), 1e-12);
            checks.Check($"grad u{j}", a.RequireGradient(), b.RequireGradient(), 1e-12);
            checks.Check($"|grad u{j}|^2", a.RequireGradientSquaredNorm(), b.RequireGradientSquaredNorm(), 1e-12);
            checks.Check($"lap u{j}", a.RequireLaplacian(), b.RequireLaplacian(), 1e-12);
            checks.Check($"u{j}_x0", a.RequireFirstPartial(0), b.RequireFirstPartial(0), 1e-12);
            foreach (var (p, q) in request.SecondPartials)
                checks.Check($"u{j}_x{p}x{q}", a.RequireSecondPartial(p, q), b.RequireSecondPartial(p, q), 1e-12);
        }
    }

    [Fact]
    public void Mlp_jets_give_its_forward_laplacian_in_float32_too()
    {
        using var scope = NewDisposeScope();
        const int d = 40;
        var net = new Mlp(d, width: 32, depth: 3, seed: 5);
        var x = Points(9, d).to(ScalarType.Float32);
        var all = Enumerable.Range(0, d).ToArray();
        var lap = new DirectionalBackend(new DirectionalOptions { ExactColumns = d }).Evaluate(net, x, new DerivativeRequest { LaplacianColumns = all }).RequireLaplacian();
        var reference = net.ForwardLaplacian(x);
        checks.Check("lap f (float32)", lap.to(ScalarType.Float64), reference.to(ScalarType.Float64), 1e-5 * (1 + reference.abs().max().item<float>()));
    }

    [Theory]
    [InlineData(DirectionKind.Rademacher, NoiseMode.Shared)]
    [InlineData(DirectionKind.Gaussian, NoiseMode.Shared)]
    [InlineData(DirectionKind.Rademacher, NoiseMode.PerPoint)]
    [InlineData(DirectionKind.Axes, NoiseMode.Shared)]
    [InlineData(DirectionKind.Axes, NoiseMode.PerPoint)]
    public void Random_directions_are_unbiased_within_the_hutchinson_variance(DirectionKind kind, NoiseMode mode)
    {
        using var scope = NewDisposeScope();
        const int d = 300, k = 4096;
        // frequency 0.3 spreads the Hessian off the diagonal, so the Rademacher variance is not zero.
        // Axes drawn at random are noisy where f bends along few of the d axes (the sine network's first three) and where
        // the terms' Laplacians cancel: the bound would not catch a factor 2, so for them one term whose a ~ N(0, I/d)
        // gives every axis a share (per draw Var = d Σ a_i⁴ − |a|⁴ ≈ 2|a|⁴ of the Laplacian's |a|²·c·sin).
        bool axes = kind == DirectionKind.Axes;
        var f = new SineNetwork(d, terms: axes ? 1 : 4, seed: 9, frequency: 0.3);
        if (axes)
            using (no_grad()) f.FirstLayer.weight!.copy_(randn(new long[] { 1, d }, dtype: ScalarType.Float64, generator: new Generator(7)).div(Math.Sqrt(d)));
        var x = Points(4, d);
        var all = Enumerable.Range(0, d).ToArray();
        var request = new DerivativeRequest { GradientColumns = all, GradientSquaredNorm = true, LaplacianColumns = all };
        var backend = new DirectionalBackend(new DirectionalOptions { Directions = kind, Samples = k, ExactColumns = 1, NoiseMode = mode, Seed = 3 });
        Assert.False(backend.IsExact(request));
        var r = backend.Evaluate(f, x, request);

        var g = f.Gradient(x);
        var hess = f.Hessian(x);
        bool rademacher = kind == DirectionKind.Rademacher;
        // Per direction (docs/runtime.md): Var vᵀHv = 2‖H‖²_F − (Rademacher: 2Σ H_ii²); Var (vᵀg)² = 2|g|⁴ − (Rademacher: 2Σ g_i⁴);
        // axes v = √d·e_i, i uniform: Var vᵀHv = d·Σ H_ii² − (tr H)², Var (vᵀg)² = d·Σ g_i⁴ − |g|⁴.
        var frob = hess.square().sum(new long[] { 1, 2 });
        var diag = hess.diagonal(0, 1, 2).square().sum(1);
        var g2 = g.square().sum(1);
        var lapVar = kind == DirectionKind.Axes
            ? d * diag - hess.diagonal(0, 1, 2).sum(1).square()
            : 2 * frob - (rademacher ? 2 * diag : zeros_like(diag));
        var normVar = kind == DirectionKind.Axes
            ? d * g.pow(4).sum(1) - g2.square()
            : 2 * g2.square() - (rademacher ? 2 * g.pow(4).sum(1) : zeros_like(g2));

        checks.CheckWithin("lap u", r.RequireLaplacian(), f.Laplacian(x, 0, all), lapVar, k);
        checks.CheckWithin("|grad u|^2", r.RequireGradientSquaredNorm(), g2, normVar, k);
        // ĝ = mean_k v_k (v_kᵀg): one coordinate is mostly noise, but ĝ·g = mean_k (v_kᵀg)² has |grad u|^2's law exactly.
        checks.CheckWithin("grad u . g", (r.RequireGradient() * g).sum(1), g2, normVar, k);
    }

    [Fact]
    public void Groups_split_the_random_directions_and_their_weighted_mean_is_the_whole()
    {
        using var scope = NewDisposeScope();
        const int d = 50;
        var net = new Mlp(d, width: 16, depth: 2, seed: 2, precision: Precision.Float64);
        var x = Points(3, d);
        var all = Enumerable.Range(0, d).ToArray();
        var request = new DerivativeRequest { Value = true, FirstPartials = new[] { 0 }, LaplacianColumns = all, Groups = 3 };
        var r = new DirectionalBackend(new DirectionalOptions { Samples = 30, ExactColumns = 1 }).Evaluate(net, x, request);
        Assert.Equal(3, r.Groups.Count);
        var mean = (r.Groups[0].RequireLaplacian() + r.Groups[1].RequireLaplacian() + r.Groups[2].RequireLaplacian()) / 3;
        checks.Check("mean of groups", mean, r.RequireLaplacian(), 1e-12);
        Assert.True((r.Groups[0].RequireLaplacian() - r.Groups[1].RequireLaplacian()).abs().max().item<double>() > 1e-6, "groups read different directions");
        // The exact parts (value, axis partials) are the same in every group.
        checks.Check("u_x0 in a group", r.Groups[2].RequireFirstPartial(0), r.RequireFirstPartial(0), 0);

        var refused = Assert.Throws<ArgumentException>(() => new DirectionalBackend(new DirectionalOptions { Samples = 2, ExactColumns = 1 }).Evaluate(net, x, request));
        Assert.Contains("K >= 3", refused.Message);
    }

    [Fact]
    public void Bad_options_and_networks_without_jets_are_refused_with_a_message()
    {
        Assert.Contains("at least 1", Assert.Throws<ArgumentException>(() => new DirectionalBackend(new DirectionalOptions { Samples = 0 })).Message);
        Assert.Contains("step", Assert.Throws<ArgumentException>(() => new DirectionalBackend(new DirectionalOptions { Step = 0 })).Message);
        using var scope = NewDisposeScope();
        var plain = new PlainNetwork(3);
        var error = Assert.Throws<ArgumentException>(() => new DirectionalBackend().Evaluate(plain, Points(2, 3), new DerivativeRequest { LaplacianColumns = new[] { 0, 1 } }));
        Assert.Contains("difference", error.Message);
        // The differences need only forward passes: the same network works there.
        var lap = new DirectionalBackend(new DirectionalOptions { Method = DirectionalMethod.Difference }).Evaluate(plain, Points(2, 3), new DerivativeRequest { LaplacianColumns = new[] { 0, 1 } });
        Assert.Equal(2, lap.RequireLaplacian().shape[0]);
    }

    // A network with only a forward pass (no jets): f = Σ tanh(Wx + b).
    private sealed class PlainNetwork : BaseNetwork
    {
        private readonly TorchSharp.Modules.Linear layer;

        public PlainNetwork(int d) : base(nameof(PlainNetwork))
        {
            layer = nn.Linear(d, 4, dtype: ScalarType.Float64);
            InputDimension = d;
            RegisterComponents();
        }

        public override int InputDimension { get; }

        public override TorchSharp.Modules.Linear FirstLayer => layer;

        public override Tensor ForwardFromFirstLayer(Tensor firstLayerOutput) => firstLayerOutput.tanh().sum(-1);
    }
}
