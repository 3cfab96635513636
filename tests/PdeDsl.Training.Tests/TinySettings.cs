using PdeDsl;

namespace PdeDsl.Training.Tests;

/// <summary>Small, fast training settings shared by the tests (the samples' own defaults are measured in docs/training.md).</summary>
internal static class TinySettings
{
    public static TrainingOptions Options(int steps, string? checkpoint = null) => new()
    {
        Steps = steps,
        Samples = 8,
        ValueSamples = 4,
        EvaluationSamples = 16,
        ValidationPoints = 50,
        ValidateEvery = 2,
        HiddenLayers = 2,
        HiddenWidth = 16,
        Device = DeviceOption.Cpu,
        CheckpointPath = checkpoint,
    };
}
