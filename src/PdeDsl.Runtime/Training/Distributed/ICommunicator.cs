using System;

namespace PdeDsl;

/// <summary>
/// The processes of a data-parallel training run (ranks 0 to <see cref="Size"/> − 1), and the few collective operations the
/// trainer needs. Every rank must call the same operations in the same order with arrays of the same length. Only arrays of
/// primitive numbers travel (MPI.NET's object path needs BinaryFormatter, which .NET 10 removed).
/// </summary>
public interface ICommunicator : IDisposable
{
    /// <summary>This process's rank; rank 0 writes progress, reports, checkpoints and plots.</summary>
    int Rank { get; }

    /// <summary>How many ranks train together.</summary>
    int Size { get; }

    /// <summary>This rank's index among the ranks on the same node (picks its GPU).</summary>
    int LocalRank { get; }

    /// <summary>Replaces <paramref name="values"/> on every rank by their element-wise sum over all ranks (one all-reduce).</summary>
    void SumInPlace<T>(T[] values) where T : unmanaged;

    /// <summary>Replaces <paramref name="values"/> on every rank by rank 0's.</summary>
    void BroadcastFromLeader<T>(T[] values) where T : unmanaged;

    /// <summary>Every rank's <paramref name="value"/>, in rank order, on every rank.</summary>
    long[] AllGather(long value);
}
