using System;
using System.Collections.Generic;
using PdeDsl;
using Samples.Poisson2D;
using Xunit;

namespace PdeDsl.Training.Tests;

public sealed class PoissonTrainingTests
{
    [Fact]
    public void ShortStein_training_cuts_the_mse_against_the_exact_solution_a_hundredfold()
    {
        // The sample's network and K, shortened: per-point noise and the unbiased r1*r2 loss (docs/training.md).
        var options = new TrainingOptions
        {
            Steps = 800,
            Samples = 64,
            ValueSamples = 4,
            NoiseMode = NoiseMode.PerPoint,
            EvaluationSamples = 64,
            ValidationPoints = 200,
            ValidateEvery = 800,
            HiddenLayers = 3,
            HiddenWidth = 64,
            Device = DeviceOption.Cpu,
        };
        using var trainer = new Trainer(new Poisson2D(), options);
        double initial = trainer.MeanSquaredError()!.Value;

        var result = trainer.Train();

        Assert.Equal(TrainingStopReason.Completed, result.StopReason);
        Assert.Equal(800, result.StepsCompleted);
        Assert.NotNull(result.Mse);
        Assert.True(result.Mse!.Value <= initial / 100, $"MSE went from {initial:E3} to {result.Mse:E3}: less than a hundredfold.");
        Assert.True(result.FinalValidationLoss < result.History[0].ValidationLoss, "the validation loss did not fall");

        // ‖u − u*‖²/‖u*‖² over the same points is the MSE divided by the mean of u*².
        using var exact = new Poisson2D().ExactSolution(trainer.ValidationPoints(trainer.PdeTermIndex()));
        double meanSquare = exact.to(TorchSharp.torch.ScalarType.Float64).square().mean().item<double>();
        Assert.NotNull(result.RelativeL2Error);
        Assert.Equal(Math.Sqrt(result.Mse.Value / meanSquare), result.RelativeL2Error!.Value, 5);
    }

    [Fact]
    public void Learning_rate_decays_linearly_to_zero_so_the_last_step_moves_the_weights_far_less_than_the_first()
    {
        // Adam moves each weight by about the learning rate; with lr·(1 − k/S) the last of S = 50 steps uses lr/50.
        const int steps = 50;
        using var trainer = new Trainer(new Poisson2D(), TinySettings.Options(steps) with { ValidateEvery = 1000 });
        var previous = Snapshot(trainer);
        double first = 0, last = 0;
        trainer.Train(default, p =>
        {
            var now = Snapshot(trainer);
            double moved = MaxChange(previous, now);
            if (p.Step == 1) first = moved;
            if (p.Step == steps) last = moved;
            previous = now;
        });
        Assert.True(first > 0, "the first step did not move the weights");
        Assert.True(last < first / 10, $"the last step moved weights by {last:E2}, the first by {first:E2}: the rate did not decay.");
    }

    private static double[] Snapshot(Trainer trainer)
    {
        var list = new List<double>();
        foreach (var p in trainer.Network.parameters())
            list.AddRange(p.detach().to(TorchSharp.torch.ScalarType.Float64).data<double>().ToArray());
        return list.ToArray();
    }

    private static double MaxChange(double[] a, double[] b)
    {
        double max = 0;
        for (int i = 0; i < a.Length; i++) max = Math.Max(max, Math.Abs(b[i] - a[i]));
        return max;
    }
}
