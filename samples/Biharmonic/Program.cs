using System.Globalization;
using PdeDsl;
using Samples.Biharmonic;

// The biharmonic equation split into two unknowns (biharmonic.pde): one network with two outputs, u and v = lap(u).
// The report's relativeL2ErrorByUnknown has both; the summary shows them.
return PdeApp.Run(new Biharmonic(), args, new PdeAppOptions
{
    Description = "Solves lap(lap(u)) = 4 pi^4 sin(pi x) sin(pi y) on the unit square with u = lap(u) = 0 on the boundary, as lap(u) = v, lap(v) = f (two unknowns).",
    Defaults = Defaults,
    AfterTraining = outcome =>
    {
        foreach (var (name, error) in outcome.Trainer.RelativeL2ErrorByUnknown())
            outcome.Summary.Add(new($"relative L2 error of {name}", error?.ToString("0.000E+00", CultureInfo.InvariantCulture) ?? "-"));
    },
});

public partial class Program
{
    // Measured on 2 CPU cores (docs/training.md): the boundary values decide v's level, so the conditions must weigh more
    // than the equations (at weight 1 the relative errors stalled at 0.16 and 0.09); the weight is left to the rule that
    // chooses it from the problem (373 here: 2.6e-3 and 1.6e-3, against 8.8e-3 and 3.4e-3 with the 10 set by hand before).
    // Autograd, as for the other 2-input samples.
    private static TrainingOptions Defaults => new()
    {
        Steps = 4000,
        LearningRate = 5e-3,
        Backend = BackendKind.Autograd,
        HiddenLayers = 3,
        HiddenWidth = 64,
        ValidateEvery = 500,
    };
}
