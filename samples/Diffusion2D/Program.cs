using PdeDsl;
using Samples.Diffusion2D;

// div(k grad u) = f on the unit square with k = 1 + x*y and u = 0 on the boundary; f is div(k grad s) of the
// manufactured solution s = sin(pi x) sin(pi y), which the compiler expands (k lap(u) + grad k . grad u on the left).
// No settings are fixed: the runtime chooses them from the problem (ProblemDefaults, docs/training.md).
return PdeApp.Run(new Diffusion2D(), args, new PdeAppOptions
{
    Description = "Solves div((1 + x*y) grad u) = div((1 + x*y) grad s) on the unit square, u = 0 on the boundary (exact solution s = sin(pi x) sin(pi y)).",
});
