using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PdeDsl;
using Samples.Hjb;
using Samples.Poisson2D;
using Xunit;

namespace PdeDsl.Training.Tests;

public sealed class UntilTests
{
    [Fact]
    public void An_mse_target_stops_at_the_first_validation_that_reaches_it()
    {
        // Training is deterministic: a run without a target shows where the MSE first reaches the value, and the run with the
        // target must stop exactly there.
        var options = TinySettings.Options(16) with { ValidateEvery = 2 };
        IReadOnlyList<TrainingHistoryEntry> history;
        using (var free = new Trainer(new Poisson2D(), options)) history = free.Train().History;
        var start = history[0].Mse!.Value;
        var target = history.Skip(1).Min(h => h.Mse!.Value);
        Assert.True(target < start, "the tiny run did not improve at all");
        int expected = history.Skip(1).First(h => h.Mse!.Value <= target).Step;

        using var trainer = new Trainer(new Poisson2D(), options with { UntilMse = target });
        var result = trainer.Train();

        Assert.Equal(TrainingStopReason.TargetReached, result.StopReason);
        Assert.Equal(expected, result.StepsCompleted);
        Assert.Contains("MSE", result.Message);
    }

    [Fact]
    public void A_validation_loss_target_above_the_start_stops_at_the_first_validation()
    {
        using var trainer = new Trainer(new Poisson2D(), TinySettings.Options(20) with { ValidateEvery = 3, UntilValidationLoss = 1e6 });
        var result = trainer.Train();
        Assert.Equal(TrainingStopReason.TargetReached, result.StopReason);
        Assert.Equal(3, result.StepsCompleted);
    }

    [Fact]
    public void Without_progress_the_patience_runs_out_after_that_many_validations()
    {
        // A learning rate of 1e-12 leaves the weights as they are: the first validation sets the best, the next three do not
        // improve on it by 1%, so the run stops at the fourth (step 8).
        using var trainer = new Trainer(new Poisson2D(), TinySettings.Options(40) with { ValidateEvery = 2, LearningRate = 1e-12, Patience = 3 });
        var result = trainer.Train();
        Assert.Equal(TrainingStopReason.Plateau, result.StopReason);
        Assert.Equal(8, result.StepsCompleted);
        Assert.Contains("3 validations", result.Message);
    }

    [Fact]
    public void An_mse_target_without_an_exact_solution_is_refused_before_training()
    {
        var e = Assert.Throws<ArgumentException>(() => new Trainer(new Hjb { N = 2 }, TinySettings.Options(4) with { UntilMse = 1e-3 }));
        Assert.Contains("exact solution", e.Message);
    }

    [Fact]
    public void The_progress_loss_is_a_running_mean_of_squares_never_negative_even_when_the_unbiased_step_loss_is()
    {
        // K = 2 makes the r1*r2 product noisy enough to dip below zero.
        var shown = new List<(double Step, double Square)>();
        using var trainer = new Trainer(new Poisson2D(), TinySettings.Options(60) with { Samples = 2, ValidateEvery = 1000 });
        trainer.Train(default, p => shown.Add((p.TrainLoss, p.RunningSquareLoss)));
        Assert.Equal(60, shown.Count);
        Assert.All(shown, s => Assert.True(s.Square >= 0, $"running mean of squares {s.Square}"));
        Assert.Contains(shown, s => s.Step < 0); // the reason the display does not show it alone
    }

    [Fact]
    public void The_command_line_stops_on_until_reports_why_and_prints_non_negative_losses()
    {
        using var folder = new TempFolder();
        string report = folder.File("r.json");
        var output = new StringWriter();
        int code = PdeApp.Run(new Poisson2D(), new[]
        {
            "--steps", "40", "--samples", "2", "--value-samples", "2", "--eval-samples", "4", "--validation-points", "10", "--hidden-layers", "1",
            "--hidden-width", "8", "--validate-every", "2", "--lr", "1e-12", "--until", "plateau=2", "--until", "mse=1e-12", "--device", "cpu", "--report", report,
        }, new PdeAppOptions { Output = output, Error = output });
        string text = output.ToString();
        Assert.True(code == 0, text);
        var json = JsonNode.Parse(File.ReadAllText(report))!.AsObject();
        Assert.Equal("plateau", (string)json["stopReason"]!);
        Assert.Equal(6, (int)json["steps"]!);
        Assert.Contains("or until MSE <= 1E-12 or a plateau of 2 validations", text);
        var losses = Regex.Matches(text, @"loss (\S+) \(running mean of r\^2\)").Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(losses);
        Assert.All(losses, l => Assert.True(l >= 0));
    }

    [Theory]
    [InlineData("mse=abc")]
    [InlineData("mse=-1")]
    [InlineData("plateau=0")]
    [InlineData("soon")]
    public void A_bad_until_is_one_line_and_exit_code_2(string until)
    {
        var error = new StringWriter();
        int code = PdeApp.Run(new Poisson2D(), new[] { "--until", until, "--steps", "1" }, new PdeAppOptions { Output = new StringWriter(), Error = error });
        Assert.Equal(2, code);
        Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--until", error.ToString());
    }
}
