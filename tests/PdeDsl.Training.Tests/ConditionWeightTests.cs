using PdeDsl;
using Xunit;

namespace PdeDsl.Training.Tests;

/// <summary>
/// The condition weight chosen from the problem (docs/training.md, "Condition weight"): with the network at 0, the pde's
/// loss over the data's (or over 1 when the data are 0) for u'' = -a sin(πx), u = g at both ends, whose ratio is a²/2
/// against 2g² in closed form (up to the validation points' sampling); capped at 1000, 1 below 10, a given weight kept.
/// </summary>
public sealed class ConditionWeightTests
{
    private static double ChosenWeight(double a, double g, double? given = null)
    {
        var problem = new ForcedString();
        problem.SetParam("a", a);
        problem.SetParam("g", g);
        using var trainer = new Trainer(problem, TinySettings.Options(1) with { Backend = BackendKind.Jet, ValidationPoints = 2000, ConditionWeight = given, OutputScale = 1 });
        Assert.Equal(given ?? 1, trainer.ConditionWeight);   // until the first step
        trainer.Train();
        return trainer.ConditionWeight;
    }

    [Fact]
    public void With_zero_data_the_weight_is_the_forcing_s_mean_square()
    {
        double weight = ChosenWeight(a: 20, g: 0);
        Assert.InRange(weight, 200 * 0.93, 200 * 1.07);     // a²/2 = 200
    }

    [Fact]
    public void With_data_the_weight_is_the_forcing_over_the_data()
    {
        double weight = ChosenWeight(a: 20, g: 2);
        Assert.InRange(weight, 25 * 0.93, 25 * 1.07);       // (a²/2) / (g² + g²) = 200 / 8
    }

    [Fact]
    public void A_large_ratio_is_capped_and_a_small_one_keeps_1()
    {
        Assert.Equal(1000, ChosenWeight(a: 200, g: 0));     // 20,000
        Assert.Equal(1, ChosenWeight(a: 4, g: 0));          // 8, below 10
    }

    [Fact]
    public void A_given_weight_is_kept()
    {
        Assert.Equal(3, ChosenWeight(a: 20, g: 0, given: 3));
        Assert.Equal(0, ChosenWeight(a: 20, g: 0, given: 0));
    }
}
