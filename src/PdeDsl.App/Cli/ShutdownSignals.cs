using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;

namespace PdeDsl;

/// <summary>
/// Ctrl+C (SIGINT), SIGTERM (what Slurm and other schedulers send before they kill a job) and SIGHUP (the terminal
/// went away) all stop a run the same way: the current step finishes, then the report and checkpoint are written
/// and the program exits 130, 143 or 129 (128 + the signal's number, as a shell reports a process it killed).
/// A second signal is left to the system's default action and ends the process at once.
/// </summary>
internal sealed class ShutdownSignals : IDisposable
{
    private readonly CancellationTokenSource _cancel;
    private readonly TextWriter _error;
    private readonly List<PosixSignalRegistration> _registrations = new();
    private readonly object _gate = new();

    public ShutdownSignals(CancellationTokenSource cancel, TextWriter error)
    {
        _cancel = cancel;
        _error = error;
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP })
        {
            try
            {
                _registrations.Add(PosixSignalRegistration.Create(signal, OnSignal));
            }
            catch (PlatformNotSupportedException)
            {
                // A platform without this signal cannot send it either.
            }
        }
    }

    /// <summary>The first signal received, if any.</summary>
    public PosixSignal? Received { get; private set; }

    /// <summary>The exit code of a run stopped by <see cref="Received"/>: 128 + the signal's number on Linux and macOS.</summary>
    public int? ExitCode => Received switch
    {
        PosixSignal.SIGINT => 130,
        PosixSignal.SIGTERM => 143,
        PosixSignal.SIGHUP => 129,
        _ => null,
    };

    private void OnSignal(PosixSignalContext context)
    {
        lock (_gate)
        {
            if (Received is not null) return; // the second signal: not cancelled, so the default action ends the process
            Received = context.Signal;
            context.Cancel = true;
        }
        string how = context.Signal == PosixSignal.SIGINT ? "Ctrl+C again" : $"{Name(context.Signal)} again";
        _error.WriteLine($"{(context.Signal == PosixSignal.SIGINT ? "Ctrl+C" : "Received " + Name(context.Signal))}: stopping after this step; "
            + $"the report and checkpoint will be written, then exit {ExitCode} ({how} to quit at once).");
        _error.Flush();
        _cancel.Cancel();
    }

    private static string Name(PosixSignal signal) => signal switch
    {
        PosixSignal.SIGTERM => "SIGTERM",
        PosixSignal.SIGHUP => "SIGHUP",
        _ => "SIGINT",
    };

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
    }
}
