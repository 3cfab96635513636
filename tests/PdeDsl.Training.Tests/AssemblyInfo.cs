using Xunit;

// Tests train networks on 2 cores: running them one at a time is faster than contending, and keeps torch's global seed and
// thread settings from leaking between tests.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
