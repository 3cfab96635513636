using System.Linq;
using PdeDsl.Samples.EstimatorAblation;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>The paper's variance ordering (section 5.3) on a random 5x100 tanh MLP at D = 1000, σ = 0.1, K = 1024.</summary>
public sealed class SteinVarianceTests
{
    [Fact]
    public void AntitheticBeatsControlVariateBeatsVanilla()
    {
        using var scope = NewDisposeScope();
        const int d = 1000;
        const double sigma = 0.1;
        var network = new Mlp(d, seed: 5);
        var network64 = new Mlp(d, seed: 5, precision: Precision.Float64);
        var points64 = rand(new long[] { 2, d }, dtype: ScalarType.Float64, generator: new Generator(6));
        // Oracle: E Δf(x+δ) and E ∇f(x+δ) over 256 antithetic pairs, independent of Stein's identity; its
        // standard error is asserted far below the differences being ranked.
        var (gradient, laplacian, gradientError, laplacianError) = AblationOracle.Compute(network64, points64, sigma, 256, 256, new Generator(7));
        Assert.True(laplacianError.max().item<double>() < 1e-4, $"oracle standard error {laplacianError.max().item<double>():E2}");

        var all = Enumerable.Range(0, d).ToArray();
        var request = new DerivativeRequest { GradientColumns = all, LaplacianColumns = all };
        (double Gradient, double Laplacian) Error(SteinEstimator estimator)
        {
            double g = 0, l = 0;
            for (int seed = 0; seed < 3; seed++)
            {
                using var inner = NewDisposeScope();
                using var _ = no_grad();
                var r = new SteinBackend(new SteinOptions { Estimator = estimator, Sigma = sigma, Samples = 1024, Seed = seed })
                    .Evaluate(network, points64.to_type(ScalarType.Float32), request);
                g += (r.RequireGradient().to_type(ScalarType.Float64) - gradient).abs().mean().item<double>();
                l += (r.RequireLaplacian().to_type(ScalarType.Float64) - laplacian).abs().mean().item<double>();
            }
            return (g / 3, l / 3);
        }

        var vanilla = Error(SteinEstimator.Vanilla);
        var controlVariate = Error(SteinEstimator.ControlVariate);
        var antithetic = Error(SteinEstimator.Antithetic);
        Assert.True(antithetic.Laplacian < controlVariate.Laplacian && controlVariate.Laplacian < vanilla.Laplacian,
            $"Laplacian L1 errors: antithetic {antithetic.Laplacian:E2}, control variate {controlVariate.Laplacian:E2}, vanilla {vanilla.Laplacian:E2}.");
        Assert.True(10 * antithetic.Laplacian < vanilla.Laplacian, $"antithetic {antithetic.Laplacian:E2} is not 10x below vanilla {vanilla.Laplacian:E2}.");
        Assert.True(antithetic.Gradient < vanilla.Gradient && controlVariate.Gradient < vanilla.Gradient,
            $"gradient L1 errors: antithetic {antithetic.Gradient:E2}, control variate {controlVariate.Gradient:E2}, vanilla {vanilla.Gradient:E2}.");
    }
}
