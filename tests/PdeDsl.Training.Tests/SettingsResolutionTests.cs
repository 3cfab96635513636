using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using PdeDsl;
using Samples.Poisson2D;
using Xunit;

namespace PdeDsl.Training.Tests;

/// <summary>A trainer made from a problem alone trains what the problem's program trains when run with no arguments.</summary>
public sealed class SettingsResolutionTests
{
    // The options PdeApp.Run(problem, []) resolves, read from its outcome; the run is cancelled before its first step.
    private static (TrainingOptions Options, JsonObject Report) ProgramSettings(IPdeProblem problem, params string[] arguments)
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        TrainingOutcome? outcome = null;
        var output = new StringWriter();
        PdeApp.Run(problem, arguments.Length == 0 ? arguments : arguments.Prepend("train").ToArray(), new PdeAppOptions { Output = output, Error = output, Cancellation = cancelled.Token, AfterTraining = o => outcome = o });
        Assert.True(outcome is not null, output.ToString());
        return (outcome!.Trainer.Options, outcome.Report);
    }

    [Fact]
    public void A_trainer_from_the_problem_alone_has_the_settings_of_its_program_with_no_arguments()
    {
        var (program, _) = ProgramSettings(new Poisson2D());
        using var trainer = new Trainer(new Poisson2D());
        Assert.Equal(program, trainer.Options);
        // The rules chose them: the library's own defaults (Stein, 2000 steps) are not what runs.
        Assert.Equal(BackendKind.Jet, trainer.Options.Backend);
        Assert.NotEqual(new TrainingOptions().Steps, trainer.Options.Steps);
    }

    [Fact]
    public void The_train_statement_is_applied_alike_and_the_report_says_where_each_setting_came_from()
    {
        var (program, report) = ProgramSettings(new TrainStatementPoisson());
        using var trainer = new Trainer(new TrainStatementPoisson());
        Assert.Equal(program, trainer.Options);
        Assert.Equal((3, 0.002, 2, 8, 20), (trainer.Options.Steps, trainer.Options.LearningRate, trainer.Options.HiddenLayers, trainer.Options.HiddenWidth, trainer.Options.ValidationPoints));
        var sources = report["settingSources"]!.AsObject();
        Assert.Equal("file", (string)sources["steps"]!);
        Assert.Equal("file", (string)sources["hidden-width"]!);
        Assert.Equal("rules", (string)sources["backend"]!);
        Assert.Equal("library", (string)sources["seed"]!);
    }

    [Fact]
    public void A_programs_typed_settings_train_what_the_same_command_line_options_train()
    {
        var (program, _) = ProgramSettings(new Poisson2D(), "--steps", "200", "--backend", "stein", "--seed", "3");
        // Stein is the library's own default backend: set explicitly, it still counts as the program's and the rules keep off it.
        using var trainer = new Trainer(new Poisson2D(), o => o with { Steps = 200, Backend = BackendKind.Stein, Seed = 3 });
        Assert.Equal(program, trainer.Options);
        Assert.Equal((200, BackendKind.Stein, 3L), (trainer.Options.Steps, trainer.Options.Backend, trainer.Options.Seed));
        // The rules still chose what the program left open, from its steps: the short run's learning rate and cadence.
        Assert.Equal((ProblemDefaults.MaximumLearningRate, 10), (trainer.Options.LearningRate, trainer.Options.ValidateEvery));

        // A program that changes nothing trains the problem's own settings; the train statement yields to the program.
        using var unchanged = new Trainer(new TrainStatementPoisson(), o => o);
        using var plain = new Trainer(new TrainStatementPoisson());
        Assert.Equal(plain.Options, unchanged.Options);
        using var longer = new Trainer(new TrainStatementPoisson(), o => o with { Steps = 7 });
        Assert.Equal(plain.Options with { Steps = 7 }, longer.Options);
        Assert.Equal("Steps", Assert.Throws<InvalidSettingException>(() => new Trainer(new Poisson2D(), o => o with { Steps = -1 })).Setting);
    }

    [Fact]
    public void The_settings_table_has_a_row_for_every_setting_option_of_the_command_line_and_no_other()
    {
        var cli = new TrainCommandOptions(new TrainingOptions());
        var options = cli.Settings.Select(o => o.Name).Where(n => n != "--until").OrderBy(n => n);
        Assert.Equal(options, TrainingSettings.All.Select(s => s.Option).OrderBy(n => n));
    }

    [Fact]
    public void Table_values_apply_as_the_command_line_reads_them_and_bad_ones_are_one_sentence()
    {
        var (options, set, threads) = TrainingSettings.Apply(new TrainingOptions(), new[]
        {
            "--steps", "7", "--lr", "2e-3", "--backend", "difference", "--noise", "per-point", "--output-scale", "12.5", "--seed", "-3",
            "--unbiased-square", "false", "--precision", "float64", "--threads", "2",
        });
        Assert.Equal((7, 2e-3, BackendKind.Difference, NoiseMode.PerPoint, (double?)12.5, -3L, false, Precision.Float64, 2),
            (options.Steps, options.LearningRate, options.Backend, options.NoiseMode, options.OutputScale, options.Seed, options.UnbiasedResidualSquare, options.Precision, threads));
        Assert.Contains(nameof(TrainingOptions.Steps), set);
        Assert.Contains(ProblemDefaults.Threads, set);
        var bad = Assert.Throws<InvalidSettingException>(() => TrainingSettings.Apply(new TrainingOptions(), new[] { "--samples", "0" }));
        Assert.Equal("--samples", bad.Setting);
        Assert.Equal("The setting samples = 0 is not valid: it must be a whole number, at least 1.", bad.Message);
        Assert.Throws<InvalidSettingException>(() => TrainingSettings.Apply(new TrainingOptions(), new[] { "--sampels", "4" }));
    }

    [Fact]
    public void The_language_reference_lists_every_setting_of_the_table()
    {
        var root = System.AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "PdeDsl.sln"))) root = Path.GetDirectoryName(root)!;
        string page = File.ReadAllText(Path.Combine(root, "docs", "language.md"));
        int start = page.IndexOf("## Training settings (`train`)", System.StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/language.md has no training settings section");
        string section = page[start..page.IndexOf("\n## ", start + 1, System.StringComparison.Ordinal)];
        foreach (var setting in TrainingSettings.All)
            Assert.Contains($"`{setting.Option.TrimStart('-')}`", section);
    }
}
