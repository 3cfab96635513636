using System;
using System.Collections.Generic;
using PdeDsl;
using Samples.Poisson2D;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Training.Tests;

public sealed class NonFiniteLossTests
{
    [Fact]
    public void A_NaN_loss_stops_training_naming_the_step_and_keeps_the_last_good_checkpoint()
    {
        using var folder = new TempFolder();
        string path = folder.File("good.ckpt");
        var problem = new PoisonedProblem(new Poisson2D(), poisonFromStep: 5);
        using var trainer = new Trainer(problem, TinySettings.Options(10, path) with { ValidateEvery = 2 });

        var result = trainer.Train();

        Assert.Equal(TrainingStopReason.NonFiniteLoss, result.StopReason);
        Assert.Equal(4, result.StepsCompleted);
        Assert.Contains("step 5", result.Message);
        Assert.Contains("NaN", result.Message);
        Assert.Equal(4, Checkpoint.ReadInfo(path).Step);
        foreach (var p in trainer.Network.parameters()) Assert.True(p.isfinite().all().item<bool>());

        using var reloaded = new Trainer(new Poisson2D(), TinySettings.Options(10));
        reloaded.LoadCheckpoint(path);
        Assert.True(CheckpointTests.SameWeights(trainer, reloaded)); // the NaN step changed nothing
    }

    [Fact]
    public void A_libtorch_failure_stops_training_naming_the_step_and_keeps_the_weights_of_the_step_before()
    {
        using var folder = new TempFolder();
        string path = folder.File("good.ckpt");
        var problem = new PoisonedProblem(new Poisson2D(), poisonFromStep: 5, fail: true);
        using var trainer = new Trainer(problem, TinySettings.Options(10, path) with { ValidateEvery = 2 });

        var result = trainer.Train();

        Assert.Equal(TrainingStopReason.Failed, result.StopReason);
        Assert.Equal(4, result.StepsCompleted);
        Assert.Contains("step 5", result.Message);
        Assert.Contains("libtorch failed (Expected false to be true, but got false.)", result.Message);
        Assert.DoesNotContain("C++ trace", result.Message);   // its first line only
        Assert.Equal(4, result.History[^1].Step);
        Assert.Equal(4, Checkpoint.ReadInfo(path).Step);
        using var reloaded = new Trainer(new Poisson2D(), TinySettings.Options(10));
        reloaded.LoadCheckpoint(path);
        Assert.True(CheckpointTests.SameWeights(trainer, reloaded));
    }

    /// <summary>Poisson2D whose residuals turn NaN (or whose residual throws as libtorch does) from a given training step on.</summary>
    private sealed class PoisonedProblem : IPdeProblem
    {
        private readonly IPdeProblem _inner;
        private readonly int _poisonFromStep;
        private readonly bool _fail;
        private int _stepsSeen;

        public PoisonedProblem(IPdeProblem inner, int poisonFromStep, bool fail = false) { _inner = inner; _poisonFromStep = poisonFromStep; _fail = fail; }

        public string Name => _inner.Name;
        public IReadOnlyList<CoordinateInfo> Coordinates => _inner.Coordinates;
        public int InputDimension => _inner.InputDimension;
        public IReadOnlyDictionary<string, int> Dims => _inner.Dims;
        public IReadOnlyDictionary<string, double> Params => _inner.Params;
        public void SetDim(string name, int value) => _inner.SetDim(name, value);
        public void SetParam(string name, double value) => _inner.SetParam(name, value);
        public IReadOnlyList<ProblemTerm> Terms => _inner.Terms;
        public Tensor Sample(int term, int count, Generator generator, Device device, ScalarType dtype) => _inner.Sample(term, count, generator, device, dtype);
        public bool HasExactSolution => _inner.HasExactSolution;
        public Tensor ExactSolution(Tensor points) => _inner.ExactSolution(points);

        public Tensor Residual(int term, Tensor points, DerivativeResult derivatives)
        {
            var r = _inner.Residual(term, points, derivatives);
            // Training calls come with a graph; validation runs under no_grad. Only training steps are poisoned. Each step
            // ends with the last term (called once per step), so the steps seen so far count those calls.
            if (!is_grad_enabled()) return r;
            int step = _stepsSeen + 1;
            if (term == _inner.Terms.Count - 1) _stepsSeen++;
            if (step >= _poisonFromStep && _fail)
                throw new System.Runtime.InteropServices.ExternalException("Expected false to be true, but got false.\nException raised from ... (a C++ trace)");
            return step >= _poisonFromStep ? r * double.NaN : r;
        }
    }
}
