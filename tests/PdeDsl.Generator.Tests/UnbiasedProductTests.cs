using System;
using System.Collections.Generic;
using System.Linq;
using TorchSharp;
using TorchSharp.Modules;
using PdeDsl.Generator.Tests.Infrastructure;
using static TorchSharp.torch;

namespace PdeDsl.Generator.Tests;

/// <summary>
/// The compiler's noise groups make products of Stein estimates unbiased. For a network whose smoothed model is
/// known in closed form, the mean of the emitted residual u·lap(u) + u² + u·u_x − 1 over many independent draws equals
/// the exact residual within its standard error, where the same-sample product (groups switched off) is off by many
/// standard errors: E[û·Δ̂u] = u·Δu + Cov(û, Δ̂u) and E[û²] = u² + Var(û).
/// </summary>
public class UnbiasedProductTests
{
    private const string Products = """
        problem Products {
          domain x in [0, 1], y in [0, 1]
          pde u*lap(u) + u^2 + u*u_x = 1
        }
        """;

    private const int Draws = 20000;

    // A steady problem whose pde and condition both multiply estimates (2 groups each), with an exact solution.
    private const string Steady = """
        problem Steady {
          domain x in [0, 1], y in [0, 1]
          let s(a, b) = 1 + a*b + a^2
          pde u*lap(u) + u*u_x = s(x, y)*lap(s(x, y)) + s(x, y)*diff(s(x, y), x)
          on boundary: u^2 = s(x, y)^2
          exact s(x, y)
        }
        """;

    [Theory]
    [InlineData(BackendKind.Stein)]
    [InlineData(BackendKind.Autograd)]
    public void Emitted_code_with_groups_trains(BackendKind backend)
    {
        var model = PdeDsl.Language.PdeCompiler.CompileFile(Steady).Problems.Single();
        var problem = CompiledProblem.Load(model);
        Assert.Equal(new[] { 2, 2 }, problem.Terms.Select(t => t.Request.Groups));
        using var trainer = new Trainer(problem, new TrainingOptions
        {
            Backend = backend, Steps = 120, Samples = 8, ValueSamples = 4, EvaluationSamples = 16, ValidationPoints = 64, ValidateEvery = 40,
            InteriorPoints = 64, ConditionPoints = 64, HiddenLayers = 2, HiddenWidth = 16, Device = DeviceOption.Cpu, LearningRate = 1e-2,
        });
        var result = trainer.Train();
        Assert.Equal(TrainingStopReason.Completed, result.StopReason);
        double first = result.History[0].ValidationLoss;
        Assert.True(result.FinalValidationLoss < first / 3, $"validation loss {first:E2} at step {result.History[0].Step}, {result.FinalValidationLoss:E2} at the end");
    }

    [Fact]
    public void The_mean_residual_is_the_exact_residual_with_groups_and_biased_without()
    {
        var model = PdeDsl.Language.PdeCompiler.CompileFile(Products).Problems.Single();
        var problem = CompiledProblem.Load(model);
        Assert.Equal(2, problem.Terms[0].Request.Groups);

        var (grouped, exact) = MeanResidual(problem, independentGroups: true);
        var (sameSample, _) = MeanResidual(problem, independentGroups: false);
        Assert.True(Math.Abs(grouped.Mean - exact) <= 4 * grouped.StandardError,
            $"with groups the mean residual {grouped.Mean:F5} is {Math.Abs(grouped.Mean - exact) / grouped.StandardError:F1} standard errors from the exact {exact:F5}");
        Assert.True(Math.Abs(sameSample.Mean - exact) >= 10 * sameSample.StandardError,
            $"the same-sample product should be biased: its mean {sameSample.Mean:F5} is only {Math.Abs(sameSample.Mean - exact) / sameSample.StandardError:F1} standard errors from {exact:F5}");
    }

    // Draws independent residuals at one point (per-point noise on the point repeated) with K = 8, and the exact
    // residual from the closed-form smoothed derivatives, every group exact.
    private static ((double Mean, double StandardError) Residual, double Exact) MeanResidual(IPdeProblem problem, bool independentGroups)
    {
        using var scope = NewDisposeScope();
        const double sigma = 0.5;
        var net = new QuadraticNetwork();
        var point = tensor(new[] { 0.3, 0.6 }, dtype: float64).reshape(1, 2);
        var backend = new SteinBackend(new SteinOptions { Samples = 8, Sigma = sigma, NoiseMode = NoiseMode.PerPoint, Seed = 11, IndependentGroups = independentGroups });
        var residuals = problem.Residual(0, point.expand(Draws, 2), backend.Evaluate(net, point.expand(Draws, 2).contiguous(), problem.Terms[0].Request));
        var smoothed = net.Smoothed(point, sigma);
        var exact = problem.Residual(0, point, smoothed).item<double>();
        return ((residuals.mean().item<double>(), residuals.std().item<double>() / Math.Sqrt(Draws)), exact);
    }

    /// <summary>
    /// f(x) = Σ_j c_j (a_j·x + b_j)²: its Gaussian smoothing is exact, u = f + σ² Σ_j c_j |a_j|², with ∇u = ∇f and
    /// Δu = 2 Σ_j c_j |a_j|², while the Stein estimates of u and Δu from the same noise are correlated.
    /// </summary>
    private sealed class QuadraticNetwork : BaseNetwork
    {
        private readonly Linear layer = nn.Linear(2, 2, hasBias: true, dtype: float64);
        private readonly Tensor c = tensor(new[] { 1.0, -0.5 }, dtype: float64);

        public QuadraticNetwork() : base(nameof(QuadraticNetwork))
        {
            using (no_grad())
            {
                layer.weight!.copy_(tensor(new[] { 1.0, 0.5, -0.3, 1.2 }, dtype: float64).reshape(2, 2));
                layer.bias!.copy_(tensor(new[] { 0.2, -0.1 }, dtype: float64));
            }
            RegisterComponents();
        }

        public override int InputDimension => 2;

        public override Linear FirstLayer => layer;

        public override Tensor ForwardFromFirstLayer(Tensor firstLayerOutput) => (firstLayerOutput.square() * c).sum(-1);

        public DerivativeResult Smoothed(Tensor x, double sigma)
        {
            var a = layer.weight!.detach();
            var z = layer.forward(x).detach();                                          // [1, J]
            var squares = a.square().sum(1);                                            // |a_j|²
            var value = (z.square() * c).sum(-1) + sigma * sigma * (c * squares).sum();
            var partialX = (2 * c * z * a[.., 0]).sum(-1);
            var laplacian = (2 * c * squares).sum().expand(1);
            var exact = new DerivativeResult { Value = value, FirstPartials = new Dictionary<int, Tensor> { [0] = partialX }, Laplacian = laplacian };
            return new DerivativeResult { Value = value, FirstPartials = exact.FirstPartials, Laplacian = laplacian, Groups = new[] { exact, exact } };
        }
    }
}
