using System;
using System.Linq;
using PdeDsl;
using Xunit;

namespace PdeDsl.Training.Tests;

/// <summary>
/// <c>periodic x</c> trains through the network's periodic input map with every backend kind: the learned u and u_x agree
/// at the two ends of x to float precision, while the same problem without <c>periodic</c> does not.
/// </summary>
public sealed class PeriodicTrainingTests
{
    // Pairs of points (t, 0) and (t, 2) at eleven times.
    private static (double[,] Left, double[,] Right) Ends()
    {
        var left = new double[11, 2];
        var right = new double[11, 2];
        for (int i = 0; i < 11; i++)
        {
            left[i, 0] = right[i, 0] = i / 10.0;
            right[i, 1] = 2;
        }
        return (left, right);
    }

    private static (double Value, double Slope) Gap(Solution solution)
    {
        var (left, right) = Ends();
        double value = solution.Evaluate(left).Zip(solution.Evaluate(right), (a, b) => Math.Abs(a - b)).Max();
        var gl = solution.Gradient(left);
        var gr = solution.Gradient(right);
        double slope = Enumerable.Range(0, 11).Max(i => Math.Abs(gl[i, 1] - gr[i, 1]));
        return (value, slope);
    }

    [Theory]
    [InlineData(BackendKind.Jet)]
    [InlineData(BackendKind.Difference)]
    [InlineData(BackendKind.Stein)]
    [InlineData(BackendKind.Autograd)]
    public void The_solution_and_its_slope_repeat_over_a_periodic_coordinate(BackendKind backend)
    {
        using var trainer = new Trainer(new PeriodicRing(), TinySettings.Options(60) with { Backend = backend });
        Assert.Equal(new[] { false, true }, new PeriodicRing().Coordinates.Select(c => c.Periodic));
        var result = trainer.Train();
        Assert.True(double.IsFinite(result.FinalValidationLoss));
        var (value, slope) = Gap(trainer.Solution);
        Assert.True(value < 1e-5, $"u differs by {value} at the two ends");
        Assert.True(slope < 1e-4, $"u_x differs by {slope} at the two ends");
    }

    [Fact]
    public void Without_periodic_the_ends_are_free()
    {
        using var trainer = new Trainer(new OpenRing(), TinySettings.Options(60) with { Backend = BackendKind.Jet });
        trainer.Train();
        var (value, slope) = Gap(trainer.Solution);
        Assert.True(value > 1e-3 || slope > 1e-2, $"the open problem agrees at the ends by chance: {value}, {slope}");
    }

    [Fact]
    public void Defaults_train_the_ring_to_its_manufactured_solution()
    {
        // A short run with the rules' own choices (jets, exact along t and x): the error falls well below the start's.
        using var trainer = new Trainer(new PeriodicRing(), o => o with { Steps = 600 });
        var result = trainer.Train();
        Assert.True(result.Mse < 1e-3, $"MSE {result.Mse}");
    }

    [Fact]
    public void A_network_or_checkpoint_without_the_problems_periodic_map_is_refused()
    {
        var options = TinySettings.Options(2) with { Backend = BackendKind.Jet };
        var plain = TrainerBackends.CreateNetwork(2, options, 1);
        var error = Assert.Throws<ArgumentException>(() => new Trainer(new PeriodicRing(), options, plain, null));
        Assert.Contains("map 1:0:2", error.Message);

        // The weights read x through cos and sin of 2πx/L: a run with another period cannot reuse them.
        using var folder = new TempFolder();
        var path = folder.File("ring.ckpt");
        using (var first = new Trainer(new PeriodicRing(), options))
        {
            first.Train();
            first.SaveCheckpoint(path);
        }
        var other = new PeriodicRing();
        other.SetParam("L", 3);
        using var second = new Trainer(other, options);
        var mismatch = Assert.Throws<ArgumentException>(() => second.LoadCheckpoint(path));
        Assert.Contains("input map", mismatch.Message);
        using var same = new Trainer(new PeriodicRing(), options);
        same.LoadCheckpoint(path);
    }
}
