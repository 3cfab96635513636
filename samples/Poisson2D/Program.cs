using PdeDsl;
using Samples.Poisson2D;

// The paper's section 5.1: Poisson's equation on the unit square. The defaults below were chosen by measurement on
// 2 CPU cores (docs/training.md): K = 64 noise vectors per point, drawn per point (free for 2 inputs), a 3x64 tanh MLP
// and 2000 steps reach an MSE of about 5e-5 (the paper's figure) against the exact solution.
return PdeApp.Run(new Poisson2D(), args, new PdeAppOptions
{
    Description = "Solves lap(u) = -sin(x+y) on [0,1]^2 with u = 0.5 sin(x+y) on the boundary (exact solution 0.5 sin(x+y)).",
    Defaults = new TrainingOptions
    {
        Steps = 2000,
        Samples = 64,
        ValueSamples = 8,
        NoiseMode = NoiseMode.PerPoint,
        HiddenLayers = 3,
        HiddenWidth = 64,
    },
});
