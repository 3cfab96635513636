using System;
using PdeDsl;
using Samples.PlateWithHole;
using Xunit;
using Xunit.Abstractions;

namespace PdeDsl.Training.Tests;

/// <summary>A problem on a region with a hole trains to its manufactured solution, the hole's Neumann condition on the region's normals.</summary>
public sealed class PlateWithHoleTests
{
    private readonly ITestOutputHelper log;

    public PlateWithHoleTests(ITestOutputHelper log) => this.log = log;

    [Fact]
    public void Poisson_on_a_plate_with_a_hole_trains_to_its_manufactured_solution()
    {
        using var trainer = new Trainer(new PlateWithHole(), o => o with { Steps = 1500, Device = DeviceOption.Cpu, Seed = 1 });
        var result = trainer.Train();
        double mse = trainer.MeanSquaredError()!.Value;
        log.WriteLine($"{trainer.Options.Backend} {trainer.Options.HiddenLayers}x{trainer.Options.HiddenWidth}, {result.StepsCompleted} steps in {result.Seconds:F1} s: MSE {mse:E2}");
        Assert.True(mse < 1e-3, $"MSE {mse} against the manufactured solution");
    }
}
