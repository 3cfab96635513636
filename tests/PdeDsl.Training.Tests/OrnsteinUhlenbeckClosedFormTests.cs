using System;
using System.Linq;
using Samples.OrnsteinUhlenbeck;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Training.Tests;

/// <summary>
/// The OrnsteinUhlenbeck sample's exact solution (the closed form in samples/OrnsteinUhlenbeck/ou.pde) is the expectation
/// E[g(X_T) | X_t = x] of the process dX_i = -theta X_i dt + sqrt(sig2_i) dW_i: Euler-Maruyama paths from a few points
/// (t, x) at n = 4 average to it within a few standard errors, and the same paths with the diffusion doubled (the pde's
/// 0.5 read as 1) do not. g is read from the problem itself (its terminal condition's residual).
/// </summary>
public sealed class OrnsteinUhlenbeckClosedFormTests
{
    private const int Paths = 16_000;
    private const int Steps = 200;

    [Fact]
    public void The_closed_form_is_the_expectation_of_the_terminal_value_over_the_process()
    {
        using var scope = NewDisposeScope();
        var problem = new OrnsteinUhlenbeck { N = 4 };
        var sig2 = tensor(problem.VectorParams["rho"].Select(Math.Exp).ToArray(), dtype: ScalarType.Float64);
        Assert.True(sig2.max().item<double>() / sig2.min().item<double>() > 1.2, "the drawn diffusions should differ by component");
        var starts = problem.Sample(0, 6, new Generator(3), CPU, ScalarType.Float64);
        starts[0, 0] = tensor(0.0);                                  // one start at t = 0, the longest horizon
        var exact = problem.ExactSolution(starts);

        var (mean, error) = MonteCarlo(problem, starts, sig2);
        var (doubled, errorDoubled) = MonteCarlo(problem, starts, 2 * sig2);
        // Euler-Maruyama's bias with dt <= 1/200 is about 1e-3 of u here; the standard error a few 1e-3.
        double worst = ((mean - exact).abs() / (4 * error + 2e-3 * exact)).max().item<double>();
        double worstDoubled = ((doubled - exact).abs() / (4 * errorDoubled + 2e-3 * exact)).max().item<double>();
        Assert.True(worst < 1, $"Monte Carlo differs from the closed form by {worst:F2} tolerances");
        Assert.True(worstDoubled > 1, $"the doubled diffusion is not told apart ({worstDoubled:F2} tolerances)");
    }

    // The mean of g(X_T) over the paths from each start (t, x), and its standard error: all starts in one batch, each
    // with its own time step (T - t)/Steps.
    private static (Tensor Mean, Tensor StandardError) MonteCarlo(OrnsteinUhlenbeck problem, Tensor starts, Tensor sig2)
    {
        int n = problem.N, count = (int)starts.shape[0];
        var generator = new Generator(11);
        var dt = ((problem.T - starts[.., 0]) / Steps).repeat_interleave(Paths).unsqueeze(1);
        var x = starts.narrow(1, 1, n).repeat_interleave(Paths, 0);
        var scale = (sig2 * dt).sqrt();
        for (int step = 0; step < Steps; step++)
        {
            using var stepScope = NewDisposeScope();               // each step's temporaries go, and the old x
            var next = (x - problem.Theta * x * dt + scale * randn(x.shape, dtype: ScalarType.Float64, generator: generator)).MoveToOuterDisposeScope();
            x.Dispose();
            x = next;
        }
        var g = TerminalValue(problem, x).reshape(count, Paths);
        return (g.mean(new long[] { 1 }), g.std(1) / Math.Sqrt(Paths));
    }

    // g(x) as ou.pde states it: minus the residual of the condition 'on t = T: u = g(x)' where u is 0.
    private static Tensor TerminalValue(OrnsteinUhlenbeck problem, Tensor x)
    {
        var points = cat(new[] { full(x.shape[0], 1, problem.T, dtype: ScalarType.Float64), x }, 1);
        var zero = zeros(x.shape[0], dtype: ScalarType.Float64);
        return -problem.Residual(1, points, new DerivativeResult { Value = zero });
    }
}
