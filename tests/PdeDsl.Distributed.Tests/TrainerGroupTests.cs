using System;
using System.IO;
using System.Linq;
using System.Threading;
using PdeDsl;
using Samples.Poisson2D;
using Xunit;

namespace PdeDsl.Distributed.Tests;

/// <summary>The trainer's data-parallel hook with ranks as threads (no MPI): start, steps, stops and outputs.</summary>
public sealed class TrainerGroupTests
{
    private static TrainingOptions Tiny(long seed = 1) => new()
    {
        Steps = 6,
        Samples = 8,
        ValueSamples = 4,
        EvaluationSamples = 16,
        ValidationPoints = 40,
        ValidateEvery = 3,
        HiddenLayers = 2,
        HiddenWidth = 16,
        Device = DeviceOption.Cpu,
        Seed = seed,
    };


    [Fact]
    public void Ranks_start_from_rank_0s_weights_and_end_as_equal_replicas_with_only_rank_0_validating()
    {
        // Different seeds: different initial weights, points and noise, as under mpiexec.
        var trainers = new[] { new Trainer(new Poisson2D(), Tiny(1)), new Trainer(new Poisson2D(), Tiny(1 + 1_000_003)) };
        try
        {
            string leader = ReplicaChecksum.Of(trainers[0].Network.parameters());
            Assert.NotEqual(leader, ReplicaChecksum.Of(trainers[1].Network.parameters()));
            var group = new InMemoryGroup(2);
            var joined = InMemoryGroup.OnEveryRank(2, r =>
            {
                trainers[r].JoinGroup(group.Member(r));
                return ReplicaChecksum.Of(trainers[r].Network.parameters());
            });
            Assert.All(joined, c => Assert.Equal(leader, c));

            var results = InMemoryGroup.OnEveryRank(2, r => trainers[r].Train());
            var checksums = InMemoryGroup.OnEveryRank(2, r => trainers[r].ReplicaChecksums());
            Assert.Equal(checksums[0], checksums[1]);
            Assert.Equal(2, checksums[0].Count);
            Assert.Equal(checksums[0][0], checksums[0][1]);
            Assert.NotEqual(leader, checksums[0][0]); // they trained

            Assert.All(results, r => Assert.Equal(6, r.StepsCompleted));
            Assert.All(trainers, t => Assert.Equal(6, t.Averager!.Calls));
            Assert.True(trainers[0].IsLeader);
            Assert.False(trainers[1].IsLeader);
            Assert.NotEmpty(results[0].History);
            Assert.NotNull(results[0].Mse);
            Assert.Empty(results[1].History);
            Assert.Null(results[1].Mse);
            // Both ranks report the same (averaged) training loss at every step.
            Assert.Equal(trainers[0].StepLosses, trainers[1].StepLosses);
        }
        finally
        {
            foreach (var t in trainers) t.Dispose();
        }
    }

    [Fact]
    public void A_target_met_by_rank_0s_validation_stops_every_rank_after_the_next_step()
    {
        // Any finite validation loss meets 1e9, so the first validation (step 3) meets it; the ranks agree in step 4.
        var options = Tiny() with { Steps = 30, UntilValidationLoss = 1e9 };
        var trainers = new[] { new Trainer(new Poisson2D(), options), new Trainer(new Poisson2D(), options with { Seed = 2 }) };
        try
        {
            var group = new InMemoryGroup(2);
            InMemoryGroup.OnEveryRank(2, r => { trainers[r].JoinGroup(group.Member(r)); return 0; });
            var results = InMemoryGroup.OnEveryRank(2, r => trainers[r].Train());
            Assert.All(results, r => Assert.Equal(TrainingStopReason.TargetReached, r.StopReason));
            Assert.All(results, r => Assert.Equal(4, r.StepsCompleted));
            Assert.Contains("validation loss", results[0].Message);
            Assert.Contains("Rank 0", results[1].Message);
            var checksums = InMemoryGroup.OnEveryRank(2, r => trainers[r].ReplicaChecksums());
            Assert.Equal(checksums[0][0], checksums[0][1]);
        }
        finally
        {
            foreach (var t in trainers) t.Dispose();
        }
    }

    [Fact]
    public void A_stop_asked_of_one_rank_stops_every_rank_after_the_same_step()
    {
        var trainers = new[] { new Trainer(new Poisson2D(), Tiny(1)), new Trainer(new Poisson2D(), Tiny(2)) };
        try
        {
            var group = new InMemoryGroup(2);
            using var stop = new CancellationTokenSource();
            stop.Cancel();
            var results = InMemoryGroup.OnEveryRank(2, r =>
            {
                trainers[r].JoinGroup(group.Member(r));
                return trainers[r].Train(r == 1 ? stop.Token : CancellationToken.None);
            });
            Assert.All(results, r => Assert.Equal(TrainingStopReason.Cancelled, r.StopReason));
            Assert.All(results, r => Assert.Equal(1, r.StepsCompleted));
        }
        finally
        {
            foreach (var t in trainers) t.Dispose();
        }
    }

    [Fact]
    public void A_group_of_one_trains_bit_for_bit_like_a_trainer_alone()
    {
        using var alone = new Trainer(new Poisson2D(), Tiny());
        alone.Train();
        using var grouped = new Trainer(new Poisson2D(), Tiny());
        grouped.JoinGroup(new SingleProcessCommunicator());
        grouped.Train();
        Assert.Equal(ReplicaChecksum.Of(alone.Network.parameters()), ReplicaChecksum.Of(grouped.Network.parameters()));
        Assert.Equal(1, grouped.Averager!.Calls / Tiny().Steps);
    }

    [Fact]
    public void Without_MPICH_distributed_is_one_line_that_says_how_to_install_it_and_exit_code_2()
    {
        // PDEDSL_MPI_LIBRARY names the library to load; a path that does not exist stands for a machine without MPICH.
        Environment.SetEnvironmentVariable("PDEDSL_MPI_LIBRARY", "/nonexistent/libmpich.so.12");
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();
            int code = PdeApp.Run(new Poisson2D(), new[] { "train", "--distributed", "--steps", "1" }, new PdeAppOptions { Output = output, Error = error });
            Assert.Equal(2, code);
            string line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("apt-get install mpich", line);
            Assert.Contains("/nonexistent/libmpich.so.12", line);
            Assert.Equal("", output.ToString());
        }
        finally
        {
            Environment.SetEnvironmentVariable("PDEDSL_MPI_LIBRARY", null);
        }
    }
}
