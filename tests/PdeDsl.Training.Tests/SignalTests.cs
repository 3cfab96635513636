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
/// sample runs as a child process, as a user runs it, and gets the signal by its process id mid-run. A second signal
/// is for a user who will not wait for the step: it ends the process at once.
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
        if (!child.WaitForExit(120_000))
        {
            // What the child said before it hung: the only trace left once it is killed.
            child.Kill();
            lock (output) lock (error) Assert.Fail($"the child did not stop within 120 s of the signal. stdout:\n{output}\nstderr:\n{error}");
        }
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

    [Fact]
    public void A_second_signal_ends_the_run_at_once_without_finishing_the_step()
    {
        using var folder = new TempFolder();
        string report = folder.File("run.json");
        // Steps of seconds (Stein's estimator on a wide network with many noise vectors: the rules' jets would take a
        // step in milliseconds and end the run before the second signal), so the second signal lands inside the step the
        // first one asked to finish: the graceful path would write the report after it, the default action never does.
        using var child = StartSample("--backend", "stein", "--steps", "1000000", "--samples", "256", "--interior-points", "400", "--hidden-width", "128",
            "--validate-every", "1000000", "--device", "cpu", "--report", report);
        using var training = new ManualResetEventSlim();
        using var stopping = new ManualResetEventSlim();
        child.OutputDataReceived += (_, e) => { if (e.Data?.StartsWith("step 1/", StringComparison.Ordinal) == true) training.Set(); };
        child.ErrorDataReceived += (_, e) => { if (e.Data?.StartsWith("Received SIGTERM", StringComparison.Ordinal) == true) stopping.Set(); };
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();

        Assert.True(training.Wait(TimeSpan.FromSeconds(300)) && !child.HasExited, "the child never reported its first step");
        Assert.Equal(0, kill(child.Id, 15));
        Assert.True(stopping.Wait(TimeSpan.FromSeconds(60)), "the child did not acknowledge the first SIGTERM");
        Assert.Equal(0, kill(child.Id, 15));
        Assert.True(child.WaitForExit(60_000), "the child did not end after the second SIGTERM");
        child.WaitForExit();

        Assert.Equal(143, child.ExitCode);
        Assert.False(File.Exists(report), "the report was written: the second signal waited for the step to finish");
    }

    private static Process StartSample(params string[] args)
    {
        string host = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Poisson2D.exe" : "Poisson2D");
        // A signal ignored when a process starts stays ignored in its children (nohup ignores SIGHUP), and .NET keeps it
        // so: coreutils' env gives the child the default dispositions back, as a user's shell would have them.
        bool resetSignals = OperatingSystem.IsLinux() && File.Exists("/usr/bin/env");
        var start = new ProcessStartInfo(resetSignals ? "/usr/bin/env" : host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        if (resetSignals)
        {
            start.ArgumentList.Add("--default-signal=HUP,INT,TERM");
            start.ArgumentList.Add(host);
        }
        foreach (var a in args) start.ArgumentList.Add(a);
        return Process.Start(start) ?? throw new InvalidOperationException("could not start the Poisson2D sample");
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
