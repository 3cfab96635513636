using System;
using System.Collections.Generic;
using PdeDsl;
using Samples.Poisson2D;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Training.Tests;

/// <summary>TorchSharp resources over a run: live tensors stay flat, and every evaluation backend the trainer makes is disposed.</summary>
public sealed class ResourceTests
{
    [Theory]
    [InlineData(BackendKind.Jet)]
    [InlineData(BackendKind.Stein)]
    public void Live_tensors_stay_flat_over_1000_steps_with_validation_every_10(BackendKind backend)
    {
        var live = new Dictionary<int, long>();
        var outside = new Dictionary<int, long>();
        using var trainer = new Trainer(new Poisson2D(), TinySettings.Options(1000) with { Backend = backend, ValidateEvery = 10 });
        trainer.Train(progress: p =>
        {
            if (p.Step is not (100 or 1000)) return;
            live[p.Step] = Tensor.TotalCount;
            // Finalizers free leaked tensors at random times, so the live count alone may hide a leak: a tensor made outside
            // every dispose scope (what leaks) is counted here whatever the collector does.
            outside[p.Step] = DisposeScopeManager.Statistics.CreatedOutsideScopeCount;
        });
        // 90 validations lie between the two counts: a tensor leaked per validation, step or term would show here.
        Assert.True(live[1000] <= live[100], $"live tensors {live[100]} at step 100, {live[1000]} at step 1000");
        Assert.True(outside[1000] == outside[100], $"{outside[1000] - outside[100]} tensors made outside a dispose scope between steps 100 and 1000");
    }

    [Fact]
    public void Every_evaluation_backend_the_trainer_makes_is_disposed()
    {
        var made = new List<CountingBackend>();
        var training = new DirectionalBackend();
        var backends = new TrainerBackends(training, training, () =>
        {
            var b = new CountingBackend(new DirectionalBackend());
            made.Add(b);
            return b;
        }, 1, needsInputGraph: false);
        using (var trainer = new Trainer(new Poisson2D(), TinySettings.Options(20) with { Backend = BackendKind.Jet }, TrainerBackends.CreateNetwork(2, TinySettings.Options(1), 1), backends))
        {
            trainer.Train();
            trainer.MeanSquaredError();
        }
        Assert.NotEmpty(made);
        Assert.All(made, b => Assert.True(b.Disposed, "an evaluation backend was left undisposed"));
    }

    private sealed class CountingBackend(DirectionalBackend inner) : IDerivativeBackend, IDisposable
    {
        public bool Disposed { get; private set; }
        public string Name => inner.Name;
        public DerivativeResult Evaluate(BaseNetwork network, Tensor points, DerivativeRequest request) => inner.Evaluate(network, points, request);
        public void Dispose()
        {
            Disposed = true;
            inner.Dispose();
        }
    }
}
