using PdeDsl;
using Samples.AllenCahnTwoBody;

// The two-body Allen-Cahn equation in the unit ball of R^n (n = 100 by default; --dim n=1000 or 10000), STDE's setting:
// 4 hidden layers of 128 tanh, 100 fresh points per step, Adam 1e-3 decaying linearly to 0, c ~ N(0, 1) from --seed.
return PdeApp.Run(new AllenCahnTwoBody(), args, new PdeAppOptions
{
    Description = "Solves lap(u) + u - u^3 = g in the unit ball of R^n with u = (1 - |x|^2)*net, g from the exact two-body solution.",
    Defaults = TwoBodyDefaults.Options,
    ChosenFromProblem = TwoBodyDefaults.ChosenFromProblem,
});
