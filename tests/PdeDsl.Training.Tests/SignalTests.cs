using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using PdeDsl;
using Xunit;

namespace PdeDsl.Training.Tests;

/// <summary>
/// Schedulers stop jobs with SIGTERM (Slurm, Kubernetes) and closed terminals send SIGHUP: both must stop a run like
/// Ctrl+C, with the step finished, the report and checkpoint written and exit 128 + the signal's number. The Poisson2D
/// sample runs as a child process, as a user runs it, and gets the signal by its process id mid-run.
/// </summary>
public sealed class SignalTests
{
    [Theory]
    [InlineData(15, 143, "SIGTERM")]
    [InlineData(1, 129, "SIGHUP")]
    public void A_signal_mid_run_finishes_the_step_writes_report_and_checkpoint_and_exits_128_plus_its_number(int signal, int expectedCode, string name)
    {
        using var folder = new TempFolder();
        string report = folder.File("run.json"), checkpoint = folder.File("run.ckpt");
        using var child = StartSample("--steps", "1000000", "--samples", "4", "--value-samples", "2", "--eval-samples", "8", "--validation-points", "20",
            "--hidden-layers", "1", "--hidden-width", "8", "--validate-every", "1000000", "--device", "cpu", "--report", report, "--checkpoint", checkpoint);
        var output = new StringBuilder();
        var error = new StringBuilder();
        using var training = new ManualResetEventSlim();
        child.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (output) output.AppendLine(e.Data);
            if (e.Data.StartsWith("step 1/", StringComparison.Ordinal)) training.Set();
        };
        child.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (error) error.AppendLine(e.Data); };
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();

        Assert.True(training.Wait(TimeSpan.FromSeconds(120)) || child.HasExited, "the child never reported its first step");
        Assert.False(child.HasExited, $"the child ended before the signal: {output}{error}");
        Assert.Equal(0, kill(child.Id, signal));
        Assert.True(child.WaitForExit(120_000), "the child did not stop after the signal");
        child.WaitForExit(); // drains the redirected streams

        string errors;
        lock (error) errors = error.ToString();
        Assert.Equal(expectedCode, child.ExitCode);
        Assert.Contains($"Received {name}", errors);
        Assert.DoesNotContain("   at ", errors); // no stack trace
        var json = JsonNode.Parse(File.ReadAllText(report))!.AsObject();
        Assert.Equal("cancelled", (string)json["stopReason"]!);
        int steps = (int)json["history"]!.AsArray()[^1]!["step"]!;
        Assert.True(steps >= 1 && steps < 1_000_000, $"stopped at step {steps}");
        // The checkpoint holds the weights after the last finished step, the one the report ends with.
        Assert.Equal(steps, Checkpoint.ReadInfo(checkpoint).Step);
    }

    private static Process StartSample(params string[] args)
    {
        string host = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Poisson2D.exe" : "Poisson2D");
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        return Process.Start(start) ?? throw new InvalidOperationException("could not start the Poisson2D sample");
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
