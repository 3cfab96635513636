using PdeDsl;

/// <summary>
/// The two-body samples' defaults (AllenCahnTwoBody, PoissonTwoBody and SineGordonTwoBody link this file): STDE's
/// setting (4 x 128 tanh, 100 fresh points per step, Adam 1e-3 decaying linearly to 0 over 10,000 steps, evaluations
/// every 1,000 steps) with the Stein estimator's own choices.
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
    };
}
