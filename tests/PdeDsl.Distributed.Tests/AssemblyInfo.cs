using Xunit;

// Tests train networks (and start MPI ranks) on 2 cores: one at a time is faster than contending.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
