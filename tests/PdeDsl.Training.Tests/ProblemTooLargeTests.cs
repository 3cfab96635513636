using System;
using System.Diagnostics;
using PdeDsl;
using Samples.Hjb;
using Xunit;

namespace PdeDsl.Training.Tests;

/// <summary>A library user's trainer refuses a problem too large for the machine before allocating anything of its width.</summary>
public sealed class ProblemTooLargeTests
{
    private static HjbOnRn Big()
    {
        var problem = new HjbOnRn();
        problem.SetDim("n", 1_000_000_000); // three zeros too many
        return problem;
    }

    [Fact]
    public void A_trainer_made_in_code_refuses_a_billion_inputs_before_allocating_them()
    {
        long before = Process.GetCurrentProcess().WorkingSet64;
        foreach (var make in new Func<Trainer>[]
        {
            () => new Trainer(Big()),
            () => new Trainer(Big(), o => o with { Steps = 5 }),
            () => new Trainer(Big(), new TrainingOptions { Steps = 5 }),
        })
        {
            var refused = Assert.Throws<ProblemTooLargeException>(make);
            Assert.StartsWith("Problem HjbOnRn has 1,000,000,001 inputs (n = 1000000000): the first layer of its network alone needs about", refused.Message);
            Assert.EndsWith("set TrainingOptions.CheckMemory to false to try anyway.", refused.Message);
            Assert.Equal(1_000_000_001, refused.Inputs);
            Assert.True(refused.BytesNeeded > refused.BytesAvailable);
        }
        // Nothing as wide as the input was made: 4 GB would be the terms' column lists alone.
        long grown = Process.GetCurrentProcess().WorkingSet64 - before;
        Assert.True(grown < 1L << 30, $"the process grew {grown / 1e9:F1} GB");
    }

    [Fact]
    public void The_check_compares_the_first_layers_bytes_with_what_is_available()
    {
        var problem = new HjbOnRn();
        problem.SetDim("n", 999); // 1000 inputs
        // 1000 inputs × (4 × 64 units × 4 bytes + 2 column indices × 4 bytes) = 1,032,000 bytes in float32.
        InputWidthCheck.Check(problem, 64, Precision.Float32, available: 1_032_000);
        var refused = Assert.Throws<ProblemTooLargeException>(() => InputWidthCheck.Check(problem, 64, Precision.Float32, available: 1_031_999));
        Assert.Equal(1_032_000, refused.BytesNeeded);
        // float64 doubles the layer's part.
        Assert.Throws<ProblemTooLargeException>(() => InputWidthCheck.Check(problem, 64, Precision.Float64, available: 1_032_000));
        InputWidthCheck.Check(problem, 64, Precision.Float64, available: 2_056_000);
    }
}
