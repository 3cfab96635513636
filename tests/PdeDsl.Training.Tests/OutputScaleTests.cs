using System;
using System.Linq;
using PdeDsl;
using Samples.Poisson2D;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Training.Tests;

/// <summary>The output scale: chosen as the least-squares constant of the problem's data, applied to every value and derivative, kept by checkpoints.</summary>
public sealed class OutputScaleTests
{
    private static TrainingOptions Jets(int steps) => TinySettings.Options(steps) with { Backend = BackendKind.Jet, ValidationPoints = 200 };

    [Fact]
    public void The_chosen_scale_is_the_constant_that_fits_the_boundary_data_best()
    {
        using var trainer = new Trainer(new OffsetPoisson(), Jets(0));
        trainer.Train();
        // A constant has no Laplacian, so only the boundary term moves with c: its least-squares c is the mean of 30 + x there.
        using var scope = NewDisposeScope();
        double expected = 30 + trainer.ValidationPoints(1).select(1, 0).to(ScalarType.Float64).mean().ToDouble();
        Assert.Single(trainer.OutputScales);
        Assert.True(Math.Abs(trainer.OutputScales[0] / expected - 1) < 1e-3, $"scale {trainer.OutputScales[0]:G6}, least-squares constant {expected:G6}");
    }

    [Fact]
    public void A_solution_of_size_one_keeps_scale_one()
    {
        using var trainer = new Trainer(new Poisson2D(), Jets(0));
        trainer.Train();
        Assert.Equal(new[] { 1.0 }, trainer.OutputScales);
    }

    [Fact]
    public void A_given_scale_multiplies_the_value_and_every_derivative()
    {
        const double scale = 4;
        using var trainer = new Trainer(new Poisson2D(), Jets(0) with { OutputScale = scale });
        trainer.Train();
        Assert.Equal(new[] { scale }, trainer.OutputScales);
        using var scope = NewDisposeScope();
        var points = rand(32, 2, generator: RandomSource.Create(3));
        var predicted = trainer.Predict(points);
        var network = trainer.Network.forward(points).detach();
        Assert.True((predicted - scale * network).abs().max().ToDouble() < 1e-5 * scale, "u is not 4 times the network");
        Assert.True((trainer.Model.forward(points).detach() - predicted).abs().max().ToDouble() < 1e-5 * scale, "Model is not u");

        var request = new DerivativeRequest { Value = true, LaplacianColumns = new[] { 0, 1 }, FirstPartials = new[] { 1 } };
        var backend = new DirectionalBackend(new DirectionalOptions { Method = DirectionalMethod.Jet });
        var plain = backend.Evaluate(trainer.Network, points, request);
        var scaled = backend.Evaluate(new ScaledNetwork(trainer.Network, new[] { scale }), points, request);
        Assert.True((scaled.Laplacian! - scale * plain.Laplacian!).abs().max().ToDouble() < 1e-4, "the Laplacian is not scaled");
        Assert.True((scaled.FirstPartials[1] - scale * plain.FirstPartials[1]).abs().max().ToDouble() < 1e-5, "u_y is not scaled");
    }

    [Fact]
    public void The_constant_network_has_its_value_and_no_derivatives()
    {
        using var scope = NewDisposeScope();
        using var constant = new ConstantNetwork(3, new[] { 2.5, -7.0 }, ScalarType.Float32, CPU);
        var points = rand(10, 3, generator: RandomSource.Create(4));
        var request = new DerivativeRequest { Value = true, LaplacianColumns = new[] { 0, 1, 2 }, GradientColumns = new[] { 0, 1, 2 }, GradientSquaredNorm = true };
        var result = new DirectionalBackend(new DirectionalOptions { Method = DirectionalMethod.Jet }).Evaluate(constant, points, request);
        Assert.True((result.Unknown(0).RequireValue() - 2.5).abs().max().ToDouble() < 1e-6);
        Assert.True((result.Unknown(1).RequireValue() + 7).abs().max().ToDouble() < 1e-6);
        Assert.Equal(0, result.Unknown(1).Laplacian!.abs().max().ToDouble());
        Assert.Equal(0, result.Unknown(0).GradientSquaredNorm!.abs().max().ToDouble());
    }

    [Fact]
    public void A_checkpoint_keeps_the_chosen_scale()
    {
        using var folder = new TempFolder();
        var path = folder.File("offset.ckpt");
        double chosen;
        double[] before;
        using (var trainer = new Trainer(new OffsetPoisson(), Jets(2) with { CheckpointPath = path }))
        {
            trainer.Train();
            chosen = trainer.OutputScales[0];
            before = Values(trainer);
        }
        Assert.True(chosen > 25, $"scale {chosen}");
        using var reloaded = new Trainer(new OffsetPoisson(), Jets(2));
        reloaded.LoadCheckpoint(path);
        Assert.Equal(chosen, reloaded.OutputScales[0]);
        Assert.Equal(before, Values(reloaded));
    }

    [Fact]
    public void Training_with_the_chosen_scale_fits_a_large_solution_far_better_than_without()
    {
        // Measured (seed 1, 600 steps, 2x16 network): MSE 5.1e-2 with the chosen scale 30.5, 2.3e2 with scale 1.
        var options = Jets(600) with { LearningRate = 3e-3, ValidateEvery = 600 };
        using var chosen = new Trainer(new OffsetPoisson(), options);
        using var none = new Trainer(new OffsetPoisson(), options with { OutputScale = 1 });
        double withScale = chosen.Train().Mse!.Value, without = none.Train().Mse!.Value;
        Assert.True(withScale * 10 < without, $"MSE {withScale:E2} with the chosen scale {chosen.OutputScales[0]:G4}, {without:E2} without");
    }

    private static double[] Values(Trainer trainer)
    {
        using var scope = NewDisposeScope();
        var points = tensor(new[] { 0.2f, 0.3f, 0.7f, 0.5f }, new long[] { 2, 2 });
        return trainer.Predict(points).to(ScalarType.Float64).data<double>().ToArray();
    }
}
