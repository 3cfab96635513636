using PdeDsl;
using Samples.PeriodicAllenCahn;

// An Allen-Cahn equation on a ring: x in [0, 2] is periodic, so the network repeats over it exactly and the problem needs
// only its initial condition. No settings are fixed: the runtime chooses them from the problem (docs/training.md).
return PdeApp.Run(new PeriodicAllenCahn(), args, new PdeAppOptions
{
    Description = "Solves u_t = 0.01 u_xx + u - u^3 + f on t in [0, 1], x in [0, 2] periodic (exact solution 0.8 sin(pi (x - t/2)) + 0.2 cos(2 pi x)).",
});
