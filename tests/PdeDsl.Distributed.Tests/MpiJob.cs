using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace PdeDsl.Distributed.Tests;

/// <summary>One <c>mpiexec.mpich -n P dotnet Poisson2D.dll ...</c> run, as a user starts it, with its output and its ranks' process ids.</summary>
internal sealed class MpiJob : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public MpiJob(int ranks, params string[] args)
    {
        var start = new ProcessStartInfo("mpiexec.mpich") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-n", ranks.ToString(System.Globalization.CultureInfo.InvariantCulture), "dotnet", Sample }.Concat(args))
            start.ArgumentList.Add(a);
        _process = Process.Start(start) ?? throw new InvalidOperationException("mpiexec.mpich did not start.");
        _process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_error) _error.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The sample, copied beside the tests by the project reference.</summary>
    public static string Sample => Path.Combine(AppContext.BaseDirectory, "Poisson2D.dll");

    public string Output { get { lock (_output) return _output.ToString(); } }

    public string Error { get { lock (_error) return _error.ToString(); } }

    /// <summary>Waits for the end; a job still running after <paramref name="limit"/> is killed and the test fails with its output.</summary>
    public (int Code, TimeSpan Elapsed) WaitForExit(TimeSpan limit)
    {
        if (!_process.WaitForExit(limit))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"mpiexec still ran after {limit.TotalSeconds} s.\nstdout:\n{Output}\nstderr:\n{Error}");
        }
        _process.WaitForExit(); // drains the redirected streams
        return (_process.ExitCode, _clock.Elapsed);
    }

    /// <summary>The process id of rank <paramref name="rank"/> (Hydra sets PMI_RANK in each rank's environment), or null.</summary>
    public int? RankProcess(int rank)
    {
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out int pid) || !DescendsFromJob(pid)) continue;
            string environ;
            try { environ = File.ReadAllText(Path.Combine(folder, "environ")); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { continue; }
            if (environ.Split('\0').Contains($"PMI_RANK={rank}") && File.ReadAllText(Path.Combine(folder, "cmdline")).Contains("Poisson2D.dll"))
                return pid;
        }
        return null;
    }

    private bool DescendsFromJob(int pid)
    {
        for (int i = 0; i < 10 && pid > 1; i++)
        {
            if (pid == _process.Id) return true;
            try
            {
                string stat = File.ReadAllText($"/proc/{pid}/stat");
                // pid (comm) state ppid ...: comm may hold spaces, so read after the last ')'.
                pid = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
            {
                return false;
            }
        }
        return false;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }
}
