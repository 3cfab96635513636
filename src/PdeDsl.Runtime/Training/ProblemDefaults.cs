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
        nameof(TrainingOptions.Backend),
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

        var pdeRequests = problem.Terms.Where(t => t.Kind == TermKind.Pde).Select(t => t.Request).ToList();
        bool secondOrder = pdeRequests.Any(r => r.HasSecondOrder);
        bool wide = problem.InputDimension > WideInput;

        var o = given;
        // Jets: exact derivatives of f along each low-dimensional axis and Hutchinson's K directions for wide Laplacians and
        // gradients, whose variance does not grow with n (docs/runtime.md, "Directional estimators"; docs/training.md).
        if (Open(nameof(TrainingOptions.Backend))) o = o with { Backend = BackendKind.Jet };
        // K: with the unbiased r1*r2 loss the estimator's variance only adds gradient noise, which per-point noise averages
        // over the batch; 64 served Poisson2D (MSE 5e-5) and the HJB at D = 101. First derivatives alone need fewer.
        if (Open(nameof(TrainingOptions.Samples))) o = o with { Samples = secondOrder ? 64 : 32 };
        // A value's estimate errs by O(σ⁴) (bench/results.md: about 1e-9 at K = 16): a few samples suffice.
        if (Open(nameof(TrainingOptions.ValueSamples))) o = o with { ValueSamples = 8 };
        // Per-point noise makes a batch's errors independent (a far less noisy gradient) and costs N·K·D·h in the first
        // layer: cheap while D is small next to the hidden layers' h²; shared noise keeps the first layer at N·D·h + K·D·h.
        if (Open(nameof(TrainingOptions.NoiseMode))) o = o with { NoiseMode = wide ? NoiseMode.Shared : NoiseMode.PerPoint };
        if (Open(nameof(TrainingOptions.HiddenLayers))) o = o with { HiddenLayers = wide ? 4 : 3 };
        if (Open(nameof(TrainingOptions.HiddenWidth))) o = o with { HiddenWidth = wide ? 100 : NarrowestWidth };
        // σ smooths over a fraction of the narrowest coordinate's range (0.1 on the unit box), kept above float32's limit.
        // The noise of a coordinate of length m has length σ√m, so a vector's range counts as range/√m (the unit ball of
        // R^1000: σ√m = 3.2 at σ = 0.1, wider than the ball; BallPoisson, docs/training.md).
        if (Open(nameof(TrainingOptions.Sigma))) o = o with { Sigma = Math.Max(MinimumSigma, SigmaFraction * NarrowestExtent(problem)) };
        // Steps: as many as fit a budget of network work (about 50 s on one core of this project's CPU), 500 to 2000 for Stein,
        // up to 20,000 for jets and differences (a fixed cost per term counted: WorkPerStep).
        if (Open(nameof(TrainingOptions.Steps))) o = o with { Steps = (int)Math.Clamp(StepBudget / WorkPerStep(problem, o), MinimumSteps, MostSteps(o)) };
        // The learning rate decays linearly to 0 from 1e-3 over a full 2000-step run (Poisson2D's 5e-5); a run the budget cut
        // short starts at 3e-3 (Heat5D, 1775 steps: MSE 1.3e-3 at 1.1e-3, 6.5e-4 at 3e-3; Poisson10D, 1924: 1.8e-3 and 8.1e-4).
        if (Open(nameof(TrainingOptions.LearningRate))) o = o with { LearningRate = o.Steps >= MaximumSteps ? 1e-3 : MaximumLearningRate };
        // Validation: small and rare, so it costs a few percent of training (it used to cost as much).
        if (Open(nameof(TrainingOptions.EvaluationSamples))) o = o with { EvaluationSamples = 64 };
        if (Open(nameof(TrainingOptions.ValidationPoints))) o = o with { ValidationPoints = 200 };
        if (Open(nameof(TrainingOptions.ValidateEvery))) o = o with { ValidateEvery = Math.Max(1, o.Steps / 20) };
        // One thread: these networks are too small for intra-op parallelism, and on a busy machine two threads collapse
        // (Poisson2D: 37.5 against 4.1 steps/s). Only a step of paper size (K ~ 1024) gains from all cores (1.5x, bench/results.md).
        int chosenThreads = Open(Threads) ? (RowsPerStep(problem, o) >= ManyRows ? 0 : 1) : threads;
        return new ResolvedTraining(o, chosenThreads, Chosen.Where(open.Contains).ToArray());
    }

    /// <summary>The narrowest hidden width the rules choose (100 for wide inputs).</summary>
    public const int NarrowestWidth = 64;

    /// <summary>Network evaluations per step above which all cores are used (TorchSharp's default thread count).</summary>
    public const long ManyRows = 200_000;

    /// <summary>
    /// Network evaluations of one training step: points per term times evaluations per point (Stein's by estimator,
    /// <see cref="SteinEstimatorCost"/>: antithetic 2K+1, vanilla K, control variate K+1; jets and
    /// differences: 2M+1 rows for M directions, counted twice under the r1*r2 loss when some are random).
    /// </summary>
    public static long RowsPerStep(IPdeProblem problem, TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        long rows = 0;
        foreach (var term in problem.Terms)
        {
            long points = term.Kind == TermKind.Pde ? options.InteriorPoints : options.ConditionPoints;
            rows += points * (options.Backend.IsDirectional() ? (long)DirectionalRows(term.Request, options, 2) : options.Estimator.EvaluationsPerPoint(Trainer.IsValueOnly(term.Request) ? options.EffectiveValueSamples : options.Samples));
        }
        return rows;
    }

    /// <summary>
    /// Rows per point of a jet or difference step for <paramref name="request"/>: <paramref name="rowsPerDirection"/> for each
    /// direction its plan takes (axes, pairs, random sets, the scaled blocks of wide Hessian diagonals, one per quadratic
    /// form and one per directional derivative) and one for f(x), twice under the r1*r2 loss when some directions are
    /// random (two independent halves of K).
    /// </summary>
    internal static double DirectionalRows(DerivativeRequest request, TrainingOptions options, double rowsPerDirection)
    {
        var plan = DirectionPlan.For(request, Math.Max(1, options.UnbiasedResidualSquare ? options.Samples / 2 : options.Samples), options.Samples);
        return (rowsPerDirection * plan.Count + 1) * (options.UnbiasedResidualSquare && !plan.IsExact ? 2 : 1);
    }

    /// <summary>
    /// The most steps the rules choose for <paramref name="options"/>' backend: <see cref="MaximumSteps"/>, or
    /// <see cref="MaximumDirectionalSteps"/> for jets and differences, whose steps on a low-dimensional problem are a few
    /// exact rows per point, so the work budget buys many more of them.
    /// </summary>
    public static int MostSteps(TrainingOptions options) => options.Backend.IsDirectional() ? MaximumDirectionalSteps : MaximumSteps;

    /// <summary>The most steps the rules choose for jets and differences.</summary>
    public const int MaximumDirectionalSteps = 20_000;

    /// <summary>
    /// The network work of a run whose steps the rules choose, in multiply-adds of the forward pass (<see cref="WorkPerStep"/>):
    /// Poisson2D's 2000 steps (K = 64, 3x64), which took 53 s at 37.5 steps/s on one core (docs/training.md).
    /// </summary>
    public const double StepBudget = 2.5e11;

    /// <summary>The largest learning rate the rules choose.</summary>
    public const double MaximumLearningRate = 3e-3;

    /// <summary>The fewest steps the rules choose.</summary>
    public const int MinimumSteps = 500;

    /// <summary>The most steps the rules choose.</summary>
    public const int MaximumSteps = 2000;

    /// <summary>
    /// Multiply-adds of one step's forward pass: <see cref="RowsPerStep"/> times D·h + (L−1)·h² + h for the MLP, plus, for jets
    /// and differences, <see cref="TermOverhead"/> per term: their low-dimensional steps are so small that the per-operation
    /// cost of each term's pass, backward pass and optimiser step is most of a step's time.
    /// </summary>
    public static double WorkPerStep(IPdeProblem problem, TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        double h = options.HiddenWidth;
        double overhead = options.Backend.IsDirectional() ? TermOverhead * problem.Terms.Count : 0;
        return RowsPerStep(problem, options) * (problem.InputDimension * h + (options.HiddenLayers - 1) * h * h + h) + overhead;
    }

    /// <summary>
    /// A term's fixed cost in a jet or difference step, as multiply-adds of the budget's rate: about 1 ms on one core here
    /// (the defaults suite's 2-D problems ran 20,000 exact jet steps in 47-60 s with two terms and a work model that
    /// predicted a fifth of that time). Stein's rule was measured without it and keeps its steps.
    /// </summary>
    public const double TermOverhead = 5e6;

    /// <summary>Inputs above which the first layer dominates per-point noise and the network grows.</summary>
    public const int WideInput = 16;

    /// <summary>σ as a fraction of the narrowest coordinate's range.</summary>
    public const double SigmaFraction = 0.1;

    /// <summary>Below about 1e-2, float32 loses the second-order estimators' digits (paper, section 5.3).</summary>
    public const double MinimumSigma = 0.01;

    /// <summary>
    /// The smallest range (Upper − Lower)/√Length over the coordinates with a finite positive range (1 when there is none):
    /// the length the noise of a coordinate of Length columns should stay a fraction of, since its own length grows as √Length.
    /// </summary>
    public static double NarrowestExtent(IPdeProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var ranges = problem.Coordinates
            .Where(c => c.Upper - c.Lower is var r && r > 0 && double.IsFinite(r))
            .Select(c => (c.Upper - c.Lower) / Math.Sqrt(Math.Max(1, c.Length))).ToList();
        return ranges.Count == 0 ? 1.0 : ranges.Min();
    }
}
