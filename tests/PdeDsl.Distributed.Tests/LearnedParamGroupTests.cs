using System.Collections.Generic;
using System.IO;
using PdeDsl;
using Samples.HeatInverse;
using Xunit;

namespace PdeDsl.Distributed.Tests;

/// <summary>Learned params in a data-parallel run: rank 0's value is broadcast at the start and the gradients averaged.</summary>
public sealed class LearnedParamGroupTests
{
    [Fact]
    public void Every_rank_starts_from_rank_0s_learned_param_and_ends_with_the_same_value()
    {
        var folder = Directory.CreateTempSubdirectory("pdedsl-learned-").FullName;
        try
        {
            var data = Path.Combine(folder, "heat.csv");
            HeatData.Write(data, 5, 0, 1);
            TrainingOptions Options(long seed) => new()
            {
                Steps = 5, Samples = 8, ValueSamples = 4, EvaluationSamples = 16, ValidationPoints = 40, ValidateEvery = 5,
                HiddenLayers = 2, HiddenWidth = 16, Device = DeviceOption.Cpu, Seed = seed,
                DataFiles = new Dictionary<string, string> { ["heat"] = data },
            };
            var problems = new[] { new HeatInverse(), new HeatInverse { Kappa = 0.3 } };
            var trainers = new[] { new Trainer(problems[0], Options(1)), new Trainer(problems[1], Options(2)) };
            try
            {
                var group = new InMemoryGroup(2);
                InMemoryGroup.OnEveryRank(2, r => { trainers[r].JoinGroup(group.Member(r)); return 0; });
                Assert.Equal(0.5, problems[1].Kappa); // rank 0's start, not the 0.3 rank 1 was given

                InMemoryGroup.OnEveryRank(2, r => trainers[r].Train());
                Assert.NotEqual(0.5, problems[0].Kappa);
                Assert.Equal(problems[0].Kappa, problems[1].Kappa);
                var checksums = InMemoryGroup.OnEveryRank(2, r => trainers[r].ReplicaChecksums());
                Assert.Equal(checksums[0][0], checksums[0][1]); // the checksum covers the learned param too
            }
            finally
            {
                foreach (var t in trainers) t.Dispose();
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
