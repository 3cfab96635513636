using System;
using PdeDsl;
using Samples.Poisson2D;
using Xunit;

namespace PdeDsl.Training.Tests;

/// <summary>
/// <c>radial-feature</c> gives the network |x|² (scaled to about 1 on the problem's points) beside x: a radial solution in
/// the 30-dimensional ball, which the plain network does not learn in 300 steps, is then found with jets, differences and
/// autograd (Stein's estimator through the map is checked in the runtime's tests); the option is refused where it cannot
/// apply, and a checkpoint keeps the map.
/// </summary>
public sealed class RadialFeatureTests
{
    private static TrainingOptions Options(BackendKind backend) => TinySettings.Options(300) with { Backend = backend, LearningRate = 1e-2, Sigma = 0.05 };

    [Theory]
    [InlineData(BackendKind.Jet)]
    [InlineData(BackendKind.Difference)]
    [InlineData(BackendKind.Autograd)]
    public void A_radial_solution_is_learned_through_the_feature(BackendKind backend)
    {
        using var with = new Trainer(new RadialBowl(), Options(backend) with { RadialFeature = RadialFeatureMode.Beside });
        Assert.StartsWith("radial:0..29:", with.Network.InputMap?.ToString());
        double mse = with.Train().Mse!.Value;
        using var without = new Trainer(new RadialBowl(), Options(backend));
        double plain = without.Train().Mse!.Value;
        Assert.True(mse < 1e-3, $"MSE {mse} with the feature");
        Assert.True(mse < plain / 10, $"MSE {mse} with the feature against {plain} without");
    }

    [Fact]
    public void Only_the_feature_also_learns_it_and_ignores_the_direction_of_x()
    {
        using var trainer = new Trainer(new RadialBowl(), Options(BackendKind.Jet) with { RadialFeature = RadialFeatureMode.Only });
        Assert.StartsWith("radial-only:0..29:", trainer.Network.InputMap?.ToString());
        Assert.True(trainer.Train().Mse < 1e-3);
        var a = new double[1, 30];
        var b = new double[1, 30];
        a[0, 0] = 0.6;
        b[0, 7] = -0.6;
        Assert.Equal(trainer.Solution.Evaluate(a)[0], trainer.Solution.Evaluate(b)[0], 6);
    }

    [Fact]
    public void The_feature_needs_a_vector_coordinate_and_no_periodic_one()
    {
        var none = Assert.Throws<ArgumentException>(() => new Trainer(new Poisson2D(), TinySettings.Options(1) with { RadialFeature = RadialFeatureMode.Beside }));
        Assert.Contains("needs a vector coordinate", none.Message);
        var both = ShapeOnlyProblem.Of(new[]
        {
            new CoordinateInfo("s", 0, 1, false, false, 0, 1, Periodic: true),
            new CoordinateInfo("x", 1, 3, true, false, double.NegativeInfinity, double.PositiveInfinity, CoordinateSet.Real),
        }, new DerivativeRequest { Value = true });
        var periodic = Assert.Throws<ArgumentException>(() => TrainerBackends.InputMap(both, TinySettings.Options(1) with { RadialFeature = RadialFeatureMode.Beside }));
        Assert.Contains("cannot be combined", periodic.Message);
        Assert.Null(TrainerBackends.InputMap(new RadialBowl(), TinySettings.Options(1) with { InputScale = InputScaleMode.Off }));
    }

    [Fact]
    public void A_checkpoint_with_the_feature_loads_only_into_a_run_with_it()
    {
        using var folder = new TempFolder();
        var path = folder.File("bowl.ckpt");
        var options = TinySettings.Options(2) with { Backend = BackendKind.Jet, RadialFeature = RadialFeatureMode.Beside };
        using (var first = new Trainer(new RadialBowl(), options))
        {
            first.Train();
            first.SaveCheckpoint(path);
        }
        using var plain = new Trainer(new RadialBowl(), options with { RadialFeature = RadialFeatureMode.Off });
        var mismatch = Assert.Throws<ArgumentException>(() => plain.LoadCheckpoint(path));
        Assert.Contains("radial:0..29:", mismatch.Message);
        using var only = new Trainer(new RadialBowl(), options with { RadialFeature = RadialFeatureMode.Only });
        Assert.Contains("radial-only:0..29:", Assert.Throws<ArgumentException>(() => only.LoadCheckpoint(path)).Message);
        using var same = new Trainer(new RadialBowl(), options);
        same.LoadCheckpoint(path);
    }
}
