using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using static TorchSharp.torch;

namespace PdeDsl.Bench;

/// <summary>
/// Training time until the hold-out validation loss is below the target by two standard errors, capped. Validation runs
/// every few steps on the trainer's own validation set (100 points per term; Stein: the smoothed model with K =
/// --target-eval-samples, judged on the unbiased r̂₁·r̂₂ loss of <see cref="UnbiasedValidation"/>; the trainer's own, at the
/// end, is reported too) and its time is not counted: the two backends differ a lot in what a validation costs, and
/// neither needs it to train.
/// </summary>
internal static class TimeToTarget
{
    /// <summary>
    /// One run's outcome; Seconds and Step are null when the cap came first. RelativeL2Error is the trained model's
    /// ‖u − u*‖₂/‖u*‖₂ against the Cole-Hopf solution over the pde's validation points at the end of the run: the same
    /// yardstick for both backends, whose validation losses measure different models (Stein: the smoothed one).
    /// </summary>
    public sealed record Result(int Dim, string Backend, int? Samples, int? ValueSamples, int? EvaluationSamples, double Target, double? Seconds, int? Step,
        bool Capped, double CapSeconds, double? BestValidationLoss, double? LastValidationLoss, double? FinalTrainerValidationLoss, int StepsRun, double ValidationSeconds)
    {
        public double? RelativeL2Error { get; init; }

        /// <summary>The standard error of the last validation loss (UnbiasedValidation); reached means loss + 2 x this ≤ target.</summary>
        public double? LastValidationStandardError { get; init; }

        /// <summary>Every validation of the run: step, training seconds, loss and its standard error.</summary>
        public IReadOnlyList<Validation> History { get; init; } = Array.Empty<Validation>();

        /// <summary>Training seconds until the loss was below each of <see cref="Levels"/> by two standard errors (null: never).</summary>
        public IReadOnlyList<LevelReached> Levels { get; init; } = Array.Empty<LevelReached>();

        /// <summary>Stein's noise mode in this run ("shared" or "per-point"); null for autograd.</summary>
        public string? Noise { get; init; }
    }

    /// <summary>One validation: at <paramref name="Step"/>, after <paramref name="Seconds"/> of training (wall; CPU: the process's, both without validations).</summary>
    public sealed record Validation(int Step, double Seconds, double CpuSeconds, double Loss, double StandardError);

    /// <summary>When a loss level was first reached (its upper bound at or below it), read from the history.</summary>
    public sealed record LevelReached(double Level, int? Step, double? Seconds, double? CpuSeconds);

    /// <summary>The looser levels each run also reports, so runs that miss the target still compare (the target is kept).</summary>
    public static readonly double[] Levels = { 1e-1, 3e-2, 1e-2, 3e-3 };

    /// <summary>Trains until the target or the cap; <paramref name="after"/> sees the trained trainer before it is disposed.</summary>
    public static Result Run(BenchOptions o, IPdeProblem problem, string backend, Device device, Action<Trainer>? after = null)
    {
        var v = o.EffectiveTargetVariant;
        bool stein = backend == "stein", sampled = backend != "autograd";
        // The learning-rate schedule is set for 2000 steps (the paper's kind of run), so stopping early does not change it.
        const int scheduleSteps = 2000;
        var training = BenchTraining.Options(o, backend, v, scheduleSteps, validateEvery: scheduleSteps) with { EvaluationSamples = o.TargetEvaluationSamples, NoiseMode = o.TargetNoise, RadialFeature = o.TargetRadial, LearningRate = o.TargetLearningRate };
        using var trainer = new Trainer(problem, training);
        using var cancel = new CancellationTokenSource();
        var clock = new DeviceClock(device);
        // The trainer validates once before its first step (the history's step 0). Time the same computation (the
        // evaluation backend is made afresh with a fixed seed each time) so it can be taken off the training time.
        var before0 = clock.Read();
        trainer.ValidationLoss();
        var after0 = clock.Read();
        double validationCpuMs = 0, initialValidationCpuMs = after0.CpuMs - before0.CpuMs;
        double validationMs = 0, initialValidationMs = after0.WallMs - before0.WallMs, best = double.PositiveInfinity, last = double.NaN, lastError = double.NaN;
        clock = new DeviceClock(device);
        // The clock's CPU reading is the whole process's since it began (earlier runs included): count from here.
        double cpuStartMs = clock.Read().CpuMs;
        var history = new List<Validation>();
        double? reachedSeconds = null;
        int? reachedStep = null;
        var result = trainer.Train(cancel.Token, p =>
        {
            var now = clock.Read();
            double trainingSeconds = (now.WallMs - validationMs - initialValidationMs) / 1000;
            double trainingCpuSeconds = (now.CpuMs - cpuStartMs - validationCpuMs - initialValidationCpuMs) / 1000;
            if (p.Step % o.TargetValidateEvery == 0)
            {
                var before = clock.Read();
                // Stein: judged on the unbiased r̂₁·r̂₂ validation loss; autograd and jets (whose model is the network itself): on
                // its exact residual. Both must be below
                // the target by two standard errors (UnbiasedValidation): one noisy reading below it is not enough.
                var estimate = stein ? UnbiasedValidation.Stein(trainer, problem, o.TargetEvaluationSamples)
                    : backend == "jet" ? UnbiasedValidation.Jet(trainer, problem) : UnbiasedValidation.Autograd(trainer, problem);
                var done = clock.Read();
                validationMs += done.WallMs - before.WallMs;
                validationCpuMs += done.CpuMs - before.CpuMs;
                (last, lastError) = (estimate.Loss, estimate.StandardError);
                history.Add(new Validation(p.Step, trainingSeconds, trainingCpuSeconds, last, lastError));
                if (last < best) best = last;
                if (estimate.UpperBound <= o.Target)
                {
                    reachedSeconds = trainingSeconds;
                    reachedStep = p.Step;
                    cancel.Cancel();
                }
            }
            if (trainingSeconds > o.TargetCapSeconds) cancel.Cancel();
        });
        after?.Invoke(trainer);
        double relativeL2 = ColeHopfError(trainer, problem);
        return new Result(problem.InputDimension - 1, backend, sampled ? v.Samples : null, stein ? v.ValueSamples : null, sampled ? o.TargetEvaluationSamples : null, o.Target,
            reachedSeconds, reachedStep, reachedSeconds is null, o.TargetCapSeconds,
            double.IsFinite(best) ? best : null, double.IsFinite(last) ? last : null, double.IsFinite(result.FinalValidationLoss) ? result.FinalValidationLoss : null,
            trainer.CompletedSteps, validationMs / 1000)
        {
            RelativeL2Error = double.IsFinite(relativeL2) ? relativeL2 : null,
            LastValidationStandardError = double.IsFinite(lastError) ? lastError : null,
            History = history,
            Levels = Levels.Select(level => history.FirstOrDefault(h => h.Loss + 2 * h.StandardError <= level) is { } h
                ? new LevelReached(level, h.Step, h.Seconds, h.CpuSeconds) : new LevelReached(level, null, null, null)).ToList(),
            Noise = sampled ? (o.TargetNoise == NoiseMode.PerPoint ? "per-point" : "shared") : null,
        };
    }

    // The trained model (Stein: the smoothed one, K = --target-eval-samples) against Cole-Hopf over the pde's validation points.
    private static double ColeHopfError(Trainer trainer, IPdeProblem problem)
    {
        using var scope = NewDisposeScope();
        var points = trainer.ValidationPoints(trainer.PdeTermIndex());
        var learned = trainer.Predict(points).to(ScalarType.Float64).cpu();
        var reference = Samples.Hjb.ColeHopfQuadrature.Evaluate(points, problem.Params["lambda"], problem.Params["T"]);
        return ((learned - reference).square().sum() / reference.square().sum()).sqrt().item<double>();
    }
}
