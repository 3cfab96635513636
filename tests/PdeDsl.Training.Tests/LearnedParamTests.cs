using System;
using System.IO;
using System.Linq;
using PdeDsl;
using Samples.HeatInverse;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Training.Tests;

/// <summary>Learned params (param kappa = 0.5 learn) in the generated HeatInverse problem and the trainer.</summary>
public sealed class LearnedParamTests
{
    // The pde residual's mean square at fixed points and fixed (exact, autograd) derivatives, with kappa read from `kappa`.
    private static Tensor PdeLoss(HeatInverse problem, Tensor points, DerivativeResult derivatives, Tensor kappa)
    {
        problem.AttachLearnedParam("kappa", kappa);
        return problem.Residual(0, points, derivatives).square().mean();
    }

    [Fact]
    public void The_gradient_in_a_learned_param_matches_a_central_finite_difference()
    {
        var problem = new HeatInverse();
        using var scope = NewDisposeScope();
        using var generator = new Generator(3);
        var points = problem.Sample(0, 64, generator, CPU, ScalarType.Float64);
        using var network = new Mlp(problem.InputDimension, width: 16, depth: 2, seed: 4, precision: Precision.Float64);
        var derivatives = new AutogradBackend().Evaluate(network, points, problem.Terms[0].Request);
        var u_t = derivatives.RequireFirstPartial(0).detach();
        var u_xx = derivatives.RequireSecondPartial(1, 1).detach();

        var kappa = tensor(new[] { 0.3 }, dtype: ScalarType.Float64).requires_grad_();
        var loss = PdeLoss(problem, points, derivatives, kappa);
        var gradient = autograd.grad(new[] { loss }, new[] { kappa })[0].item<double>();

        const double h = 1e-5;
        double Loss(double k) => PdeLoss(problem, points, derivatives, tensor(new[] { k }, dtype: ScalarType.Float64)).item<double>();
        double difference = (Loss(0.3 + h) - Loss(0.3 - h)) / (2 * h);
        Assert.Equal(difference, gradient, 8);
        // The closed form of d/dk mean((u_t − k u_xx)²) = −2 mean((u_t − k u_xx) u_xx): the residual reads the tensor, not a constant.
        double closed = (-2 * ((u_t - 0.3 * u_xx) * u_xx).mean()).item<double>();
        Assert.Equal(closed, gradient, 8);
        Assert.NotEqual(0, gradient, 6);

        // Detached, the residual reads the property again.
        problem.AttachLearnedParam("kappa", null);
        problem.Kappa = 0.3 + h;
        Assert.Equal(Loss(0.3 + h), problem.Residual(0, points, derivatives).square().mean().item<double>(), 12);
        Assert.Throws<ArgumentException>(() => problem.AttachLearnedParam("lambda", null));
    }

    [Fact]
    public void Training_moves_the_learned_param_and_reports_it_in_progress_history_and_params()
    {
        using var folder = new TempFolder();
        var data = folder.File("heat.csv");
        HeatData.Write(data, 5, 0, 1);
        var problem = new HeatInverse();
        using var trainer = new Trainer(problem, TinySettings.Options(4) with { DataFiles = new System.Collections.Generic.Dictionary<string, string> { ["heat"] = data } });
        double? shown = null;
        var result = trainer.Train(progress: p => shown = p.LearnedParams!["kappa"]);

        Assert.NotEqual(0.5, problem.Kappa);
        Assert.Equal(problem.Kappa, shown);
        Assert.Equal(problem.Kappa, trainer.LearnedParams["kappa"]);
        Assert.Equal(0.5, result.History[0].LearnedParams!["kappa"]);
        Assert.Equal(problem.Kappa, result.History[^1].LearnedParams!["kappa"]);
        var report = TrainingReport.Build(trainer, result);
        Assert.Equal(problem.Kappa, report["params"]!["kappa"]!.GetValue<double>());
        Assert.Equal(problem.Kappa, report["history"]!.AsArray()[^1]!["params"]!["kappa"]!.GetValue<double>());
        Assert.Equal(25, report["observations"]!.AsArray()[0]!["rows"]!.GetValue<int>());
    }

    [Fact]
    public void A_checkpoint_restores_the_learned_param_and_its_optimiser_state()
    {
        using var folder = new TempFolder();
        var data = folder.File("heat.csv");
        HeatData.Write(data, 5, 0, 1);
        var files = new System.Collections.Generic.Dictionary<string, string> { ["heat.csv"] = data };
        string first = folder.File("first.ckpt"), second = folder.File("second.ckpt");
        var trained = new HeatInverse();
        using (var a = new Trainer(trained, TinySettings.Options(4, first) with { DataFiles = files }))
            a.Train();

        var resumed = new HeatInverse();
        using var b = new Trainer(resumed, TinySettings.Options(4) with { DataFiles = files, Seed = 7 });
        Assert.Equal(0.5, resumed.Kappa);
        b.LoadCheckpoint(first);
        Assert.Equal(trained.Kappa, resumed.Kappa);
        Assert.Equal(trained.Kappa, Checkpoint.ReadInfo(first).LearnedParams!["kappa"]);
        b.SaveCheckpoint(second);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second)); // weights, kappa and Adam's moments all came back
    }
}
