using PdeDsl;
using Samples.PlateWithHole;

// A problem written in C# against the runtime's geometry: no settings are fixed here, the rules choose them from the
// problem (jets, a 3x64 tanh network, the steps that fit their budget).
return PdeApp.Run(new PlateWithHole(), args, new PdeAppOptions
{
    Description = "Solves lap(u) = -5 sin(2x) cos(y) on the unit plate minus the disk of radius 0.2 at its centre, u = u* on the plate's edges, grad u . n = grad u* . n on the hole (u* = sin(2x) cos(y) + xy).",
});
