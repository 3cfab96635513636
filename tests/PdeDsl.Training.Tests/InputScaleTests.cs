using System;
using PdeDsl;
using Samples.Poisson2D;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Training.Tests;

/// <summary>
/// <c>input-scale = auto</c>: a small vector coordinate is read divided by its size, the root mean square of its
/// components over the problem's points (sqrt(E r² / n) = sqrt(1/(3n)) in the unit ball of R^n with the radius uniform
/// in [0, 1]), but by at most 8 times; off, the default, reads it as it is; nothing to scale in the unit square; the
/// network's value is f(x / s) and training through it is as exact as without.
/// </summary>
public sealed class InputScaleTests
{
    [Fact]
    public void Auto_reads_the_ball_s_coordinate_at_size_1_up_to_8_times_and_off_is_the_default()
    {
        var auto = TinySettings.Options(1) with { InputScale = InputScaleMode.Auto };
        // n = 12: rms sqrt(1/36) = 0.167, read at size 1 (factor 6).
        var small = new AnsatzBall();
        small.SetDim("n", 12);
        using var twelve = new Trainer(small, auto);
        var scale = Assert.Single(Assert.IsType<ScaledInputMap>(twelve.Network.InputMap).Scales);
        Assert.Equal((0, 12), (scale.Offset, scale.Length));
        Assert.InRange(scale.Scale, Math.Sqrt(1.0 / 36) * 0.92, Math.Sqrt(1.0 / 36) * 1.08);

        // n = 30: rms sqrt(1/90) = 0.105, so the factor would be 9.5; it stops at 8.
        using var thirty = new Trainer(new RadialBowl(), auto);
        scale = Assert.Single(Assert.IsType<ScaledInputMap>(thirty.Network.InputMap).Scales);
        Assert.Equal((0, 30, 0.125), (scale.Offset, scale.Length, scale.Scale));

        using var plain = new Trainer(new RadialBowl(), TinySettings.Options(1));
        Assert.Null(plain.Network.InputMap);
        using var square = new Trainer(new Poisson2D(), auto);
        Assert.Null(square.Network.InputMap);   // no vector coordinate
        using var unscaled = new Trainer(new AnsatzBall(), auto);   // n = 3: rms 0.33, large enough to be read as it is
        Assert.Null(unscaled.Network.InputMap);
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
