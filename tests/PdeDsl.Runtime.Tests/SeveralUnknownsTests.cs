using System;
using System.Linq;
using TorchSharp.Modules;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>
/// A network of two outputs (two unknowns) served by one request: each output's estimates against the closed forms of
/// its own smoothed sine network, for the Stein backend (one forward pass, shared noise) and for autograd.
/// </summary>
public sealed class SeveralUnknownsTests
{
    /// <summary>Output j is sine network j; their first layers side by side form the network's first layer.</summary>
    private sealed class TwoSines : BaseNetwork
    {
        private readonly Linear layer;
        public readonly SineNetwork U, V;

        public TwoSines(int dimension) : base(nameof(TwoSines))
        {
            U = new SineNetwork(dimension, seed: 3, frequency: 1.2);
            V = new SineNetwork(dimension, seed: 4, frequency: 1.0);
            InputDimension = dimension;
            layer = nn.Linear(dimension, 6, hasBias: true, dtype: ScalarType.Float64);
            using (no_grad())
            {
                layer.weight!.copy_(cat(new[] { U.A, V.A }, 0));
                layer.bias!.copy_(cat(new[] { U.B, V.B }, 0));
            }
            RegisterComponents();
        }

        public override int InputDimension { get; }
        public override int Outputs => 2;
        public override Linear FirstLayer => layer;

        public override Tensor ForwardFromFirstLayer(Tensor z) => stack(new[]
        {
            (z.narrow(-1, 0, 3).sin() * U.C).sum(-1),
            (z.narrow(-1, 3, 3).sin() * V.C).sum(-1),
        }, -1);
    }

    private static readonly DerivativeRequest Everything = new()
    {
        Value = true,
        FirstPartials = new[] { 0, 2 },
        GradientColumns = new[] { 0, 1, 2 },
        LaplacianColumns = new[] { 0, 1, 2 },
        SecondPartials = new[] { (0, 1), (2, 2) },
    };

    [Theory]
    [InlineData("stein")]
    [InlineData("autograd")]
    public void Every_derivative_of_every_unknown_matches_its_closed_form(string backendName)
    {
        using var scope = NewDisposeScope();
        var network = new TwoSines(3);
        var x = randn(new long[] { 6, 3 }, dtype: ScalarType.Float64, generator: new Generator(7)) * 0.5;
        bool stein = backendName == "stein";
        double sigma = stein ? 0.1 : 0; // autograd differentiates f itself: the closed forms at σ = 0
        const int samples = 65536;
        IDerivativeBackend backend = stein
            ? new SteinBackend(new SteinOptions { Estimator = SteinEstimator.Antithetic, Sigma = sigma, Samples = samples, Seed = 11 })
            : new AutogradBackend();
        var result = backend.Evaluate(network, x, Everything);

        Assert.Equal(2, result.ByUnknown.Count);
        Assert.Same(result.ByUnknown[0].Value, result.Value); // the top level is u's
        Assert.Same(result.ByUnknown[1], result.Unknown(1));
        foreach (var (f, r) in new[] { (network.U, result.ByUnknown[0]), (network.V, result.ByUnknown[1]) })
        {
            double Tolerance(Func<double> stein) => backendName == "stein" ? stein() : 1e-9;
            var e = SteinEstimator.Antithetic;
            Check(r.RequireValue(), f.Value(x, sigma), Tolerance(() => SteinTolerance.Value(f, e, sigma, samples)));
            foreach (int i in new[] { 0, 2 })
                Check(r.RequireFirstPartial(i), f.Partial(x, sigma, i), Tolerance(() => SteinTolerance.Partial(f, e, sigma, i, samples)));
            for (int i = 0; i < 3; i++)
                Check(r.RequireGradient()[.., i], f.Partial(x, sigma, i), Tolerance(() => SteinTolerance.Partial(f, e, sigma, i, samples)));
            var all = new[] { 0, 1, 2 };
            Check(r.RequireLaplacian(), f.Laplacian(x, sigma, all), Tolerance(() => SteinTolerance.Laplacian(f, e, sigma, all, samples)));
            foreach (var (p, q) in new[] { (0, 1), (2, 2) })
                Check(r.RequireSecondPartial(p, q), f.SecondPartial(x, sigma, p, q), Tolerance(() => SteinTolerance.SecondPartial(f, e, sigma, p, q, samples)));
        }
        // The two unknowns differ, so reading the wrong output would fail above.
        Assert.True((network.U.Value(x, sigma) - network.V.Value(x, sigma)).abs().max().item<double>() > 0.1);
    }

    private static void Check(Tensor estimate, Tensor exact, double tolerance)
    {
        double error = (estimate - exact).abs().max().item<double>();
        Assert.True(error <= tolerance, $"error {error:E2} exceeds {tolerance:E2} (max |exact| {exact.abs().max().item<double>():E2})");
    }
}
