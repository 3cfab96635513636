using System;
using Xunit;

namespace PdeDsl.Training.Tests;

/// <summary>
/// The Black-Scholes-Barenblatt equation at n = 4 (SmallBlackScholesBarenblatt.pde) trains with jets through its weighted
/// Hessian diagonal sum(x*x*diag(hess(u))): with K at least n the diagonal is taken along every axis (exact), with K below
/// n along random directions scaled by |x_i|; either way 300 steps bring the relative L2 error against
/// exp((r + s^2)(T - t))|x|^2 below 0.2 and below a third of the untrained network's (whose output scale already fits
/// the terminal data's size).
/// </summary>
public sealed class BlackScholesBarenblattTrainingTests
{
    [Theory]
    [InlineData(8)]
    [InlineData(2)]
    public void Jets_train_the_small_problem_towards_its_exact_solution(int samples)
    {
        var problem = new SmallBlackScholesBarenblatt();
        var diagonal = Assert.Single(problem.Terms[0].Request.HessianDiagonals);
        Assert.True(diagonal.WeightsNonNegative, "x*x is proved non-negative");

        var options = TinySettings.Options(300) with
        {
            Backend = BackendKind.Jet,
            Samples = samples,
            LearningRate = 3e-3,
            ValidateEvery = 100,
        };
        double start = RelativeL2After(problem, options with { Steps = 0 });
        double trained = RelativeL2After(problem, options);
        Assert.True(trained < 0.2 && trained < start / 3, $"relative L2 error {trained} after training, {start} before");
    }

    private static double RelativeL2After(IPdeProblem problem, TrainingOptions options)
    {
        using var trainer = new Trainer(problem, options);
        return trainer.Train().RelativeL2Error ?? throw new InvalidOperationException("the problem has an exact solution");
    }
}
