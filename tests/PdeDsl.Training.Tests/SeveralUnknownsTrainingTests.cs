using System.Linq;
using PdeDsl;
using Samples.Biharmonic;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Training.Tests;

/// <summary>The generated two-unknown Biharmonic problem: one network of two outputs, errors and exact solutions per unknown.</summary>
public sealed class SeveralUnknownsTrainingTests
{
    [Theory]
    [InlineData(BackendKind.Stein)]
    [InlineData(BackendKind.Autograd)]
    public void Both_unknowns_train_on_one_network_and_are_reported_each(BackendKind backend)
    {
        var problem = new Biharmonic();
        Assert.Equal(new[] { "u", "v" }, problem.Unknowns);
        using var trainer = new Trainer(problem, TinySettings.Options(4) with { Backend = backend });
        Assert.Equal(2, trainer.Network.Outputs);
        var result = trainer.Train();
        Assert.True(double.IsFinite(result.FinalValidationLoss));

        var mse = trainer.MeanSquaredErrorByUnknown();
        Assert.Equal(new[] { "u", "v" }, mse.Keys);
        Assert.Equal(trainer.MeanSquaredError()!.Value, mse["u"]!.Value, 6); // u is unknown 0 (float32 against float64 sums)
        var report = TrainingReport.Build(trainer, result);
        Assert.Equal(mse["v"]!.Value, report["mseByUnknown"]!["v"]!.GetValue<double>(), 12);
        Assert.NotNull(report["relativeL2ErrorByUnknown"]!["v"]);

        // v's error is measured against v's exact solution with v's output: v = -2 pi^2 u exactly, so the MSE of the
        // prediction of v against -2 pi^2 times u's exact solution is the same number.
        using var scope = NewDisposeScope();
        var points = trainer.ValidationPoints(trainer.PdeTermIndex());
        var v = trainer.Predict(points, 1).to(ScalarType.Float64);
        var exactV = problem.ExactSolution(points).to(ScalarType.Float64) * (-2 * System.Math.PI * System.Math.PI);
        double direct = (v - exactV).square().mean().item<double>();
        Assert.True(System.Math.Abs(direct - mse["v"]!.Value) <= 1e-6 * direct, $"{direct} against {mse["v"]}");
        Assert.False(v.allclose(trainer.Predict(points, 0).to(ScalarType.Float64))); // a different output
    }

    [Fact]
    public void Eval_prints_a_column_for_every_unknown_from_the_checkpoint()
    {
        using var folder = new TempFolder();
        var checkpoint = folder.File("b.ckpt");
        var train = CliTests.Run(new Biharmonic(), "--steps", "2", "--hidden-layers", "1", "--hidden-width", "8", "--validation-points", "20",
            "--device", "cpu", "--checkpoint", checkpoint, "--plot", folder.File("b.png"));
        Assert.True(train.Code == 0, train.Error);
        var eval = CliTests.Run(new Biharmonic(), "eval", "--checkpoint", checkpoint, "--at", "0.5,0.5", "--device", "cpu");
        Assert.True(eval.Code == 0, eval.Error);
        var lines = eval.Output.Trim().Split('\n');
        Assert.Equal("x,y,u,v,exact,error", lines[0].Trim());
        var cells = lines[1].Split(',').Select(c => double.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(6, cells.Length);
        Assert.NotEqual(cells[2], cells[3]); // u and v are different outputs
    }
}
