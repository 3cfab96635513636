using System;
using static TorchSharp.torch;

namespace PdeDsl.Bench;

/// <summary>The trainer settings every measurement shares: the paper's network and batch, one seed, the chosen device.</summary>
internal static class BenchTraining
{
    /// <summary>
    /// Options for <paramref name="backend"/> with Stein setting <paramref name="variant"/>: 4 hidden layers of 100 tanh
    /// units and a linear output (5 affine layers, the paper's "5-layer MLP with 100 neurons"), Adam at 1e-3, antithetic
    /// Stein with σ = 0.1.
    /// </summary>
    public static TrainingOptions Options(BenchOptions bench, string backend, SteinVariant variant, int steps, int validateEvery) => new()
    {
        Steps = steps,
        Backend = BackendNames.Parse(backend),
        Samples = variant.Samples,
        ValueSamples = variant.ValueSamples,
        InteriorPoints = bench.InteriorPoints,
        ConditionPoints = bench.ConditionPoints,
        HiddenLayers = 4,
        HiddenWidth = 100,
        ValidationPoints = 100,
        ValidateEvery = validateEvery,
        Device = DeviceSelection.Parse(bench.Device),
        Seed = 1,
    };

    /// <summary>
    /// A trainer for timing steps: its validation (which the trainer also runs once when it stops) uses one point and
    /// a two-sample Stein estimate, so it costs nothing measurable; autograd's own would cost as much as a step at large n.
    /// The network is the one the plain constructor builds from the same seed.
    /// </summary>
    public static Trainer ForTiming(IPdeProblem problem, TrainingOptions training)
    {
        manual_seed(training.Seed);
        var network = TrainerBackends.CreateNetwork(problem.InputDimension, training);
        var backends = TrainerBackends.Create(training, DeviceSelection.Resolve(training.Device));
        var cheap = new SteinBackend(new SteinOptions { Samples = 2, Seed = training.ValidationSeed });
        return new Trainer(problem, training with { ValidationPoints = 1 }, network,
            new TrainerBackends(backends.Training, backends.Value, () => cheap, evaluationsPerPoint: 5, needsInputGraph: false));
    }
}
