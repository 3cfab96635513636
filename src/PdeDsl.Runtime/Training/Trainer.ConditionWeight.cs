using System;
using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl;

public sealed partial class Trainer
{
    // The forcing-to-data ratio from which the conditions earn a weight: below it the pde does not drown them.
    private const double SmallestForcingRatio = 10;

    // The largest weight chosen: far above it the pde itself is drowned (the fresh biharmonic problem: 1e5 ends 50x worse than 1e3).
    private const double LargestConditionWeight = 1000;

    private double? _conditionWeight;

    /// <summary>
    /// The weight of each condition's loss and each observation file's misfit relative to the pde's:
    /// <see cref="TrainingOptions.ConditionWeight"/> when given, else chosen from the problem at the first step (1 until
    /// then; docs/training.md, "Condition weight").
    /// </summary>
    public double ConditionWeight => _conditionWeight ?? Options.ConditionWeight ?? 1.0;

    // Before the first step, after the output scales: the option's weight, else the forcing-to-data ratio's.
    private void ChooseConditionWeight() => _conditionWeight ??= Options.ConditionWeight ?? ForcingToDataWeight();

    /// <summary>
    /// With the network replaced by 0, the pde terms' loss P is the forcing's mean square and the conditions' loss C the
    /// data's. An error of relative size e costs about |L|²e²|u|² in the pde (|L| the operator's size on the solution) and
    /// e²|u|² in a Dirichlet condition, so with weight 1 the conditions count |L|² times less; P / |u|² = |L|² is what
    /// balances them, and |u|² is read from the data (C) or, when the data are 0, from the output scale (at least 1).
    /// The ratio P / max(C, s²) is used when it is at least <see cref="SmallestForcingRatio"/>, capped at
    /// <see cref="LargestConditionWeight"/>; else 1, as before the rule. Observations are not part of C.
    /// </summary>
    private double ForcingToDataWeight()
    {
        var terms = _problem.Terms;
        if (terms.All(t => t.Kind == TermKind.Pde)) return 1;
        using var scope = NewDisposeScope();
        using var zero = new ConstantNetwork(_problem.InputDimension, new double[Network.Outputs], DType, Device);
        var losses = TermLossesOf(zero);
        double pde = 0, conditions = 0;
        for (int i = 0; i < terms.Count; i++)
        {
            if (terms[i].Kind == TermKind.Pde) pde += losses[i];
            else conditions += losses[i];
        }
        double size = OutputScales.Max();
        double ratio = pde / Math.Max(conditions, size * size);
        return double.IsFinite(ratio) && ratio >= SmallestForcingRatio ? Math.Min(ratio, LargestConditionWeight) : 1;
    }
}
