using PdeDsl;
using Samples.Poisson2D;

// The paper's section 5.1: Poisson's equation on the unit square. The defaults below were chosen by measurement
// on 2 CPU cores so that the MSE reaches 1e-4 within 5 minutes (docs/training.md).
return PdeApp.Run(new Poisson2D(), args, new PdeAppOptions
{
    Description = "Solves lap(u) = -sin(x+y) on [0,1]^2 with u = 0.5 sin(x+y) on the boundary (exact solution 0.5 sin(x+y)).",
    Defaults = new TrainingOptions
    {
        Steps = 3000,
        Samples = 64,
        ValueSamples = 8,
        EvaluationSamples = 1024,
        HiddenLayers = 3,
        HiddenWidth = 64,
    },
});
