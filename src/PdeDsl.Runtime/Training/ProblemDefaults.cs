using System;
using System.Collections.Generic;
using System.Linq;

namespace PdeDsl;

/// <summary>
/// Defaults chosen from the problem for whatever the user leaves open: K, the value-only K, the noise mode, the network,
/// σ, the learning rate, the steps, the validation's size and cadence, and the thread count. Each rule reads what the
/// problem says (input width, the derivatives its terms request, the domain's extent) and was measured on the suite in
/// bench/DefaultsSuite (docs/training.md, "Defaults chosen from the problem"). A setting the user gave is never changed.
/// </summary>
public static class ProblemDefaults
{
    /// <summary>The name of the thread-count setting in <see cref="Resolve"/>'s set (the others are <see cref="TrainingOptions"/> property names).</summary>
    public const string Threads = "Threads";

    /// <summary>The settings these rules choose, by <see cref="TrainingOptions"/> property name (and <see cref="Threads"/>).</summary>
    public static IReadOnlyList<string> Chosen { get; } = new[]
    {
        nameof(TrainingOptions.Samples), nameof(TrainingOptions.ValueSamples), nameof(TrainingOptions.NoiseMode),
        nameof(TrainingOptions.HiddenLayers), nameof(TrainingOptions.HiddenWidth), nameof(TrainingOptions.Sigma),
        nameof(TrainingOptions.LearningRate), nameof(TrainingOptions.Steps), nameof(TrainingOptions.EvaluationSamples),
        nameof(TrainingOptions.ValidationPoints), nameof(TrainingOptions.ValidateEvery), Threads,
    };

    /// <summary>
    /// <paramref name="given"/> with every setting of <see cref="Chosen"/> that is not in <paramref name="setByUser"/> replaced
    /// by the rule's value for <paramref name="problem"/> (its dims and params must already be set: they fix the input width
    /// and the bounds). <paramref name="threads"/> is the user's thread count, used when <see cref="Threads"/> is in the set.
    /// </summary>
    public static ResolvedTraining Resolve(IPdeProblem problem, TrainingOptions given, IReadOnlyCollection<string> setByUser, int threads = 1)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(setByUser);
        var open = Chosen.Where(name => !setByUser.Contains(name)).ToHashSet();
        bool Open(string name) => open.Contains(name);

        int d = problem.InputDimension;
        var pdeRequests = problem.Terms.Where(t => t.Kind == TermKind.Pde).Select(t => t.Request).ToList();
        bool secondOrder = pdeRequests.Any(r => r.LaplacianColumns.Count > 0 || r.SecondPartials.Count > 0);
        bool wide = d > WideInput;

        var o = given;
        // K: a Laplacian's estimator variance grows with the number of columns it sums; first derivatives need fewer.
        if (Open(nameof(TrainingOptions.Samples))) o = o with { Samples = secondOrder ? (d <= 4 ? 64 : 128) : 32 };
        // A value's estimate errs by O(σ⁴) (bench/results.md: about 1e-9 at K = 16): a few samples suffice.
        if (Open(nameof(TrainingOptions.ValueSamples))) o = o with { ValueSamples = 8 };
        // Per-point noise makes a batch's errors independent (a far less noisy gradient) and costs N·K·D·h in the first
        // layer: cheap while D is small next to the hidden layers' h²; shared noise keeps the first layer at N·D·h + K·D·h.
        if (Open(nameof(TrainingOptions.NoiseMode))) o = o with { NoiseMode = wide ? NoiseMode.Shared : NoiseMode.PerPoint };
        if (Open(nameof(TrainingOptions.HiddenLayers))) o = o with { HiddenLayers = wide ? 4 : 3 };
        if (Open(nameof(TrainingOptions.HiddenWidth))) o = o with { HiddenWidth = wide ? 100 : 64 };
        // σ smooths over a fraction of the narrowest coordinate's range (0.1 on the unit box), kept above float32's limit.
        if (Open(nameof(TrainingOptions.Sigma))) o = o with { Sigma = Math.Max(MinimumSigma, SigmaFraction * NarrowestExtent(problem)) };
        if (Open(nameof(TrainingOptions.LearningRate))) o = o with { LearningRate = 1e-3 };
        if (Open(nameof(TrainingOptions.Steps))) o = o with { Steps = 2000 };
        // Validation: small and rare, so it costs a few percent of training (it used to cost as much).
        if (Open(nameof(TrainingOptions.EvaluationSamples))) o = o with { EvaluationSamples = 64 };
        if (Open(nameof(TrainingOptions.ValidationPoints))) o = o with { ValidationPoints = 200 };
        if (Open(nameof(TrainingOptions.ValidateEvery))) o = o with { ValidateEvery = Math.Max(1, o.Steps / 20) };
        // One thread: these networks are too small for intra-op parallelism, and a busy machine collapses two.
        int chosenThreads = Open(Threads) ? 1 : threads;
        return new ResolvedTraining(o, chosenThreads, Chosen.Where(open.Contains).ToArray());
    }

    /// <summary>Inputs above which the first layer dominates per-point noise and the network grows.</summary>
    public const int WideInput = 16;

    /// <summary>σ as a fraction of the narrowest coordinate's range.</summary>
    public const double SigmaFraction = 0.1;

    /// <summary>Below about 1e-2, float32 loses the second-order estimators' digits (paper, section 5.3).</summary>
    public const double MinimumSigma = 0.01;

    /// <summary>The smallest range Upper − Lower over the coordinates (1 when none is positive).</summary>
    public static double NarrowestExtent(IPdeProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var ranges = problem.Coordinates.Select(c => c.Upper - c.Lower).Where(r => r > 0 && double.IsFinite(r)).ToList();
        return ranges.Count == 0 ? 1.0 : ranges.Min();
    }
}
