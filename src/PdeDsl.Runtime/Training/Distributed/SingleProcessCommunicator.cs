namespace PdeDsl;

/// <summary>A group of one: sums and broadcasts leave the values as they are. Training without MPI behaves as before.</summary>
public sealed class SingleProcessCommunicator : ICommunicator
{
    /// <inheritdoc />
    public int Rank => 0;

    /// <inheritdoc />
    public int Size => 1;

    /// <inheritdoc />
    public int LocalRank => 0;

    /// <inheritdoc />
    public void SumInPlace<T>(T[] values) where T : unmanaged => System.ArgumentNullException.ThrowIfNull(values);

    /// <inheritdoc />
    public void BroadcastFromLeader<T>(T[] values) where T : unmanaged => System.ArgumentNullException.ThrowIfNull(values);

    /// <inheritdoc />
    public long[] AllGather(long value) => new[] { value };

    /// <summary>Nothing to free.</summary>
    public void Dispose()
    {
    }
}
