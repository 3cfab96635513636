using System;
using System.Globalization;
using System.Linq;

namespace PdeDsl;

/// <summary>
/// Checks the resolved options of a run against its problem before any training, so a combination that would fail
/// inside the first step (or be killed by the system for lack of memory an hour in) is one line and exit 2 at start,
/// naming the real minimum. <see cref="TrainingOptions.Validate"/> checks each option alone; this checks how they meet
/// the problem.
/// </summary>
internal static class OptionValidation
{
    /// <summary>Throws an ArgumentException with one sentence for the first combination that cannot run.</summary>
    public static void Check(IPdeProblem problem, TrainingOptions options, bool memoryCheck)
    {
        CheckCoordinates(problem);
        CheckSamples(problem, options);
        if (memoryCheck) CheckMemory(problem, options, MemoryEstimate.AvailableBytes());
    }

    /// <summary>The smallest K (<c>--samples</c>) the problem's derivative terms can train with under <paramref name="options"/>.</summary>
    public static int MinimumSamples(IPdeProblem problem, TrainingOptions options)
    {
        if (options.Backend.IsDirectional())
        {
            // Random directions split into the request's groups; |grad u|^2 needs no halves here (mean of squared ∂_v f).
            int groups = problem.Terms.Where(t => !Trainer.IsValueOnly(t.Request)).Select(t => t.Request.Groups).DefaultIfEmpty(1).Max();
            return groups > 1 && options.UnbiasedResidualSquare ? 2 * groups : groups;
        }
        if (options.Backend != BackendKind.Stein) return 1;
        int perEvaluation = problem.Terms.Where(t => !Trainer.IsValueOnly(t.Request)).Select(t => SamplesPerEvaluation(t.Request)).DefaultIfEmpty(1).Max();
        // The unbiased r₁·r₂ loss first splits K into two independent evaluations of K/2 each (K = 1 still gives 1 each).
        return perEvaluation > 1 && options.UnbiasedResidualSquare ? 2 * perEvaluation : perEvaluation;
    }

    // K one evaluation of the request needs: one per noise group (independent factors of products), two per group
    // when |∇u|² is estimated without bias as ĝ_A·ĝ_B from two halves of the group's noise vectors.
    private static int SamplesPerEvaluation(DerivativeRequest request) => request.Groups * (request.GradientSquaredNorm ? 2 : 1);

    private static string Needs(DerivativeRequest request) =>
        request.Groups == 1
            ? "|grad u|^2, estimated without bias from two halves of the noise vectors"
            : $"{request.Groups} independent groups of the noise vectors for its products of estimates"
              + (request.GradientSquaredNorm ? ", each split in two halves for |grad u|^2" : "");

    // The --eval-samples the memory suggestion may not go below (2 as before for problems without |grad u|^2 or groups).
    private static int MinimumEvaluationSamples(IPdeProblem problem) => Math.Max(2, problem.Terms.Select(t => SamplesPerEvaluation(t.Request)).DefaultIfEmpty(1).Max());

    private static void CheckSamples(IPdeProblem problem, TrainingOptions options)
    {
        if (options.Backend != BackendKind.Stein) return;
        int minimum = MinimumSamples(problem, options);
        if (options.Samples < minimum)
        {
            var term = problem.Terms.Where(t => !Trainer.IsValueOnly(t.Request)).MaxBy(t => SamplesPerEvaluation(t.Request))!;
            int perEvaluation = SamplesPerEvaluation(term.Request);
            throw new ArgumentException(
                $"--samples {options.Samples} is too few: the {term.Name} term of {problem.Name} needs {Needs(term.Request)}"
                + (options.UnbiasedResidualSquare ? $", and the unbiased r1*r2 loss (--unbiased-square, on by default) splits K in two first, so K must be at least {minimum} ({perEvaluation} with --unbiased-square false)."
                                                  : $", so K must be at least {minimum}."));
        }
        var valueTerm = problem.Terms.Where(t => Trainer.IsValueOnly(t.Request)).MaxBy(t => t.Request.Groups);
        if (valueTerm is not null && options.EffectiveValueSamples < valueTerm.Request.Groups)
            throw new ArgumentException($"--value-samples {options.EffectiveValueSamples} is too few: the {valueTerm.Name} term of {problem.Name} needs {Needs(valueTerm.Request)}, so it must be at least {valueTerm.Request.Groups}.");
        var evaluated = problem.Terms.MaxBy(t => SamplesPerEvaluation(t.Request));
        if (evaluated is not null && options.EvaluationSamples < SamplesPerEvaluation(evaluated.Request))
            throw new ArgumentException($"--eval-samples {options.EvaluationSamples} is too few: validating the {evaluated.Name} term of {problem.Name} needs {Needs(evaluated.Request)}, so it must be at least {SamplesPerEvaluation(evaluated.Request)}.");
    }

    // The samplers draw uniformly between each coordinate's bounds; params may move them (domain x in [0, L]).
    private static void CheckCoordinates(IPdeProblem problem)
    {
        if (problem.InputDimension < 1)
            throw new ArgumentException($"Problem {problem.Name} has {problem.InputDimension} input columns; its dims must give at least one.");
        // Unbounded coordinates (c in R^n) are drawn from their laws, not from bounds.
        foreach (var c in problem.Coordinates.Where(c => c.Set != CoordinateSet.Real))
            if (!double.IsFinite(c.Lower) || !double.IsFinite(c.Upper) || c.Lower > c.Upper)
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"Coordinate {c.Name} of {problem.Name} spans [{c.Lower}, {c.Upper}] with these params; its bounds must be finite with lower <= upper, or no point can be sampled."));
    }

    /// <summary>Refuses a run whose estimated memory (see <see cref="MemoryEstimate"/>) exceeds <paramref name="available"/> bytes.</summary>
    public static void CheckMemory(IPdeProblem problem, TrainingOptions options, double available)
    {
        if (DeviceSelection.Resolve(options.Device).type != TorchSharp.DeviceType.CPU) return; // no device-memory figures in TorchSharp: see docs/training.md
        double need = MemoryEstimate.Bytes(problem, options);
        if (need <= available) return;
        throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
            $"This run needs about {InputWidthCheck.Gib(need)} of memory for one step (estimate) but {InputWidthCheck.Gib(available)} is available, so the system would kill it; "
            + $"{Suggestion(problem, options, available)}, or pass --no-memory-check to try anyway."));
    }

    // Halve the batch (and K for Stein) until the estimate fits: the options a user would change first.
    private static string Suggestion(IPdeProblem problem, TrainingOptions options, double available)
    {
        // Greedy: each round halves whichever of N1, N2 and K lowers the estimate most (K not below its minimum), until the
        // estimate leaves a fifth of the memory free (other processes move MemAvailable while the run goes on).
        var o = options;
        available *= 0.8;
        for (int i = 0; i < 64 && MemoryEstimate.Bytes(problem, o) > available; i++)
        {
            var candidates = new[]
            {
                o with { InteriorPoints = Math.Max(1, o.InteriorPoints / 2), ValidationPoints = Math.Max(1, Math.Min(o.ValidationPoints, o.InteriorPoints / 2)) },
                o with { ConditionPoints = Math.Max(1, o.ConditionPoints / 2) },
                o.Backend == BackendKind.Stein ? o with { Samples = Math.Max(MinimumSamples(problem, o), o.Samples / 2), EvaluationSamples = Math.Max(MinimumEvaluationSamples(problem), Math.Min(o.EvaluationSamples, o.Samples / 2)) } : o,
            };
            var best = candidates.OrderBy(c => MemoryEstimate.Bytes(problem, c)).First();
            if (MemoryEstimate.Bytes(problem, best) >= MemoryEstimate.Bytes(problem, o)) break;
            o = best;
        }
        if (MemoryEstimate.Bytes(problem, o) > available)
            return o.Backend == BackendKind.Autograd
                ? "no batch size fits with --backend autograd: try --backend stein, a smaller dim or a narrower network (--hidden-width)"
                : "no batch size fits: try a smaller dim or a narrower network (--hidden-width)";
        var changes = new System.Collections.Generic.List<string>();
        if (o.InteriorPoints != options.InteriorPoints) changes.Add($"--interior-points {o.InteriorPoints}");
        if (o.ConditionPoints != options.ConditionPoints) changes.Add($"--condition-points {o.ConditionPoints}");
        if (o.Samples != options.Samples) changes.Add($"--samples {o.Samples}");
        if (o.EvaluationSamples != options.EvaluationSamples) changes.Add($"--eval-samples {o.EvaluationSamples}");
        if (o.ValidationPoints != options.ValidationPoints) changes.Add($"--validation-points {o.ValidationPoints}");
        return $"{string.Join(" ", changes)} would fit (about {InputWidthCheck.Gib(MemoryEstimate.Bytes(problem, o))})";
    }

}
