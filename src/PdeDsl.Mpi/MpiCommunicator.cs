using System;
using System.Linq;

namespace PdeDsl;

/// <summary>
/// The ranks started by <c>mpiexec</c>, through MPI.NET over MPICH (see <see cref="MpiLibrary"/>). Every collective runs
/// under a <see cref="CollectiveWatchdog"/>, so a dead or hung rank ends the run with a clear error instead of a hang.
/// Only this class touches MPI.NET: without <c>--distributed</c> neither MPI.NET nor MPICH is ever loaded.
/// </summary>
internal sealed class MpiCommunicator : ICommunicator
{
    private readonly MPI.Environment _environment;
    private readonly MPI.Intracommunicator _world;
    private readonly CollectiveWatchdog _watchdog;
    private long _collectives;

    private MpiCommunicator(TimeSpan collectiveTimeout)
    {
        string[] args = Array.Empty<string>();
        // Funneled: only the training thread calls MPI (the watchdog never does).
        _environment = new MPI.Environment(ref args, MPI.Threading.Funneled);
        _world = MPI.Communicator.world;
        Rank = _world.Rank;
        Size = _world.Size;
        _watchdog = new CollectiveWatchdog(collectiveTimeout, $"rank {Rank} of {Size}");
        // Ranks on the same node have the same host name: this rank's index among them picks its GPU. Works with any launcher.
        long[] hosts = AllGather(HostHash(Environment.MachineName));
        LocalRank = hosts.Take(Rank).Count(h => h == hosts[Rank]);
    }

    /// <summary>Loads MPICH (a clear error when it is missing) and joins the ranks of this <c>mpiexec</c>.</summary>
    public static ICommunicator Start(TimeSpan collectiveTimeout)
    {
        MpiLibrary.EnsureLoaded(typeof(MPI.Communicator).Assembly);
        return new MpiCommunicator(collectiveTimeout);
    }

    public int Rank { get; }

    public int Size { get; }

    public int LocalRank { get; }

    public void SumInPlace<T>(T[] values) where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(values);
        T[] result = new T[values.Length];
        Collective("an all-reduce", () => _world.Allreduce(values, MPI.Operation<T>.Add, ref result));
        result.CopyTo(values, 0);
    }

    public void BroadcastFromLeader<T>(T[] values) where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(values);
        T[] buffer = values;
        Collective("a broadcast from rank 0", () => _world.Broadcast(ref buffer, 0));
        if (!ReferenceEquals(buffer, values)) buffer.CopyTo(values, 0);
    }

    public long[] AllGather(long value)
    {
        long[] all = Array.Empty<long>();
        Collective("an all-gather", () => all = _world.Allgather(value));
        return all;
    }

    private void Collective(string what, Action operation)
    {
        long number = ++_collectives;
        using var armed = _watchdog.Arm($"{what} (collective {number})");
        try
        {
            operation();
        }
        catch (Exception e) when (e.GetType().Namespace == "MPI")
        {
            throw new InvalidOperationException($"rank {Rank} of {Size}: {what} (collective {number}) failed: {e.Message} A rank has probably died; rank 0's last checkpoint is whole.", e);
        }
    }

    // string.GetHashCode differs between processes; FNV-1a does not.
    private static long HostHash(string host) => unchecked((long)ReplicaChecksum.Fnv1a(System.Text.Encoding.UTF8.GetBytes(host)));

    public void Dispose()
    {
        _watchdog.Dispose();
        _environment.Dispose();
    }
}
