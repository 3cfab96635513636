using System;
using System.Collections.Generic;
using PdeDsl;
using Samples.Poisson2D;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Training.Tests;

public sealed class NonFiniteLossTests
{
    /// <summary>
    /// A NaN loss, or a step that throws as libtorch does, at step 5: training stops naming the step and what went wrong,
    /// and the weights, the history and the checkpoint are those of step 4 (the bad step changed nothing).
    /// </summary>
    [Theory]
    [InlineData(false, TrainingStopReason.NonFiniteLoss, "NaN")]
    [InlineData(true, TrainingStopReason.Failed, "libtorch failed (Expected false to be true, but got false.)")]
    public void A_bad_step_stops_training_naming_it_and_keeps_the_weights_of_the_step_before(bool fail, TrainingStopReason reason, string says)
    {
        using var folder = new TempFolder();
        string path = folder.File("good.ckpt");
        var problem = new PoisonedProblem(new Poisson2D(), poisonFromStep: 5, fail);
        using var trainer = new Trainer(problem, TinySettings.Options(10, path) with { ValidateEvery = 2 });

        var result = trainer.Train();

        Assert.Equal(reason, result.StopReason);
        Assert.Equal(4, result.StepsCompleted);
        Assert.Contains("step 5", result.Message);
        Assert.Contains(says, result.Message);
        Assert.DoesNotContain("C++ trace", result.Message);   // a libtorch message's first line only
        Assert.Equal(4, result.History[^1].Step);
        Assert.Equal(4, Checkpoint.ReadInfo(path).Step);
        foreach (var p in trainer.Network.parameters()) Assert.True(p.isfinite().all().item<bool>());

        using var reloaded = new Trainer(new Poisson2D(), TinySettings.Options(10));
        reloaded.LoadCheckpoint(path);
        Assert.True(CheckpointTests.SameWeights(trainer, reloaded)); // the bad step changed nothing
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
