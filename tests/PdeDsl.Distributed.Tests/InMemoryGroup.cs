using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PdeDsl;

namespace PdeDsl.Distributed.Tests;

/// <summary>
/// P ranks as P threads of this process, with the semantics of MPI's collectives (every member calls the same operations in
/// the same order): a reference communicator for testing the trainer's data-parallel logic without MPI.
/// </summary>
internal sealed class InMemoryGroup
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly Barrier _barrier;
    private readonly Array?[] _slots;

    public InMemoryGroup(int size)
    {
        Size = size;
        _barrier = new Barrier(size);
        _slots = new Array?[size];
    }

    public int Size { get; }

    public ICommunicator Member(int rank) => new MemberOf(this, rank);

    /// <summary>Runs body(rank) on one thread per rank, as mpiexec runs one process per rank; the results in rank order.</summary>
    public static T[] OnEveryRank<T>(int ranks, Func<int, T> body) =>
        Task.WhenAll(Enumerable.Range(0, ranks).Select(r => Task.Factory.StartNew(() => body(r), TaskCreationOptions.LongRunning))).GetAwaiter().GetResult();

    // Each member posts its array, all wait, each reads what it needs, all wait again before the slots are reused.
    private TResult Exchange<T, TResult>(int rank, T[] mine, Func<T[][], TResult> read)
    {
        _slots[rank] = (T[])mine.Clone();
        Wait();
        var all = new T[Size][];
        for (int r = 0; r < Size; r++) all[r] = (T[])_slots[r]!;
        var result = read(all);
        Wait();
        return result;
    }

    private void Wait()
    {
        if (!_barrier.SignalAndWait(Patience)) throw new TimeoutException("A member of the in-memory group did not reach the collective.");
    }

    private static T Add<T>(T a, T b) where T : unmanaged
    {
        object sum = a switch
        {
            float x => (object)(x + (float)(object)b),
            double x => (object)(x + (double)(object)b),
            long x => (object)(x + (long)(object)b),
            _ => throw new NotSupportedException(typeof(T).Name),
        };
        return (T)sum;
    }

    private sealed class MemberOf : ICommunicator
    {
        private readonly InMemoryGroup _group;

        public MemberOf(InMemoryGroup group, int rank)
        {
            _group = group;
            Rank = rank;
        }

        public int Rank { get; }

        public int Size => _group.Size;

        public int LocalRank => Rank;

        public void SumInPlace<T>(T[] values) where T : unmanaged
        {
            var sum = _group.Exchange(Rank, values, all =>
            {
                var total = new T[values.Length];
                foreach (var part in all)
                    for (int i = 0; i < total.Length; i++) total[i] = Add(total[i], part[i]);
                return total;
            });
            sum.CopyTo(values, 0);
        }

        public void BroadcastFromLeader<T>(T[] values) where T : unmanaged =>
            _group.Exchange(Rank, values, all => (T[])all[0].Clone()).CopyTo(values, 0);

        public long[] AllGather(long value) => _group.Exchange(Rank, new[] { value }, all => Array.ConvertAll(all, a => a[0]));

        public void Dispose()
        {
        }
    }
}
