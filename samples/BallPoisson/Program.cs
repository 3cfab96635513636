using PdeDsl;
using Samples.BallPoisson;

// Poisson in the unit ball of R^n (n = 10 by default, --dim n=1000 for the large case), points drawn radially.
// The training settings are in ball.pde's train statement (measured on 2 CPU cores, docs/training.md): per-point noise
// and a condition weight of 10 (the sphere's values fix the solution). σ is not among them: the rules choose it from the
// ball (0.1 x its diameter / √n), which is what lets n = 1000 converge.
return PdeApp.Run(new BallPoisson(), args, new PdeAppOptions
{
    Description = "Solves lap(u)/n = -sin(sum(x)) in the unit ball of R^n with u = sin(sum(x)) on the sphere (exact solution sin(sum(x))).",
});
