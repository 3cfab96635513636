using PdeDsl;
using Samples.GrayScott;

// the second edition (docs/language.md): Gray-Scott (gray-scott.pde), two unknowns on one network. --plot out/gs.png also writes
// out/gs-unknowns.png: u and v over (x, y) at t = 0, 0.5 and 1. No exact solution: the validation loss is the measure.
return PdeApp.Run(new GrayScott(), args, new PdeAppOptions
{
    Description = "Solves the Gray-Scott system u_t = 0.1 lap(u) - u v^2 + F(1 - u), v_t = 0.05 lap(v) + u v^2 - (F + k) v on [0,1]^2, t in [0, 1], with zero-flux boundaries.",
    Defaults = Defaults,
});

public partial class Program
{
    // Measured on 2 CPU cores (docs/training.md): the narrow initial Gaussians need the initial conditions weighed 10 with
    // 400 points each (at weight 1 and 100 points, u(0) stayed within 0.92..0.93 instead of 0.5..1).
    private static TrainingOptions Defaults => new()
    {
        Steps = 4000,
        LearningRate = 5e-3,
        ConditionWeight = 10,
        ConditionPoints = 400,
        Backend = BackendKind.Autograd,
        HiddenLayers = 3,
        HiddenWidth = 64,
        ValidateEvery = 500,
    };
}
