using Xunit;

// Training tests share torch's global settings and the 2 cores: one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
