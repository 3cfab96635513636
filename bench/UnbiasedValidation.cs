using System;
using TorchSharp;
using static TorchSharp.torch;

namespace PdeDsl.Bench;

/// <summary>
/// The validation loss of a trained model over the trainer's hold-out points, with its standard error, so a target is
/// declared reached only when the loss is below it beyond doubt (<see cref="Estimate.UpperBound"/>).
/// Stein: the smoothed model without the Monte Carlo bias. The trainer's validation squares one residual estimate,
/// E[r̂²] = r² + Var(r̂), and Var(r̂) alone can exceed the target (results.md); the product r̂₁·r̂₂ of two estimates from
/// independent noise is unbiased for r², as the trainer's own training loss is. It is noisy, and can be negative: on
/// the HJB on R^100 after 175 steps it read −0.011 while Var(r̂) at K = 512 was about 0.17 (results.md). The noise is drawn
/// per point, so the points' products are independent and their spread gives the standard error of the mean.
/// Autograd: the network's exact residual r², whose standard error is that of the hold-out sample alone.
/// </summary>
internal static class UnbiasedValidation
{
    /// <summary>Σ_terms weight·mean and its standard error √(Σ weight²·var/N) over the terms' hold-out points.</summary>
    public readonly record struct Estimate(double Loss, double StandardError)
    {
        /// <summary>The loss plus two standard errors: a target at or above it is reached with about 98% confidence.</summary>
        public double UpperBound => Loss + 2 * StandardError;
    }

    /// <summary>Stein's smoothed model at K = <paramref name="samples"/> per estimate, noise drawn per point.</summary>
    public static Estimate Stein(Trainer trainer, IPdeProblem problem, int samples) => Over(trainer, problem, (i, points) =>
    {
        using var noGrad = no_grad();
        Tensor Residual(long seed) =>
            problem.Residual(i, points, new SteinBackend(new SteinOptions { Samples = samples, Seed = seed, Sigma = trainer.Options.Sigma, NoiseMode = NoiseMode.PerPoint })
                .Evaluate(trainer.Model, points, problem.Terms[i].Request));
        return Residual(trainer.Options.ValidationSeed) * Residual(trainer.Options.ValidationSeed + 1);
    });

    /// <summary>The network's own residual by back-propagation (no Monte Carlo noise).</summary>
    public static Estimate Autograd(Trainer trainer, IPdeProblem problem) => Over(trainer, problem, (i, points) =>
        problem.Residual(i, points, new AutogradBackend().Evaluate(trainer.Model, points, problem.Terms[i].Request)).detach().square());

    /// <summary>The network's own residual by jets along every axis (exact, as autograd's, without its D backward passes).</summary>
    public static Estimate Jet(Trainer trainer, IPdeProblem problem) => Over(trainer, problem, (i, points) =>
    {
        using var noGrad = no_grad();
        using var backend = new DirectionalBackend(new DirectionalOptions { ExactColumns = int.MaxValue });
        return problem.Residual(i, points, backend.Evaluate(trainer.Model, points, problem.Terms[i].Request)).square();
    });

    private static Estimate Over(Trainer trainer, IPdeProblem problem, Func<int, Tensor, Tensor> pointLosses)
    {
        double total = 0, variance = 0;
        var terms = problem.Terms;
        for (int i = 0; i < terms.Count; i++)
        {
            using var scope = NewDisposeScope();
            var losses = pointLosses(i, trainer.ValidationPoints(i)).to(ScalarType.Float64);
            double weight = terms[i].Kind == TermKind.Pde ? 1.0 : trainer.ConditionWeight;
            long n = losses.shape[0];
            total += weight * losses.mean().item<double>();
            if (n > 1) variance += weight * weight * losses.var().item<double>() / n;
        }
        return new Estimate(total, Math.Sqrt(variance));
    }
}
