using PdeDsl;
using Samples.BallPoisson;

// Poisson in the unit ball of R^n (n = 10 by default, --dim n=1000 for the large case), points drawn radially.
// The defaults were chosen by measurement on 2 CPU cores (docs/training.md).
return PdeApp.Run(new BallPoisson(), args, new PdeAppOptions
{
    Description = "Solves lap(u) = -sin(sum(x)) in the unit ball of R^n with u = sin(sum(x))/n on the sphere (exact solution sin(sum(x))/n).",
    Defaults = new TrainingOptions
    {
        Steps = 1000,
        Samples = 64,
        ValueSamples = 8,
        HiddenLayers = 3,
        HiddenWidth = 64,
    },
});
