using System;
using System.Threading;
using static TorchSharp.torch;

namespace PdeDsl.Bench;

/// <summary>
/// Training time until the hold-out validation loss first reaches the target, capped. Validation runs every few steps
/// on the trainer's own validation set (100 points per term; Stein: the smoothed model with K = --target-eval-samples, judged on
/// the unbiased r̂₁·r̂₂ loss of <see cref="UnbiasedValidation"/>; the trainer's own, at the end, is reported too) and its time is
/// not counted: the two backends differ a lot in what a validation costs, and neither needs it to train.
/// </summary>
internal static class TimeToTarget
{
    /// <summary>One run's outcome; Seconds and Step are null when the cap came first.</summary>
    public sealed record Result(int Dim, string Backend, int? Samples, int? ValueSamples, int? EvaluationSamples, double Target, double? Seconds, int? Step,
        bool Capped, double CapSeconds, double? BestValidationLoss, double? LastValidationLoss, double? FinalTrainerValidationLoss, int StepsRun, double ValidationSeconds);

    /// <summary>Trains until the target or the cap; <paramref name="after"/> sees the trained trainer before it is disposed.</summary>
    public static Result Run(BenchOptions o, IPdeProblem problem, string backend, Device device, Action<Trainer>? after = null)
    {
        var v = o.EffectiveTargetVariant;
        bool stein = backend == "stein";
        // The learning-rate schedule is set for 2000 steps (the paper's kind of run), so stopping early does not change it.
        const int scheduleSteps = 2000;
        var training = BenchTraining.Options(o, backend, v, scheduleSteps, validateEvery: scheduleSteps) with { EvaluationSamples = o.TargetEvaluationSamples };
        using var trainer = new Trainer(problem, training);
        using var cancel = new CancellationTokenSource();
        var clock = new DeviceClock(device);
        // The trainer validates once before its first step (the history's step 0). Time the same computation (the
        // evaluation backend is made afresh with a fixed seed each time) so it can be taken off the training time.
        var before0 = clock.Read().WallMs;
        trainer.ValidationLoss();
        double validationMs = 0, initialValidationMs = clock.Read().WallMs - before0, best = double.PositiveInfinity, last = double.NaN;
        clock = new DeviceClock(device);
        double? reachedSeconds = null;
        int? reachedStep = null;
        var result = trainer.Train(cancel.Token, p =>
        {
            double trainingSeconds = (clock.Read().WallMs - validationMs - initialValidationMs) / 1000;
            if (p.Step % o.TargetValidateEvery == 0)
            {
                var before = clock.Read().WallMs;
                // Stein: judged on the unbiased r̂₁·r̂₂ validation loss (UnbiasedValidation); autograd's has no noise.
                last = stein ? UnbiasedValidation.Loss(trainer, problem, o.TargetEvaluationSamples) : trainer.ValidationLoss();
                validationMs += clock.Read().WallMs - before;
                if (last < best) best = last;
                if (last <= o.Target)
                {
                    reachedSeconds = trainingSeconds;
                    reachedStep = p.Step;
                    cancel.Cancel();
                }
            }
            if (trainingSeconds > o.TargetCapSeconds) cancel.Cancel();
        });
        after?.Invoke(trainer);
        return new Result(problem.InputDimension - 1, backend, stein ? v.Samples : null, stein ? v.ValueSamples : null, stein ? o.TargetEvaluationSamples : null, o.Target,
            reachedSeconds, reachedStep, reachedSeconds is null, o.TargetCapSeconds,
            double.IsFinite(best) ? best : null, double.IsFinite(last) ? last : null, double.IsFinite(result.FinalValidationLoss) ? result.FinalValidationLoss : null,
            trainer.CompletedSteps, validationMs / 1000);
    }
}
