using System;
using PdeDsl;
using Samples.Poisson2D;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Training.Tests;

/// <summary>
/// <c>input-scale = auto</c>: a small vector coordinate (the 30-D ball's components have root mean square
/// sqrt(E r² / 30) = 0.105 with the radius uniform in [0, 1]) is read divided by that size; off by default; nothing to
/// scale in the unit square; the network's value is f(x / s) and training through it is as exact as without.
/// </summary>
public sealed class InputScaleTests
{
    [Fact]
    public void Auto_reads_the_ball_s_coordinate_at_size_1_and_off_is_the_default()
    {
        using var scaled = new Trainer(new RadialBowl(), TinySettings.Options(1) with { InputScale = InputScaleMode.Auto });
        var map = Assert.IsType<ScaledInputMap>(scaled.Network.InputMap);
        var scale = Assert.Single(map.Scales);
        Assert.Equal((0, 30), (scale.Offset, scale.Length));
        Assert.InRange(scale.Scale, Math.Sqrt(1.0 / 90) * 0.92, Math.Sqrt(1.0 / 90) * 1.08);
        using var plain = new Trainer(new RadialBowl(), TinySettings.Options(1));
        Assert.Null(plain.Network.InputMap);
        using var square = new Trainer(new Poisson2D(), TinySettings.Options(1) with { InputScale = InputScaleMode.Auto });
        Assert.Null(square.Network.InputMap);   // no vector coordinate
    }

    [Theory]
    [InlineData(BackendKind.Jet)]
    [InlineData(BackendKind.Autograd)]
    public void Training_through_the_scale_learns_the_bowl(BackendKind backend)
    {
        var options = TinySettings.Options(300) with { Backend = backend, LearningRate = 1e-2, InputScale = InputScaleMode.Auto, RadialFeature = RadialFeatureMode.Off };
        using var trainer = new Trainer(new RadialBowl(), options);
        double initial = trainer.MeanSquaredError()!.Value;
        double mse = trainer.Train().Mse!.Value;
        Assert.True(mse < initial / 10, $"MSE {initial:E3} -> {mse:E3}");
    }
}
