using PdeDsl;
using Samples.PoissonTwoBody;

// The two-body Poisson equation in the unit ball of R^n (n = 100 by default; --dim n=1000 or 10000), STDE's setting.
return PdeApp.Run(new PoissonTwoBody(), args, new PdeAppOptions
{
    Description = "Solves lap(u) = g in the unit ball of R^n with u = (1 - |x|^2)*net, g from the exact two-body solution.",
    Defaults = TwoBodyDefaults.Options,
    ChosenFromProblem = TwoBodyDefaults.ChosenFromProblem,
});
