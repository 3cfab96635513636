using System;
using System.Linq;
using PdeDsl;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Training.Tests;

/// <summary>A problem with an ansatz and a drawn vector param, trained and checkpointed as users run it.</summary>
public sealed class AnsatzTrainingTests
{
    private static TrainingOptions Options(int steps, string? checkpoint = null) => new()
    {
        Steps = steps,
        Samples = 32,
        ValueSamples = 8,
        NoiseMode = NoiseMode.PerPoint,
        EvaluationSamples = 64,
        InteriorPoints = 64,
        LearningRate = 3e-3,
        ValidationPoints = 300,
        ValidateEvery = steps,
        HiddenLayers = 2,
        HiddenWidth = 32,
        Device = DeviceOption.Cpu,
        CheckpointPath = checkpoint,
    };

    [Fact]
    public void Training_through_the_ansatz_reaches_the_exact_solution_and_the_solution_vanishes_on_the_sphere()
    {
        using var trainer = new Trainer(new AnsatzBall(), Options(400));
        double initial = trainer.RelativeL2Error()!.Value;

        var result = trainer.Train();

        Assert.True(result.RelativeL2Error < 0.1 && result.RelativeL2Error < initial / 5,
            $"relative L2 error went from {initial:E3} to {result.RelativeL2Error:E3}");
        // The prediction is the ansatz, not the network: on |x| = 1 it is 0 whatever the network says.
        using var scope = NewDisposeScope();
        var direction = randn(20, 3);
        var sphere = direction / direction.norm(1, true, 2);
        var onSphere = trainer.Predict(sphere).abs().max().item<float>();
        Assert.True(onSphere < 1e-5, $"|u| on the sphere is {onSphere}");
        var network = trainer.Network.forward(sphere).abs().max().item<float>();
        Assert.True(network > 1e-3, "the network itself is not 0 there, so the check above tests the ansatz");
    }

    [Fact]
    public void A_drawn_vector_param_follows_the_seed_is_refused_by_set_param_and_comes_back_from_a_checkpoint()
    {
        using var folder = new TempFolder();
        string path = folder.File("ansatz.ckpt");
        var first = new AnsatzBall { ParamSeed = 1 };
        var drawn = first.C;
        using (var a = new Trainer(first, Options(2, path))) a.Train();

        var second = new AnsatzBall { ParamSeed = 2 };
        Assert.NotEqual(drawn, second.C);
        var refused = Assert.Throws<ArgumentException>(() => second.SetParam("c", 1.0));
        Assert.Contains("vector param", refused.Message);
        using var b = new Trainer(second, Options(2));
        b.LoadCheckpoint(path);
        Assert.Equal(drawn, second.C);
        Assert.Equal(drawn, second.VectorParams["c"]);
        Assert.Equal(drawn, Checkpoint.ReadInfo(path).VectorParams["c"]);

        // The exact solution reads the param: with the checkpoint's values it is the first run's.
        using var points = rand(5, 3) * 0.5;
        using var a2 = new AnsatzBall { ParamSeed = 1 }.ExactSolution(points);
        using var b2 = second.ExactSolution(points);
        Assert.True(a2.allclose(b2));
    }
}
