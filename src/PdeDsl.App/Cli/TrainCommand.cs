using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using Spectre.Console;

namespace PdeDsl;

/// <summary>The <c>train</c> command: set dims and params, resume, train with progress, then report, plot and summarise.</summary>
internal static class TrainCommand
{
    public static int Run(IPdeProblem problem, PdeAppOptions app, TrainCommandOptions cli, ParseResult parsed, TextWriter output, TextWriter error,
        System.Collections.Generic.IReadOnlyCollection<string> fromFile)
    {
        var (given, setByUser) = cli.Read(parsed, app.Defaults);
        // --distributed: this process is one rank; only rank 0 writes progress, reports, checkpoints and plots.
        using var group = DistributedRun.Start(cli.Distributed, parsed);
        if (group is not null && group.Rank != 0) output = TextWriter.Null;
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
        // Before anything reads the problem's terms (their column lists are as wide as the input): a dim with extra zeros
        // is one line and exit 2 here, not a process the system kills. The rules choose ProblemDefaults.NarrowestWidth or more.
        if (!parsed.GetValue(cli.NoMemoryCheck))
            InputWidthCheck.Check(problem, given, setByUser.Contains(nameof(TrainingOptions.HiddenWidth)));
        int threads = cli.ReadThreads(parsed);
        if (threads < 0) throw new ArgumentException($"--threads must be 0 (TorchSharp's default) or more, not {threads}.");
        var resolved = Resolve(problem, cli, given, setByUser, threads);
        var options = resolved.Options with { CheckMemory = !parsed.GetValue(cli.NoMemoryCheck) };
        // Vector params drawn from a law come from the run's seed (before a distributed rank shifts it: every rank draws the same).
        problem.ParamSeed = options.Seed;
        if (group is not null) options = DistributedRun.ForRank(options, group);
        if (resolved.Threads > 0) TorchSharp.torch.set_num_threads(resolved.Threads);
        string? reportPath = parsed.GetValue(cli.Report), plotPath = parsed.GetValue(cli.Plot);
        // Everything that can be known before training is checked here, on the resolved options: one line and exit 2 now
        // rather than a failure at the first step, the first validation or the end of a long run.
        OutputPathCheck.Check(new[] { ("--report", reportPath), ("--checkpoint", options.CheckpointPath), ("--plot", plotPath) });
        OptionValidation.Check(problem, options, memoryCheck: !parsed.GetValue(cli.NoMemoryCheck));

        // From here on Ctrl+C, SIGTERM and SIGHUP finish the step, write the report and checkpoint, then exit 130, 143 or 129.
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(app.Cancellation);
        using var signals = new ShutdownSignals(cancel, error);
        using var trainer = new Trainer(problem, options);
        trainer.LoadObservations(); // a bad observation file: one line and exit 2 before anything starts
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
        var sources = cli.Sources(parsed, fromFile, resolved.ChosenFromProblem, app.FixesDefaults);
        output.WriteLine(SourcesLine(sources));

        bool interactive = trainer.IsLeader && app.Output is null && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        var result = ProgressReporter.Run(trainer, output, interactive, cancel.Token);

        var report = TrainingReport.Build(trainer, result);
        report["threads"] = resolved.Threads;
        report["chosenFromProblem"] = new JsonArray(resolved.ChosenFromProblem.Select(n => (JsonNode?)JsonNamingPolicy.CamelCase.ConvertName(n)).ToArray());
        report["settingSources"] = new JsonObject(sources.Select(p => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(p.Key, p.Value)));
        bool replicasEqual = DistributedRun.AddTo(report, trainer);
        int code = result.StopReason switch
        {
            TrainingStopReason.Completed or TrainingStopReason.TargetReached or TrainingStopReason.Plateau => 0,
            TrainingStopReason.Cancelled => signals.ExitCode ?? 130,
            _ => 1,
        };
        if (!trainer.IsLeader) return code;
        var outcome = new TrainingOutcome(trainer, result, report);
        app.AfterTraining?.Invoke(outcome);
        if (reportPath is not null && HtmlPage(reportPath))
        {
            // --report run.html: the page, and the JSON report beside it (run.json) for programs.
            HtmlReport.Write(trainer, report, reportPath);
            TrainingReport.Write(report, Path.ChangeExtension(reportPath, ".json"));
        }
        else if (reportPath is not null)
        {
            TrainingReport.Write(report, reportPath);
        }
        if (plotPath is not null)
            foreach (var file in Plots.Write(trainer, plotPath)) outcome.Summary.Add(new("plot", file));
        if (reportPath is not null) outcome.Summary.Add(new("report", reportPath));
        if (options.CheckpointPath is not null) outcome.Summary.Add(new("checkpoint", options.CheckpointPath));
        if (group is not null) outcome.Summary.Add(new("ranks", $"{group.Size} (replicas {(replicasEqual ? "equal" : "DIFFER")})"));
        WriteSummary(output, result, outcome, app.Output is null && !Console.IsOutputRedirected);
        if (result.Message is not null) error.WriteLine(result.Message);
        return code;
    }

    /// <summary>
    /// The resolution of a command line's settings: settings the user
    /// left open are chosen from the problem, now that its dims and params are set; settings the program fixes count as
    /// given (PdeAppOptions.ChosenFromProblem names the ones it leaves open).
    /// </summary>
    internal static ResolvedTraining Resolve(IPdeProblem problem, TrainCommandOptions cli, TrainingOptions given, System.Collections.Generic.IReadOnlyCollection<string> setByUser, int threads)
    {
        var fixedOrGiven = setByUser.Union(ProblemDefaults.Chosen.Except(cli.RuleChosen)).ToArray();
        return ProblemDefaults.Resolve(problem, given, fixedOrGiven, threads);
    }

    // Where the settings came from, one clause per source that gave any (the rest are the program's or the library's defaults).
    private static string SourcesLine(System.Collections.Generic.IReadOnlyDictionary<string, string> sources)
    {
        string Of(string source) => string.Join(", ", sources.Where(p => p.Value == source).Select(p => "--" + p.Key));
        var parts = new System.Collections.Generic.List<string>();
        foreach (var (source, words) in new[] { ("rules", "chosen from the problem (docs/training.md)"), ("file", "from the problem's train statement"), ("command line", "from the command line") })
            if (Of(source) is { Length: > 0 } names) parts.Add($"{words}: {names}");
        string rest = sources.Values.Any(v => v == "program") ? "the program's defaults" : "the library's defaults";
        return parts.Count == 0 ? $"Settings: all are {rest}." : "Settings " + string.Join("; ", parts) + $"; the others are {rest}.";
    }

    private static bool HtmlPage(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    private static string Header(Trainer trainer)
    {
        var o = trainer.Options;
        string backend = o.Backend == BackendKind.Stein
            ? string.Create(CultureInfo.InvariantCulture, $"Stein ({SteinEstimatorNames.ToOptionName(o.Estimator)}, sigma {o.Sigma:G6}, K {o.Samples}, value K {o.EffectiveValueSamples}, {(o.NoiseMode == NoiseMode.PerPoint ? "per-point" : "shared")} noise{(o.UnbiasedResidualSquare ? ", unbiased r1*r2" : "")})")
            : o.Backend.IsDirectional()
                ? string.Create(CultureInfo.InvariantCulture, $"{(o.Backend == BackendKind.Jet ? "jets (exact along the axes" : $"differences (step {o.Sigma:G6} along the axes")}, K {o.Samples} {o.Directions.ToName()} directions for wider sets, {(o.NoiseMode == NoiseMode.PerPoint ? "per-point" : "shared")}{(o.UnbiasedResidualSquare ? ", r1*r2 where directions are random" : "")})")
                : "autograd (classic PINN)";
        return $"Training {trainer.Problem.Name} ({trainer.Problem.InputDimension} inputs) with {backend}: {o.Steps} steps{UntilText.Describe(o)}, "
            + $"{o.InteriorPoints}+{o.ConditionPoints} points per step, MLP {o.HiddenLayers}x{o.HiddenWidth}{trainer.Network.InputMap switch { RadialInputMap radial => " with the radial feature (" + radial + ")", ScaledInputMap scaled => " reading small coordinates at size 1 (" + scaled + ")", _ => "" }}, {trainer.Device.type.ToString().ToLowerInvariant()} "
            + (o.Precision == Precision.Float64 ? "float64" : "float32") + "."
            + InverseText(trainer);
    }

    // Learned params and observation files, when the problem has them.
    private static string InverseText(Trainer trainer)
    {
        var parts = new System.Collections.Generic.List<string>();
        if (trainer.LearnedParams.Count > 0)
            parts.Add("Learning " + string.Join(", ", trainer.LearnedParams.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} (from {p.Value:G6})"))));
        foreach (var d in trainer.Observations)
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"observing {string.Join(", ", d.Unknowns)} at {d.Rows} rows of '{d.Path}'"));
        return parts.Count == 0 ? "" : " " + string.Join("; ", parts) + ".";
    }

    private static void WriteSummary(TextWriter output, TrainingResult result, TrainingOutcome outcome, bool ansi)
    {
        var table = new Table().AddColumn("quantity").AddColumn(new TableColumn("value").RightAligned());
        string F(double x) => x.ToString("0.000E+00", CultureInfo.InvariantCulture);
        table.AddRow("stopped", result.StopReason.ToString().ToLowerInvariant());
        table.AddRow("steps", result.StepsCompleted.ToString(CultureInfo.InvariantCulture));
        table.AddRow("validation loss", F(result.FinalValidationLoss));
        if (result.Mse is double mse) table.AddRow("MSE vs exact", F(mse));
        if (result.RelativeL2Error is double relative) table.AddRow("relative L2 error vs exact", F(relative));
        if (result.RelativeL2StandardError is double se) table.AddRow("its standard error", F(se));
        var scales = outcome.Trainer.OutputScales;
        for (int k = 0; k < scales.Count; k++)
            if (scales[k] != 1) table.AddRow(Markup.Escape("output scale " + outcome.Trainer.Unknowns[k]), scales[k].ToString("G4", CultureInfo.InvariantCulture));
        if (outcome.Trainer.Options.ConditionWeight is null && outcome.Trainer.ConditionWeight != 1)
            table.AddRow("condition weight (chosen)", outcome.Trainer.ConditionWeight.ToString("G4", CultureInfo.InvariantCulture));
        foreach (var p in outcome.Trainer.LearnedParams) table.AddRow(Markup.Escape("learned " + p.Key), p.Value.ToString("G6", CultureInfo.InvariantCulture));
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
