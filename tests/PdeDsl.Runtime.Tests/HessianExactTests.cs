using System;
using System.Linq;
using Xunit;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>
/// Weighted Hessian diagonals and quadratic forms where every backend is exact (jets along the axes, autograd) against
/// the float64 back-propagation oracle, for weights of both signs that vary by point and for two unknowns; the
/// differences within their O(h²) bias; and Stein's estimates against its own Laplacian and second partials, which
/// they must equal draw by draw when the weights are ones or v is e_a + e_b.
/// </summary>
public sealed class HessianExactTests(ITestOutputHelper output)
{
    private readonly EstimateChecks checks = new(output);

    internal static readonly double[] SignedWeights = { 1.5, -0.7, 0.3, -2.0, 0.9, -0.4, 1.1 };

    internal static Tensor Points(int n, int d, long seed = 11) =>
        randn(new long[] { n, d }, dtype: ScalarType.Float64, generator: new Generator((ulong)seed)) * 0.5;

    // w_i(x) = s_i·(1 + x_0²): signs of both kinds, varying by point.
    internal static Func<Tensor, Tensor> Weights(int count) => x =>
        tensor(SignedWeights.Take(count).ToArray(), dtype: x.dtype).unsqueeze(0) * (1 + x[.., 0..1].square());

    // v(x) = (cos(x_1 + i))_i: a direction field that varies by point.
    internal static Func<Tensor, Tensor> Direction(int count) => x =>
        (x[.., 1..2] + arange(count, dtype: x.dtype).unsqueeze(0)).cos();

    private static DerivativeRequest Request(int[] diagonal, int[] form) => new()
    {
        Value = true,
        HessianDiagonals = new[]
        {
            new HessianDiagonalRequest(diagonal, Weights(diagonal.Length)),
            new HessianDiagonalRequest(diagonal, x => (1 + x[.., 2..3].square()) * ones(1, diagonal.Length, dtype: x.dtype), weightsNonNegative: true),
        },
        QuadraticForms = new[] { new QuadraticFormRequest(form, Direction(form.Length)) },
    };

    [Theory]
    [InlineData("jet")]
    [InlineData("autograd")]
    public void Exact_backends_match_the_oracle_for_every_unknown(string backend)
    {
        using var scope = NewDisposeScope();
        const int d = 6;
        var net = new Mlp(d, width: 16, depth: 3, seed: 4, precision: Precision.Float64, outputs: 2);
        var x = Points(7, d);
        int[] diagonal = { 0, 2, 3, 5 }, form = { 1, 4, 2 };
        var request = Request(diagonal, form);
        IDerivativeBackend b = backend == "jet" ? new DirectionalBackend() : new AutogradBackend();
        Assert.True(b.IsExact(request));
        var r = b.Evaluate(net, x, request);
        Assert.Equal(2, r.ByUnknown.Count);
        for (int j = 0; j < 2; j++)
        {
            var h = HessianOracle.Of(net, x, j);
            var u = r.Unknown(j);
            checks.Check($"sum w h_ii, u{j}", u.RequireHessianDiagonal(0), HessianOracle.WeightedDiagonal(h, diagonal, request.HessianDiagonals[0].Weights(x)), 1e-12);
            checks.Check($"sum w+ h_ii, u{j}", u.RequireHessianDiagonal(1), HessianOracle.WeightedDiagonal(h, diagonal, request.HessianDiagonals[1].Weights(x)), 1e-12);
            checks.Check($"v'Hv, u{j}", u.RequireQuadraticForm(0), HessianOracle.QuadraticForm(h, form, request.QuadraticForms[0].Direction(x)), 1e-12);
        }
        // The top level is unknown 0's.
        checks.Check("top level", r.RequireHessianDiagonal(0), r.Unknown(0).RequireHessianDiagonal(0), 0);
    }

    [Fact]
    public void Differences_are_within_their_step_bias()
    {
        using var scope = NewDisposeScope();
        const int d = 5;
        var f = new SineNetwork(d, terms: 4, seed: 3);
        var x = Points(6, d);
        int[] diagonal = { 0, 1, 3 }, form = { 2, 0 };
        var request = Request(diagonal, form);
        const double h = 1e-3;
        var r = new DirectionalBackend(new DirectionalOptions { Method = DirectionalMethod.Difference, Step = h }).Evaluate(f, x, request);
        var hess = f.Hessian(x);
        // The second difference along v errs by h²/12·∂⁴_v f ≤ h²/12·Σ|c_j|(|a_j|·|v|)⁴; |v| ≤ √2 here and |w| ≤ 2(1 + x_0²).
        double a4 = (f.C.abs() * f.A.square().sum(1).square()).sum().item<double>();
        double bias = h * h / 12 * a4 * 4;
        double weight = (request.HessianDiagonals[0].Weights(x).abs().sum(1)).max().item<double>();
        checks.Check("sum w h_ii", r.RequireHessianDiagonal(0), HessianOracle.WeightedDiagonal(hess, diagonal, request.HessianDiagonals[0].Weights(x)), bias * weight + 1e-7);
        checks.Check("v'Hv", r.RequireQuadraticForm(0), HessianOracle.QuadraticForm(hess, form, request.QuadraticForms[0].Direction(x)), bias + 1e-7);
    }

    [Theory]
    [InlineData(SteinEstimator.Antithetic, NoiseMode.Shared)]
    [InlineData(SteinEstimator.Vanilla, NoiseMode.PerPoint)]
    public void Stein_with_unit_weights_is_its_laplacian_and_with_e_a_plus_e_b_its_polarisation(SteinEstimator estimator, NoiseMode mode)
    {
        using var scope = NewDisposeScope();
        const int d = 5;
        var net = new Mlp(d, width: 12, depth: 2, seed: 6, precision: Precision.Float64, outputs: 2);
        var x = Points(4, d);
        int[] columns = { 1, 2, 4 };
        var request = new DerivativeRequest
        {
            LaplacianColumns = columns,
            SecondPartials = new[] { (0, 0), (3, 3), (0, 3) },
            HessianDiagonals = new[] { new HessianDiagonalRequest(columns, _ => ones(columns.Length, dtype: ScalarType.Float64), weightsNonNegative: true) },
            QuadraticForms = new[] { new QuadraticFormRequest(new[] { 0, 3 }, _ => ones(2, dtype: ScalarType.Float64)) },
        };
        var r = new SteinBackend(new SteinOptions { Estimator = estimator, NoiseMode = mode, Samples = 32, Sigma = 0.2, Seed = 2 }).Evaluate(net, x, request);
        for (int j = 0; j < 2; j++)
        {
            var u = r.Unknown(j);
            // Σ_i (ξ_i² − 1) = |ξ_C|² − |C| and (ξ_0 + ξ_3)² − 2 = (ξ_0² − 1) + (ξ_3² − 1) + 2ξ_0ξ_3, sample by sample.
            checks.Check($"unit weights = lap, u{j}", u.RequireHessianDiagonal(0), u.RequireLaplacian(), 1e-10);
            checks.Check($"(e0+e3)'H(e0+e3), u{j}", u.RequireQuadraticForm(0),
                u.RequireSecondPartial(0, 0) + u.RequireSecondPartial(3, 3) + 2 * u.RequireSecondPartial(0, 3), 1e-10);
        }
    }
}
