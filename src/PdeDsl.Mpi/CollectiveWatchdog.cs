using System;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Threading;

namespace PdeDsl;

/// <summary>
/// Ends this process with one clear line when a collective operation does not finish in time: a rank that died or hangs
/// would otherwise leave the others blocked for ever inside MPI (MPI.NET has no non-blocking collectives to poll). The
/// process exits at once with code 1 (no MPI_Finalize, which would block too); the launcher then stops the other ranks.
/// Rank 0 writes checkpoints atomically, so the last one stays whole and a rerun resumes from it.
/// </summary>
internal sealed class CollectiveWatchdog : IDisposable
{
    private readonly object _gate = new();
    private readonly TimeSpan _timeout;
    private readonly string _who;
    private readonly Thread _thread;
    private string? _operation;
    private DateTime _deadline;
    private bool _disposed;

    public CollectiveWatchdog(TimeSpan timeout, string who)
    {
        _timeout = timeout;
        _who = who;
        _thread = new Thread(Watch) { IsBackground = true, Name = "PdeDsl collective watchdog" };
        _thread.Start();
    }

    /// <summary>Starts the clock for <paramref name="operation"/>; dispose the result when it has finished.</summary>
    public Armed Arm(string operation)
    {
        lock (_gate)
        {
            _operation = operation;
            _deadline = DateTime.UtcNow + _timeout;
            Monitor.PulseAll(_gate);
        }
        return new Armed(this);
    }

    private void Disarm()
    {
        lock (_gate) _operation = null;
    }

    private void Watch()
    {
        lock (_gate)
        {
            while (!_disposed)
            {
                if (_operation is null) { Monitor.Wait(_gate); continue; }
                var left = _deadline - DateTime.UtcNow;
                if (left > TimeSpan.Zero) { Monitor.Wait(_gate, left); continue; }
                string seconds = _timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
                Console.Error.WriteLine($"error: {_who}: no answer from the other ranks within {seconds} s in {_operation}: a rank has died or hangs. "
                    + "Stopping this rank; rank 0's last checkpoint is whole, and the same command resumes from it (raise --collective-timeout if rank 0's validation takes longer).");
                Console.Error.Flush();
                Exit(1);
            }
        }
    }

    // _exit(2): no atexit handlers, no MPI_Finalize, no waiting for the thread that is stuck inside MPI.
    private static void Exit(int code)
    {
        if (OperatingSystem.IsWindows()) Environment.Exit(code);
        else _exit(code);
    }

    [DllImport("libc", EntryPoint = "_exit")]
    private static extern void _exit(int status);

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>A running clock; disposing it stops the clock.</summary>
    public readonly struct Armed : IDisposable
    {
        private readonly CollectiveWatchdog _owner;

        public Armed(CollectiveWatchdog owner) => _owner = owner;

        public void Dispose() => _owner.Disarm();
    }
}
