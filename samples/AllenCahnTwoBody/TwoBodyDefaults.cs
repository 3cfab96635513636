using PdeDsl;

/// <summary>
/// The two-body samples' defaults (AllenCahnTwoBody, PoissonTwoBody and SineGordonTwoBody link this file): STDE's
/// setting (4 x 128 tanh, 100 fresh points per step, Adam 1e-3 decaying linearly to 0 over 10,000 steps, evaluations
/// every 1,000 steps, x read as it is) with the Stein estimator's own choices; σ is left to the problem's rule (<see cref="ChosenFromProblem"/>).
/// </summary>
internal static class TwoBodyDefaults
{
    public static TrainingOptions Options { get; } = new()
    {
        Steps = 10_000,
        InteriorPoints = 100,
        LearningRate = 1e-3,
        HiddenLayers = 4,
        HiddenWidth = 128,
        ValidateEvery = 1_000,
        ValidationPoints = 2_000,
        // STDE's network reads x as it is (the runtime's default too); --input-scale auto, x read at 8 times its size, was
        // neutral on Allen-Cahn at n = 1000 (docs/training.md, "Input scale").
        InputScale = InputScaleMode.Off,
    };

    /// <summary>
    /// σ is chosen from the problem (ProblemDefaults: 0.1 x the ball's range 2 / √n, at least 0.01), so the noise's length σ√n
    /// stays inside the ball as --dim n grows: a fixed σ = 0.1 is 3.2 long at n = 1000 and left Allen-Cahn at relative L2
    /// 1.3e-1 there, against 1.2e-2 at σ = 0.01 (bench/TwoBody/README.md).
    /// </summary>
    public static string[] ChosenFromProblem { get; } = { nameof(TrainingOptions.Sigma) };
}
