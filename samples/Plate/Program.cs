using PdeDsl;
using Samples.Plate;

// The plate with a hole written in the language (plate.pde): no settings are fixed, the rules choose them from the problem.
return PdeApp.Run(new Plate(), args, new PdeAppOptions
{
    Description = "Solves lap(u) = lap(s) on the unit plate minus the disk of radius 0.2 at its centre, u = s on the plate's edges, dot(normal, grad u) = dot(normal, grad s) on the hole (s = sin(2x) cos(y) + xy).",
});
