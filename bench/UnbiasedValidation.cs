using System.Linq;
using TorchSharp;
using static TorchSharp.torch;

namespace PdeDsl.Bench;

/// <summary>
/// The validation loss of a Stein-trained model without its Monte Carlo noise: the trainer's validation squares one
/// residual estimate, E[r̂²] = r² + Var(r̂), and after some training Var(r̂) alone can exceed 1e-3 at K = 1024 (see the
/// estimator-noise table in results.md), so that loss can never reach the target whatever the model. The product
/// r̂₁·r̂₂ of two estimates from independent noise is unbiased for r² (as the trainer's own training loss does), so its
/// mean over the same hold-out points measures the smoothed model itself. Same points and weights as the trainer's.
/// </summary>
internal static class UnbiasedValidation
{
    public static double Loss(Trainer trainer, IPdeProblem problem, int samples)
    {
        double total = 0;
        var terms = problem.Terms;
        for (int i = 0; i < terms.Count; i++)
        {
            using var scope = NewDisposeScope();
            using var noGrad = no_grad();
            var points = trainer.ValidationPoints(i);
            Tensor Residual(long seed) =>
                problem.Residual(i, points, new SteinBackend(new SteinOptions { Samples = samples, Seed = seed, Sigma = trainer.Options.Sigma })
                    .Evaluate(trainer.Network, points, terms[i].Request));
            double weight = terms[i].Kind == TermKind.Pde ? 1.0 : trainer.Options.ConditionWeight;
            total += weight * (Residual(trainer.Options.ValidationSeed) * Residual(trainer.Options.ValidationSeed + 1)).mean().ToDouble();
        }
        return total;
    }
}
