using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace PdeDsl.Tool.Tests;

/// <summary>
/// train and eval through the tool in process: the file compiled in memory and cached, its train statement applied
/// as defaults that command-line options override, and every training setting accepted by the trainer.
/// </summary>
public class TrainTests
{
    [Fact]
    public void Train_applies_the_files_settings_and_the_command_line_overrides_them()
    {
        using var tool = new ToolRun();
        var file = tool.File("poisson.pde", Problems.Poisson1D);
        var report = Path.Combine(tool.Folder, "r.json");
        // steps = 0: validation only. The file says steps = 300 and samples = 32; the command line changes both
        // (samples by its alias -K); the file's network and eval-samples stay.
        var (exit, _, error) = tool.Run("train", file, "--steps", "0", "-K", "8", "--device", "cpu", "--report", report);
        Assert.True(exit == 0, error);
        var r = JsonNode.Parse(File.ReadAllText(report))!;
        Assert.Equal(0, (int)r["plannedSteps"]!);
        Assert.Equal(8, (int)r["samples"]!);
        Assert.Equal(2, (int)r["hiddenLayers"]!);
        Assert.Equal(32, (int)r["hiddenWidth"]!);
        Assert.Equal(64, (int)r["evaluationSamples"]!);
        Assert.Equal("perPoint", (string?)r["noise"]);
        Assert.Single(Directory.GetFiles(Path.Combine(tool.CacheFolder, "assemblies"), "*.dll"));
    }

    [Fact]
    public void A_problem_whose_loss_does_not_read_the_network_stops_with_one_line_saying_so()
    {
        using var tool = new ToolRun();
        var file = tool.File("zero.pde", """
            problem Zero {
              domain x in [0, 1]
              ansatz u = x*(1 - x) + 0*net
              pde u_xx = -2
            }
            """);
        var (exit, _, error) = tool.Run("train", file, "--steps", "2", "--device", "cpu");
        Assert.Equal(1, exit);
        Assert.Contains("does not depend on the network", error);
        Assert.DoesNotContain("grad_fn", error);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void Train_help_after_the_file_is_the_trainers_and_shows_the_files_settings()
    {
        using var tool = new ToolRun();
        var file = tool.File("poisson.pde", Problems.Poisson1D);
        var (exit, output, _) = tool.Run("train", file, "--help");
        Assert.Equal(0, exit);
        Assert.Contains("--eval-samples", output);
        Assert.Contains("The problem's train statement sets: --steps 300 --samples 32 --hidden-layers 2 --hidden-width 32", output);
    }

    [Fact]
    public void Every_training_setting_of_the_language_is_an_option_the_trainer_accepts()
    {
        using var tool = new ToolRun();
        var text = Problems.Poisson1D.Replace("  train  steps = 300, samples = 32, network = 2x32 tanh, noise = per-point\n", "")
            .Replace("  train  eval-samples = 64, validation-points = 64, threads = 1\n", Problems.EverySetting);
        var file = tool.File("every.pde", text);
        var report = Path.Combine(tool.Folder, "r.json");
        var (exit, _, error) = tool.Run("train", file, "--report", report);
        Assert.True(exit == 0, error);
        var r = JsonNode.Parse(File.ReadAllText(report))!;
        Assert.Equal(0, (int)r["plannedSteps"]!);
        Assert.Equal(4, (int)r["samples"]!);
        Assert.Equal(0.2, (double)r["sigma"]!);
        Assert.Equal(0.002, (double)r["learningRate"]!);
        Assert.Equal(0.03, (double)r["learnedParamLearningRate"]!);
        Assert.Equal("controlVariate", (string?)r["estimator"]);
        Assert.False((bool)r["unbiasedResidualSquare"]!);
        Assert.False((bool)r["noiseGroups"]!);
        Assert.Equal(1, (int)r["hiddenLayers"]!);
        Assert.Equal(4, (int)r["hiddenWidth"]!);
        Assert.Equal(8, (int)r["interiorPoints"]!);
        Assert.Equal(4, (int)r["conditionPoints"]!);
        Assert.Equal(2.0, (double)r["conditionWeight"]!);
        Assert.Equal(2, (int)r["valueSamples"]!);
        Assert.Equal(6, (int)r["evaluationSamples"]!);
        Assert.Equal(8, (int)r["validationPoints"]!);
        Assert.Equal(7, (long)r["seed"]!);
        Assert.Equal("cpu", (string?)r["device"]);
        Assert.Equal("float64", (string?)r["precision"]);
        Assert.Equal(3.0, (double)r["outputScale"]!);
        Assert.Null(r["directions"]);   // a Stein run: directions apply to jets and differences only
        Assert.Equal(3.0, (double)r["outputScales"]![0]!);
        Assert.Equal("false", (string?)r["radialFeature"]);   // Poisson1D has no vector coordinate to give it
        Assert.Equal("auto", (string?)r["inputScale"]);
        Assert.Null(r["inputMap"]);                           // nor a vector coordinate to scale
        Assert.Equal(0.5, (double)r["firstLayerGain"]!);
        Assert.Equal(2.0, (double)r["conditionWeightUsed"]!);

        // The keys the compiler lists in its error are exactly the ones set above (network stands for the two sizes).
        var (_, output, _) = tool.Run("check", tool.File("unknown.pde", Problems.Poisson1D.Replace("threads = 1", "zzz = 1")));
        var listed = output.Substring(output.IndexOf("The keys are ") + "The keys are ".Length).Trim().Split(", ").OrderBy(k => k);
        var set = Problems.EverySetting.Split('\n').SelectMany(l => l.Replace("train", "").Split(','))
            .Select(s => s.Split('=')[0].Trim()).Where(k => k.Length > 0).Concat(new[] { "hidden-layers", "hidden-width" }).OrderBy(k => k);
        Assert.Equal(set, listed);
        // ... and exactly the rows of the runtime's settings table, which a trainer made from a problem alone applies.
        Assert.Equal(TrainingSettings.All.Select(s => s.Option.TrimStart('-')).Append("network").OrderBy(k => k), listed);
    }

    [Fact]
    public void Every_choice_a_train_statement_accepts_is_the_runtime_settings_tables_own()
    {
        // The language spells each key's values apart from the runtime (the parser references nothing): a value added to one
        // list and not the other (directions = axes was one) shows here, in the compiler's own message.
        using var tool = new ToolRun();
        var choices = TrainingSettings.All.Where(s => s.Values.Length > 0).ToArray();
        var files = choices.Select(s => tool.File($"{s.Option.TrimStart('-')}.pde", Problems.Poisson1D.Replace("threads = 1", $"{s.Option.TrimStart('-')} = zzz"))).ToArray();
        var (exit, output, _) = tool.Run(new[] { "check" }.Concat(files).ToArray());
        Assert.Equal(1, exit);
        foreach (var s in choices)
            Assert.Contains($"the setting {s.Option.TrimStart('-')} = zzz is not valid: it must be {s.Expected}{Environment.NewLine}", output);
    }

    [Fact]
    public void A_second_train_of_an_unchanged_file_loads_the_cached_assembly_and_a_changed_file_compiles_anew()
    {
        using var tool = new ToolRun();
        var file = tool.File("poisson.pde", Problems.Poisson1D);
        Assert.Equal(0, tool.Run("train", file, "--steps", "1", "--device", "cpu").Exit);
        var assemblies = Path.Combine(tool.CacheFolder, "assemblies");
        var first = Directory.GetFiles(assemblies, "*.dll").Single();
        var written = File.GetLastWriteTimeUtc(first);
        Assert.Equal(0, tool.Run("train", file, "--steps", "1", "--device", "cpu").Exit);
        Assert.Equal(written, File.GetLastWriteTimeUtc(Directory.GetFiles(assemblies, "*.dll").Single()));

        File.WriteAllText(file, Problems.Poisson1D.Replace("steps = 300", "steps = 301"));
        Assert.Equal(0, tool.Run("train", file, "--steps", "1", "--device", "cpu").Exit);
        Assert.Equal(2, Directory.GetFiles(assemblies, "*.dll").Length);
    }

    [Fact]
    public void A_file_with_several_problems_trains_the_one_named_and_eval_reads_its_checkpoint()
    {
        using var tool = new ToolRun();
        var file = tool.File("two.pde", Problems.Two);
        var checkpoint = Path.Combine(tool.Folder, "second.ckpt");
        var train = tool.Run("train", file, "--problem", "Second", "--steps", "2", "--hidden-layers", "1", "--hidden-width", "4",
            "--samples", "4", "--eval-samples", "4", "--validation-points", "4", "--device", "cpu", "--checkpoint", checkpoint);
        Assert.True(train.Exit == 0, train.Error);
        var eval = tool.Run("eval", file, "--problem", "Second", "--checkpoint", checkpoint, "--at", "0.5", "--eval-samples", "4", "--device", "cpu");
        Assert.True(eval.Exit == 0, eval.Error);
        var rows = eval.Output.Trim().Split('\n');
        Assert.Equal(2, rows.Length); // a header and one point
        Assert.StartsWith("0.5,", rows[1]);

        var other = tool.Run("eval", file, "--problem", "First", "--checkpoint", checkpoint, "--at", "0.5", "--device", "cpu");
        Assert.NotEqual(0, other.Exit); // the checkpoint belongs to Second
        Assert.Contains("Second", other.Error);
    }
}
