using System;
using System.IO;
using System.Linq;
using System.Threading;
using PdeDsl;
using Samples.Poisson2D;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Training.Tests;

public sealed class CheckpointTests
{
    [Fact]
    public void A_loaded_checkpoint_has_the_same_weights_step_and_predictions()
    {
        using var folder = new TempFolder();
        string path = folder.File("run.ckpt");
        using var a = new Trainer(new Poisson2D(), TinySettings.Options(6, path));
        a.Train();

        using var b = new Trainer(new Poisson2D(), TinySettings.Options(6) with { Seed = 99 });
        Assert.False(SameWeights(a, b)); // a different seed starts elsewhere, so equality below means the load worked
        b.LoadCheckpoint(path);

        Assert.True(SameWeights(a, b));
        Assert.Equal(6, b.CompletedSteps);
        using var points = rand(20, 2);
        using var pa = a.Predict(points);
        using var pb = b.Predict(points);
        Assert.True(pa.equal(pb).all().item<bool>());
    }

    [Fact]
    public void Saving_a_loaded_checkpoint_gives_the_same_bytes_so_weights_and_optimiser_state_are_all_restored()
    {
        using var folder = new TempFolder();
        string first = folder.File("first.ckpt"), second = folder.File("second.ckpt");
        using var a = new Trainer(new Poisson2D(), TinySettings.Options(4, first));
        a.Train();
        using var b = new Trainer(new Poisson2D(), TinySettings.Options(4) with { Seed = 5 });
        b.LoadCheckpoint(first);
        b.SaveCheckpoint(second);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void A_cancelled_run_writes_its_checkpoint_and_a_new_trainer_resumes_from_that_step()
    {
        using var folder = new TempFolder();
        string path = folder.File("resume.ckpt");
        using var cancel = new CancellationTokenSource();
        using (var first = new Trainer(new Poisson2D(), TinySettings.Options(10, path) with { ValidateEvery = 100 }))
        {
            var stopped = first.Train(cancel.Token, p => { if (p.Step == 3) cancel.Cancel(); });
            Assert.Equal(TrainingStopReason.Cancelled, stopped.StopReason);
            Assert.Equal(3, stopped.StepsCompleted);
            Assert.Contains("cancelled", stopped.Message);
            Assert.Equal(new[] { 0, 3 }, stopped.History.Select(h => h.Step).ToArray());
        }
        Assert.Equal(3, Checkpoint.ReadInfo(path).Step);

        using var second = new Trainer(new Poisson2D(), TinySettings.Options(10, path) with { ValidateEvery = 100 });
        second.LoadCheckpoint(path);
        var result = second.Train();
        Assert.Equal(TrainingStopReason.Completed, result.StopReason);
        Assert.Equal(10, result.StepsCompleted);
        Assert.Equal(7, second.StepLosses.Count);
        Assert.Equal(10, Checkpoint.ReadInfo(path).Step);
    }

    [Fact]
    public void A_crash_while_writing_leaves_the_previous_checkpoint_intact_and_no_temporary_file()
    {
        using var folder = new TempFolder();
        string path = folder.File("safe.ckpt");
        using var trainer = new Trainer(new Poisson2D(), TinySettings.Options(2, path));
        trainer.Train();
        byte[] before = File.ReadAllBytes(path);

        // The writer dies half-way through, as a process killed mid-write would.
        var crash = Assert.Throws<IOException>(() => Checkpoint.WriteAtomically(path, stream =>
        {
            stream.Write(before, 0, before.Length / 2);
            throw new IOException("simulated crash");
        }));
        Assert.Equal("simulated crash", crash.Message);

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(new[] { "safe.ckpt" }, Directory.GetFiles(folder.Path).Select(Path.GetFileName).ToArray());
        using var reloaded = new Trainer(new Poisson2D(), TinySettings.Options(2));
        reloaded.LoadCheckpoint(path);
        Assert.True(SameWeights(trainer, reloaded));
    }

    [Fact]
    public void A_damaged_or_foreign_checkpoint_is_refused_with_a_clear_message()
    {
        using var folder = new TempFolder();
        string path = folder.File("damaged.ckpt");
        File.WriteAllText(path, "not a checkpoint");
        using var trainer = new Trainer(new Poisson2D(), TinySettings.Options(2));
        var e = Assert.Throws<ArgumentException>(() => trainer.LoadCheckpoint(path));
        Assert.Contains("not a PdeDsl checkpoint", e.Message);

        string other = folder.File("wide.ckpt");
        using (var wide = new Trainer(new Poisson2D(), TinySettings.Options(1, other) with { HiddenWidth = 12 })) wide.Train();
        var mismatch = Assert.Throws<ArgumentException>(() => trainer.LoadCheckpoint(other));
        Assert.Contains("hidden width 12", mismatch.Message);
    }

    internal static bool SameWeights(Trainer a, Trainer b)
    {
        var pa = a.Network.parameters().ToArray();
        var pb = b.Network.parameters().ToArray();
        return pa.Length == pb.Length && pa.Zip(pb).All(p => p.First.equal(p.Second).all().item<bool>());
    }
}
