using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace PdeDsl.EndToEnd.Tests;

/// <summary>Runs the dotnet CLI in a folder and returns its exit code and output.</summary>
public static class DotnetProcess
{
    public sealed record Result(int ExitCode, string Output, TimeSpan Elapsed)
    {
        public override string ToString() => $"exit code {ExitCode} after {Elapsed.TotalSeconds:F1} s\n{Output}";
    }

    public static Result Run(string workingDirectory, IEnumerable<string> arguments, TimeSpan timeout) =>
        RunProgram("dotnet", workingDirectory, arguments, timeout);

    /// <summary>Runs <paramref name="program"/> (with the same clean environment plus <paramref name="environment"/>).</summary>
    public static Result RunProgram(string program, string workingDirectory, IEnumerable<string> arguments, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        // The test host's own MSBuild settings must not leak into the user's build.
        foreach (var key in new List<string>(KeysOf(start.Environment)))
            if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || key == "VSTEST_HOST_DEBUG")
                start.Environment.Remove(key);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        if (environment is not null) foreach (var (key, value) in environment) start.Environment[key] = value;

        var output = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} ran longer than {timeout}.\n{output}");
        }
        process.WaitForExit();
        lock (output) return new Result(process.ExitCode, output.ToString(), clock.Elapsed);
    }

    private static IEnumerable<string> KeysOf(IDictionary<string, string?> environment) => environment.Keys;
}
