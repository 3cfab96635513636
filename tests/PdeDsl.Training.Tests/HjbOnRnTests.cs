using System;
using Samples.Hjb;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Training.Tests;

/// <summary>The HJB on R^n draws its training and validation points from x ~ N(0, 2t I), and its terminal points at t = T.</summary>
public sealed class HjbOnRnTests
{
    [Fact]
    public void Pde_points_follow_the_forward_process_and_terminal_points_lie_at_the_final_time()
    {
        using var scope = NewDisposeScope();
        var problem = new HjbOnRn { N = 50, T = 1.5 };
        const int count = 4000;
        var pde = problem.Sample(0, count, new Generator(1), CPU, ScalarType.Float64);
        var terminal = problem.Sample(1, count, new Generator(2), CPU, ScalarType.Float64);
        Assert.Equal(new long[] { count, 51 }, pde.shape);

        var t = pde[.., 0];
        Assert.True(t.min().item<double>() >= 0 && t.max().item<double>() <= 1.5, "t must lie in [0, T]");
        Assert.True(terminal[.., 0].eq(1.5).all().item<bool>(), "terminal points must have t = T");
        AssertStandardNormal(pde.narrow(1, 1, 50) / (2 * t).sqrt().unsqueeze(1), "pde points");
        AssertStandardNormal(terminal.narrow(1, 1, 50) / Math.Sqrt(3.0), "terminal points");
    }

    [Fact]
    public void The_trainer_validates_on_points_from_the_same_law()
    {
        var problem = new HjbOnRn { N = 20 };
        using var trainer = new Trainer(problem, TinySettings.Options(0) with { ValidationPoints = 2000 });
        using var scope = NewDisposeScope();
        var points = trainer.ValidationPoints(trainer.PdeTermIndex()).to(ScalarType.Float64);
        var t = points[.., 0];
        AssertStandardNormal(points.narrow(1, 1, 20) / (2 * t).sqrt().unsqueeze(1), "validation points");
        Assert.True(trainer.ValidationPoints(1)[.., 0].eq(1.0).all().item<bool>());
    }

    // Pooled over all N·n entries: mean 0 and second moment 1 within 5.5 standard errors (1/√(Nn) and √2/√(Nn) for a
    // normal); a box law or a missing √(2t) scale is off by far more.
    private static void AssertStandardNormal(Tensor z, string what)
    {
        double m = z.numel();
        double mean = z.mean().item<double>(), second = z.square().mean().item<double>();
        Assert.True(Math.Abs(mean) < 5.5 / Math.Sqrt(m), $"{what}: mean {mean:G4}");
        Assert.True(Math.Abs(second - 1) < 5.5 * Math.Sqrt(2 / m), $"{what}: second moment {second:G4}");
    }
}
