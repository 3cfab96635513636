using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Spectre.Console;

namespace PdeDsl;

/// <summary>
/// Shows training progress: a live Spectre.Console bar on an interactive terminal, plain lines (about 20 per run, at
/// most one every 10 s apart from the first and last) when output is redirected to a file or a pipe.
/// </summary>
internal static class ProgressReporter
{
    public static TrainingResult Run(Trainer trainer, TextWriter output, bool interactive, CancellationToken cancellation)
    {
        int steps = trainer.Options.Steps;
        if (interactive)
        {
            TrainingResult? result = null;
            AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask(Compact(trainer.CompletedSteps, steps, double.NaN, null, 0), maxValue: Math.Max(steps, 1));
                    task.Value = trainer.CompletedSteps;
                    result = trainer.Train(cancellation, p =>
                    {
                        task.Value = p.Step;
                        task.Description = Compact(p.Step, p.Steps, p.RunningSquareLoss, p.ValidationLoss, p.StepsPerSecond) + Learned(p);
                    });
                    task.Value = task.MaxValue;
                });
            return result!;
        }

        int every = Math.Max(1, steps / 20);
        var lastLine = DateTime.MinValue;
        return trainer.Train(cancellation, p =>
        {
            bool due = p.Step % every == 0 || p.Step == p.Steps || p.Step == 1;
            if (!due && (DateTime.UtcNow - lastLine).TotalSeconds < 10) return;
            lastLine = DateTime.UtcNow;
            output.WriteLine(Describe(p) + $"  ETA {p.EstimatedRemaining:hh\\:mm\\:ss}");
            output.Flush();
        });
    }

    // The loss shown first is never negative: a running mean of the plain squared residuals (it contains the estimator's
    // variance); the step's own training loss follows, which with the unbiased r1*r2 loss can dip below 0.
    internal static string Describe(TrainingProgress p) =>
        string.Create(CultureInfo.InvariantCulture,
            $"step {p.Step}/{p.Steps}  loss {Show(p.RunningSquareLoss)} (running mean of r^2)  validation {(p.ValidationLoss is double v ? Show(v) : "-")}  step loss {Show(p.TrainLoss)}  {p.StepsPerSecond:F1} steps/s{Learned(p)}");

    // Learned params after the step: "  kappa 0.1023".
    private static string Learned(TrainingProgress p) =>
        p.LearnedParams is null ? "" : string.Concat(p.LearnedParams.Select(l => string.Create(CultureInfo.InvariantCulture, $"  {l.Key} {l.Value:G5}")));

    // Short enough that the bar, percentage and time left still fit an 80-column terminal; r^2 is the running mean of the plain square.
    private static string Compact(int step, int steps, double loss, double? validation, double stepsPerSecond) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{step}/{steps} r^2 {Show(loss)} val {(validation is double v ? Show(v) : "-")} {stepsPerSecond:F1} steps/s");

    private static string Show(double x) => double.IsNaN(x) ? "-" : x.ToString("0.00E+00", CultureInfo.InvariantCulture);
}
