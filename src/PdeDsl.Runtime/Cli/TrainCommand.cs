using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Threading;
using Spectre.Console;

namespace PdeDsl;

/// <summary>The <c>train</c> command: set dims and params, resume, train with progress, then report, plot and summarise.</summary>
internal static class TrainCommand
{
    public static int Run(IPdeProblem problem, PdeAppOptions app, TrainCommandOptions cli, ParseResult parsed, TextWriter output, TextWriter error)
    {
        var options = cli.Read(parsed);
        // --distributed: this process is one rank; only rank 0 writes progress, reports, checkpoints and plots.
        using var group = DistributedRun.Start(cli.Distributed, parsed);
        if (group is not null)
        {
            options = DistributedRun.ForRank(options, group);
            if (group.Rank != 0) output = TextWriter.Null;
        }
        foreach (var text in parsed.GetValue(cli.Dims) ?? Array.Empty<string>())
        {
            var (name, value) = NameValue.Dim(text);
            problem.SetDim(name, value);
        }
        foreach (var text in parsed.GetValue(cli.Params) ?? Array.Empty<string>())
        {
            var (name, value) = NameValue.Param(text);
            problem.SetParam(name, value);
        }
        int threads = parsed.GetValue(cli.Threads);
        if (threads < 0) throw new ArgumentException($"--threads must be 0 (default) or more, not {threads}.");
        if (threads > 0) TorchSharp.torch.set_num_threads(threads);
        string? reportPath = parsed.GetValue(cli.Report), plotPath = parsed.GetValue(cli.Plot);

        using var trainer = new Trainer(problem, options);
        if (group is not null)
        {
            DistributedRun.Join(trainer, group, output);
        }
        else if (options.CheckpointPath is string checkpoint && File.Exists(checkpoint))
        {
            trainer.LoadCheckpoint(checkpoint);
            output.WriteLine($"Resuming from step {trainer.CompletedSteps} of checkpoint '{checkpoint}'.");
        }
        output.WriteLine(Header(trainer));

        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(app.Cancellation);
        ConsoleCancelEventHandler onCtrlC = (_, e) =>
        {
            if (cancel.IsCancellationRequested) return; // a second Ctrl+C ends the process
            e.Cancel = true;
            cancel.Cancel();
            if (trainer.IsLeader) error.WriteLine("Stopping after this step; the report and checkpoint will be written (Ctrl+C again to quit at once).");
        };
        Console.CancelKeyPress += onCtrlC;
        TrainingResult result;
        try
        {
            bool interactive = trainer.IsLeader && app.Output is null && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
            result = ProgressReporter.Run(trainer, output, interactive, cancel.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCtrlC;
        }

        var report = TrainingReport.Build(trainer, result);
        bool replicasEqual = DistributedRun.AddTo(report, trainer);
        int code = result.StopReason switch
        {
            TrainingStopReason.Completed => 0,
            TrainingStopReason.Cancelled => 130,
            _ => 1,
        };
        if (!trainer.IsLeader) return code;
        var outcome = new TrainingOutcome(trainer, result, report);
        app.AfterTraining?.Invoke(outcome);
        if (reportPath is not null) TrainingReport.Write(report, reportPath);
        if (plotPath is not null)
            foreach (var file in Plots.Write(trainer, plotPath)) outcome.Summary.Add(new("plot", file));
        if (reportPath is not null) outcome.Summary.Add(new("report", reportPath));
        if (options.CheckpointPath is not null) outcome.Summary.Add(new("checkpoint", options.CheckpointPath));
        if (group is not null) outcome.Summary.Add(new("ranks", $"{group.Size} (replicas {(replicasEqual ? "equal" : "DIFFER")})"));
        WriteSummary(output, result, outcome, app.Output is null && !Console.IsOutputRedirected);
        if (result.Message is not null) error.WriteLine(result.Message);
        return code;
    }

    private static string Header(Trainer trainer)
    {
        var o = trainer.Options;
        string backend = o.Backend == BackendKind.Stein
            ? string.Create(CultureInfo.InvariantCulture, $"Stein ({TrainCommandOptions.EstimatorText(o.Estimator)}, sigma {o.Sigma}, K {o.Samples}, value K {o.EffectiveValueSamples}, {(o.NoiseMode == NoiseMode.PerPoint ? "per-point" : "shared")} noise{(o.UnbiasedResidualSquare ? ", unbiased r1*r2" : "")})")
            : "autograd (classic PINN)";
        return $"Training {trainer.Problem.Name} ({trainer.Problem.InputDimension} inputs) with {backend}: {o.Steps} steps, "
            + $"{o.InteriorPoints}+{o.ConditionPoints} points per step, MLP {o.HiddenLayers}x{o.HiddenWidth}, {trainer.Device.type.ToString().ToLowerInvariant()} "
            + (o.Precision == Precision.Float64 ? "float64" : "float32") + ".";
    }

    private static void WriteSummary(TextWriter output, TrainingResult result, TrainingOutcome outcome, bool ansi)
    {
        var table = new Table().AddColumn("quantity").AddColumn(new TableColumn("value").RightAligned());
        string F(double x) => x.ToString("0.000E+00", CultureInfo.InvariantCulture);
        table.AddRow("stopped", result.StopReason.ToString().ToLowerInvariant());
        table.AddRow("steps", result.StepsCompleted.ToString(CultureInfo.InvariantCulture));
        table.AddRow("validation loss", F(result.FinalValidationLoss));
        if (result.Mse is double mse) table.AddRow("MSE vs exact", F(mse));
        foreach (var row in outcome.Summary)
            if (row.Key is not ("plot" or "report" or "checkpoint")) table.AddRow(Markup.Escape(row.Key), Markup.Escape(row.Value));
        table.AddRow("seconds", result.Seconds.ToString("F1", CultureInfo.InvariantCulture));
        table.AddRow("steps/s", result.StepsPerSecond.ToString("F2", CultureInfo.InvariantCulture));
        foreach (var row in outcome.Summary)
            if (row.Key is "plot" or "report" or "checkpoint") table.AddRow(row.Key, Markup.Escape(row.Value));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = ansi ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ansi ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Write(table);
        output.Flush();
    }
}
