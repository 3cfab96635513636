using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using PdeDsl;
using Samples.Hjb;
using Samples.Poisson2D;
using Xunit;

namespace PdeDsl.Training.Tests;

public sealed class CliTests
{
    internal static (int Code, string Output, string Error) Run(IPdeProblem problem, params string[] args) => Run(problem, new PdeAppOptions(), args);

    private static (int Code, string Output, string Error) Run(IPdeProblem problem, PdeAppOptions app, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = PdeApp.Run(problem, args, app with { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    private static readonly string[] Tiny =
    {
        "--steps", "4", "--samples", "4", "--value-samples", "2", "--eval-samples", "8", "--validation-points", "20",
        "--hidden-layers", "1", "--hidden-width", "8", "--validate-every", "2", "--device", "cpu",
    };

    [Fact]
    public void Help_lists_the_commands_and_train_help_explains_every_option()
    {
        var root = Run(new Poisson2D(), "--help");
        Assert.Equal(0, root.Code);
        Assert.Contains("train", root.Output);
        Assert.Contains("eval", root.Output);
        Assert.Contains("Without a command it trains", root.Output);

        var train = Run(new Poisson2D(), "train", "--help");
        Assert.Equal(0, train.Code);
        foreach (var option in new[] { "--steps", "--sigma", "--samples", "--estimator", "--backend", "--device", "--precision", "--seed",
                     "--interior-points", "--condition-points", "--lr", "--dim", "--param", "--report", "--checkpoint", "--plot" })
            Assert.Contains(option, train.Output);
        Assert.Contains("antithetic", train.Output);
    }

    [Theory]
    [InlineData("--steps", "many")]
    [InlineData("--no-such-option")]
    [InlineData("--estimator", "magic")]
    [InlineData("--backend", "finite-differences")]
    [InlineData("--samples", "0")]
    [InlineData("--sigma", "-1")]
    [InlineData("--dim", "n=3")]
    [InlineData("--param", "lambda")]
    [InlineData("eval", "--at", "0.5,0.5")]
    public void A_bad_option_is_one_clear_line_and_exit_code_2(params string[] args)
    {
        var (code, _, error) = Run(new Poisson2D(), args);
        Assert.Equal(2, code);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("error: ", lines[0]);
    }

    [Fact]
    public void Directions_axes_are_taken_and_reported()
    {
        using var folder = new TempFolder();
        string report = folder.File("report.json");
        var (code, output, error) = Run(new Poisson2D(), Tiny.Concat(new[] { "--backend", "jet", "--directions", "axes", "--report", report }).ToArray());
        Assert.True(code == 0, error);
        Assert.Contains("axes directions", output);
        Assert.Equal("axes", (string?)JsonNode.Parse(File.ReadAllText(report))!["directions"]);
    }

    [Theory]
    [InlineData("stein")]
    [InlineData("jet")]
    public void Train_writes_a_report_with_the_documented_schema_a_checkpoint_and_plots_then_eval_reads_the_checkpoint(string backend)
    {
        using var folder = new TempFolder();
        string report = folder.File("report.json"), checkpoint = folder.File("run.ckpt"), plot = folder.File("loss.png");
        var (code, output, error) = Run(new Poisson2D(), Tiny.Concat(new[] { "--backend", backend, "--report", report, "--checkpoint", checkpoint, "--plot", plot }).ToArray());
        Assert.True(code == 0, error);
        Assert.Contains("validation loss", output);
        Assert.Contains("its standard error", output);

        var json = JsonNode.Parse(File.ReadAllText(report))!.AsObject();
        Assert.Equal("Poisson2D", (string)json["problem"]!);
        Assert.Equal(backend, (string)json["backend"]!);
        // Stein's estimator and sigma; the jets have neither (their directions are Rademacher by default).
        Assert.Equal(backend == "stein" ? "antithetic" : null, (string?)json["estimator"]);
        Assert.Equal(backend == "stein" ? 0.1 : null, (double?)json["sigma"]);
        Assert.Equal(backend == "stein" ? null : "rademacher", (string?)json["directions"]);
        Assert.Equal(4, (int)json["samples"]!);
        Assert.Equal(4, (int)json["steps"]!);
        Assert.Equal("cpu", (string)json["device"]!);
        Assert.NotNull(json["dims"]!.AsObject());
        Assert.NotNull(json["params"]!.AsObject());
        Assert.True((double)json["seconds"]! > 0);
        Assert.True((double)json["stepsPerSecond"]! > 0);
        Assert.True((double)json["finalValidationLoss"]! > 0);
        Assert.True((double)json["mse"]! > 0);
        Assert.True((double)json["relativeL2Error"]! > 0);
        // Its standard error: positive for an untrained-looking fit over the validation points, and smaller than the error itself.
        Assert.InRange((double)json["relativeL2StandardError"]!, double.Epsilon, (double)json["relativeL2Error"]!);
        var history = json["history"]!.AsArray();
        Assert.Equal(new[] { 0, 2, 4 }, history.Select(h => (int)h!["step"]!).ToArray());
        Assert.Null(history[0]!["trainLoss"]); // no step has run yet
        foreach (var h in history.Skip(1))
        {
            // The training loss is the unbiased r1*r2 estimate, which may dip below 0; the others are squares.
            Assert.True(double.IsFinite((double)h!["trainLoss"]!));
            foreach (var key in new[] { "validationLoss", "mse", "seconds" })
                Assert.True((double)h[key]! >= 0, key);
        }

        Assert.Equal(4, Checkpoint.ReadInfo(checkpoint).Step);
        foreach (var png in new[] { plot, folder.File("loss-solution.png") })
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(png).Take(4).ToArray());

        File.WriteAllText(folder.File("points.csv"), "x,y\n0.25,0.75\n1,0\n");
        var eval = Run(new Poisson2D(), "eval", "--checkpoint", checkpoint, "--at", "0.5,0.5", "--points", folder.File("points.csv"), "--device", "cpu");
        Assert.True(eval.Code == 0, eval.Error);
        var rows = eval.Output.Trim().Split('\n');
        Assert.Equal("x,y,u,exact,error", rows[0]);
        Assert.Equal(4, rows.Length);
        var first = rows[1].Split(',').Select(double.Parse).ToArray();
        Assert.Equal(0.5 * Math.Sin(1.0), first[3], 6); // the exact solution in the checkpoint's float32
        Assert.Equal(first[2] - first[3], first[4], 6);
    }

    [Fact]
    public void A_stopped_run_exits_130_and_still_writes_its_report_and_checkpoint()
    {
        using var folder = new TempFolder();
        string report = folder.File("stopped.json"), checkpoint = folder.File("stopped.ckpt");
        using var stop = new System.Threading.CancellationTokenSource();
        stop.Cancel(); // as if Ctrl+C came before the first step
        var (code, _, error) = Run(new Poisson2D(), new PdeAppOptions { Cancellation = stop.Token },
            Tiny.Concat(new[] { "--report", report, "--checkpoint", checkpoint }).ToArray());
        Assert.Equal(130, code);
        Assert.Contains("cancelled", error);
        Assert.Equal("cancelled", (string)JsonNode.Parse(File.ReadAllText(report))!["stopReason"]!);
        Assert.Equal(0, Checkpoint.ReadInfo(checkpoint).Step);
    }

    [Fact]
    public void Resuming_from_an_existing_checkpoint_continues_to_the_requested_steps()
    {
        using var folder = new TempFolder();
        string checkpoint = folder.File("run.ckpt");
        Assert.Equal(0, Run(new Poisson2D(), Tiny.Concat(new[] { "--checkpoint", checkpoint }).ToArray()).Code);
        var more = Tiny.Concat(new[] { "--checkpoint", checkpoint }).ToArray();
        more[1] = "7";
        var (code, output, _) = Run(new Poisson2D(), more);
        Assert.Equal(0, code);
        Assert.Contains("Resuming from step 4", output);
        Assert.Equal(7, Checkpoint.ReadInfo(checkpoint).Step);
    }

    [Fact]
    public void The_hjb_sample_sets_its_dim_from_the_command_line_and_adds_the_reference_to_its_report()
    {
        using var folder = new TempFolder();
        string report = folder.File("hjb.json");
        var problem = new Hjb();
        var app = new PdeAppOptions { AfterTraining = outcome => ReferenceComparison.Add(outcome, problem) };
        var (code, output, error) = Run(problem, app, Tiny.Concat(new[] { "--dim", "n=3", "--param", "lambda=1", "--report", report }).ToArray());
        Assert.True(code == 0, error);
        Assert.Contains("relative L2 error", output);

        var json = JsonNode.Parse(File.ReadAllText(report))!.AsObject();
        Assert.Equal(3, (int)json["dims"]!["n"]!);
        Assert.Null(json["mse"]);
        var reference = json["reference"]!.AsObject();
        Assert.True(double.IsFinite((double)reference["u0Learned"]!));
        Assert.True((double)reference["u0Reference"]! > 0);
        Assert.True((double)reference["relativeL2Error"]! > 0);
    }
}
