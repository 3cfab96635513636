using PdeDsl;
using Samples.BallPoisson;

// Poisson in the unit ball of R^n (n = 10 by default, --dim n=1000 for the large case), points drawn radially.
// The defaults were chosen by measurement on 2 CPU cores (docs/training.md): per-point noise and a condition weight
// of 10 (the sphere's values fix the solution) took the MSE from 6.5e-5 (shared noise, weight 1) to 9.1e-6 in 1000 steps.
return PdeApp.Run(new BallPoisson(), args, new PdeAppOptions
{
    Description = "Solves lap(u) = -sin(sum(x)) in the unit ball of R^n with u = sin(sum(x))/n on the sphere (exact solution sin(sum(x))/n).",
    Defaults = new TrainingOptions
    {
        Steps = 1000,
        Samples = 64,
        ValueSamples = 8,
        NoiseMode = NoiseMode.PerPoint,
        ConditionWeight = 10,
        HiddenLayers = 3,
        HiddenWidth = 64,
    },
});
