using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using PdeDsl;
using Xunit;

namespace PdeDsl.Distributed.Tests;

/// <summary>
/// Poisson2D under <c>mpiexec.mpich -n 2</c>: equal replicas and a falling loss, a killed rank, a hung rank, and resuming.
/// Needs MPICH (apt-get install mpich): left out of the plain <c>dotnet test</c> by the project's filter; .ci/run runs them.
/// </summary>
[Trait("Category", "Mpi")]
public sealed class MpiTrainingTests : IDisposable
{
    private static readonly TimeSpan Minute = TimeSpan.FromSeconds(60);

    private static readonly string[] Small =
    {
        "train", "--distributed", "--samples", "16", "--value-samples", "4", "--eval-samples", "32", "--validation-points", "100",
        "--hidden-layers", "2", "--hidden-width", "32", "--device", "cpu",
    };

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pdedsl-mpi-" + Guid.NewGuid().ToString("N"));

    public MpiTrainingTests() => Directory.CreateDirectory(_folder);

    private string File(string name) => Path.Combine(_folder, name);

    private static string[] Args(params string[] more) => Small.Concat(more).ToArray();

    private static string Describe(MpiJob job) => $"\nstdout:\n{job.Output}\nstderr:\n{job.Error}";

    [Fact]
    public void Two_ranks_end_as_equal_replicas_with_a_falling_loss()
    {
        using var job = new MpiJob(2, Args("--steps", "150", "--validate-every", "50", "--lr", "3e-3", "--report", File("r.json")));
        var (code, _) = job.WaitForExit(TimeSpan.FromMinutes(4));
        Assert.True(code == 0, $"exit code {code}{Describe(job)}");
        var report = JsonNode.Parse(System.IO.File.ReadAllText(File("r.json")))!;
        Assert.Equal(2, (int)report["ranks"]!);
        var checksums = report["replicaChecksums"]!.AsArray().Select(c => (string)c!).ToArray();
        Assert.Equal(2, checksums.Length);
        Assert.Equal(checksums[0], checksums[1]);
        var mse = report["history"]!.AsArray().Select(h => (double)h!["mse"]!).ToArray();
        Assert.True(mse[^1] < mse[0] / 3, $"MSE went from {mse[0]:E2} to {mse[^1]:E2}");
        Assert.Equal(150, (int)report["allReduce"]!["calls"]!);
        Assert.Contains("Distributed over 2 MPI ranks", job.Output);
    }

    [Fact]
    public void A_killed_rank_ends_the_run_within_a_minute_and_rank_0s_checkpoint_resumes()
    {
        string checkpoint = File("run.ckpt");
        int step;
        using (var job = new MpiJob(2, Args("--steps", "100000", "--validate-every", "10", "--checkpoint", checkpoint)))
        {
            WaitFor(() => System.IO.File.Exists(checkpoint), job);
            int rank1 = job.RankProcess(1) ?? throw new InvalidOperationException("rank 1's process was not found." + Describe(job));
            var killed = DateTime.UtcNow;
            System.Diagnostics.Process.GetProcessById(rank1).Kill();
            var (code, _) = job.WaitForExit(TimeSpan.FromMinutes(2));
            Assert.True(DateTime.UtcNow - killed < Minute, $"the run went on for {(DateTime.UtcNow - killed).TotalSeconds:F0} s after the kill");
            Assert.NotEqual(0, code);
            step = Checkpoint.ReadInfo(checkpoint).Step;
            Assert.True(step >= 10 && step % 10 == 0, $"checkpoint at step {step}");
        }

        using var resumed = new MpiJob(2, Args("--steps", (step + 10).ToString(System.Globalization.CultureInfo.InvariantCulture), "--validate-every", "10",
            "--checkpoint", checkpoint, "--report", File("resumed.json")));
        var (resumedCode, _) = resumed.WaitForExit(TimeSpan.FromMinutes(3));
        Assert.True(resumedCode == 0, $"exit code {resumedCode}{Describe(resumed)}");
        Assert.Contains($"Resuming from step {step} of checkpoint", resumed.Output);
        var report = JsonNode.Parse(System.IO.File.ReadAllText(File("resumed.json")))!;
        Assert.Equal(step + 10, (int)report["steps"]!);
        var checksums = report["replicaChecksums"]!.AsArray().Select(c => (string)c!).Distinct().ToArray();
        Assert.Single(checksums);
    }

    [Fact]
    public void A_hung_rank_stops_the_others_with_a_clear_error_after_the_collective_timeout()
    {
        using var job = new MpiJob(2, Args("--steps", "100000", "--validate-every", "1000", "--collective-timeout", "5"));
        WaitFor(() => job.Output.Contains("Distributed over 2 MPI ranks"), job);
        Thread.Sleep(2000);
        int rank1 = job.RankProcess(1) ?? throw new InvalidOperationException("rank 1's process was not found." + Describe(job));
        var stopped = DateTime.UtcNow;
        Assert.Equal(0, Signal(rank1, "STOP"));
        try
        {
            var (code, _) = job.WaitForExit(TimeSpan.FromMinutes(2));
            Assert.True(DateTime.UtcNow - stopped < Minute, $"the run went on for {(DateTime.UtcNow - stopped).TotalSeconds:F0} s");
            Assert.NotEqual(0, code);
            Assert.Contains("rank 0 of 2: no answer from the other ranks within 5 s", job.Error);
        }
        finally
        {
            Signal(rank1, "KILL");
        }
    }

    private static int Signal(int pid, string signal)
    {
        using var kill = System.Diagnostics.Process.Start("kill", new[] { "-" + signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture) })!;
        kill.WaitForExit();
        return kill.ExitCode;
    }

    private static void WaitFor(Func<bool> condition, MpiJob job)
    {
        var until = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (!condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("The run did not get there in 2 minutes." + Describe(job));
            Thread.Sleep(200);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
