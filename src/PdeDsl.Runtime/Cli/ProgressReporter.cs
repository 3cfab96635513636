using System;
using System.Globalization;
using System.IO;
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
                    var task = ctx.AddTask(Describe(trainer.CompletedSteps, steps, double.NaN, null, 0), maxValue: Math.Max(steps, 1));
                    task.Value = trainer.CompletedSteps;
                    result = trainer.Train(cancellation, p =>
                    {
                        task.Value = p.Step;
                        task.Description = Describe(p.Step, p.Steps, p.TrainLoss, p.ValidationLoss, p.StepsPerSecond);
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
            output.WriteLine(Describe(p.Step, p.Steps, p.TrainLoss, p.ValidationLoss, p.StepsPerSecond)
                + $"  ETA {p.EstimatedRemaining:hh\\:mm\\:ss}");
            output.Flush();
        });
    }

    private static string Describe(int step, int steps, double loss, double? validation, double stepsPerSecond) =>
        string.Create(CultureInfo.InvariantCulture,
            $"step {step}/{steps}  loss {Show(loss)}  validation {(validation is double v ? Show(v) : "-")}  {stepsPerSecond:F1} steps/s");

    private static string Show(double x) => double.IsNaN(x) ? "-" : x.ToString("0.000E+00", CultureInfo.InvariantCulture);
}
