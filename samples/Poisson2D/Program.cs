using PdeDsl;
using Samples.Poisson2D;

// The paper's section 5.1: Poisson's equation on the unit square. No settings are fixed here: the runtime chooses them
// from the problem (ProblemDefaults: K = 64 per-point noise vectors, 8 for the boundary values, a 3x64 tanh MLP,
// sigma = 0.1, 2000 steps), which reaches an MSE of about 5e-5 (the paper's figure; docs/training.md).
return PdeApp.Run(new Poisson2D(), args, new PdeAppOptions
{
    Description = "Solves lap(u) = -sin(x+y) on [0,1]^2 with u = 0.5 sin(x+y) on the boundary (exact solution 0.5 sin(x+y)).",
});
