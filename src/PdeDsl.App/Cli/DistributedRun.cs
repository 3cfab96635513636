using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace PdeDsl;

/// <summary>
/// What <c>train --distributed</c> adds to a run: joining the ranks (MPI only here), a seed per rank, a GPU per local
/// rank, resuming every rank from rank 0's checkpoint, rank 0's weights for all, and the report's <c>ranks</c>,
/// <c>replicaChecksums</c> and all-reduce figures.
/// </summary>
internal static class DistributedRun
{
    // Far apart, so rank r's value-noise seed (seed + 1) never meets another rank's seed.
    private const long SeedStride = 1_000_003;

    /// <summary>The ranks of this run when --distributed is given (loads MPICH; a clear error when it is missing); null otherwise.</summary>
    public static ICommunicator? Start(DistributedCommandOptions cli, ParseResult parsed)
    {
        if (!parsed.GetValue(cli.Distributed)) return null;
        double timeout = parsed.GetValue(cli.CollectiveTimeout);
        if (!(timeout > 0) || !double.IsFinite(timeout))
            throw new ArgumentException($"--collective-timeout must be a positive number of seconds, not {timeout}.");
        return MpiCommunicator.Start(TimeSpan.FromSeconds(timeout));
    }

    /// <summary>
    /// <paramref name="options"/> for this rank: its own seed (its own points and noise; rank 0 keeps the given one, so one rank
    /// trains exactly like a run without --distributed), and its own GPU.
    /// </summary>
    public static TrainingOptions ForRank(TrainingOptions options, ICommunicator group)
    {
        LocalGpu.Pin(options.Device, group.LocalRank);
        return options with { Seed = options.Seed + SeedStride * group.Rank };
    }

    /// <summary>Resumes every rank from rank 0's checkpoint if it has one, then joins the group (rank 0's weights for all).</summary>
    public static void Join(Trainer trainer, ICommunicator group, TextWriter output)
    {
        string? path = trainer.Options.CheckpointPath;
        if (trainer.ResumeFromLeader(group, path))
            output.WriteLine($"Resuming from step {trainer.CompletedSteps} of checkpoint '{path}' (rank 0's, on every rank).");
        trainer.JoinGroup(group);
        var o = trainer.Options;
        output.WriteLine($"Distributed over {group.Size} MPI ranks: each draws {o.InteriorPoints}+{o.ConditionPoints} points per step "
            + $"(global batch {group.Size * o.InteriorPoints}+{group.Size * o.ConditionPoints}); gradients averaged by one all-reduce of "
            + $"{trainer.Averager!.BytesPerStep} bytes per step.");
    }

    /// <summary>
    /// Adds <c>ranks</c> and <c>replicaChecksums</c> (every rank's, gathered: a collective, so every rank calls this) to the
    /// report, and the all-reduce's bytes and time per step for a distributed run. Returns whether all replicas are equal.
    /// </summary>
    public static bool AddTo(JsonObject report, Trainer trainer)
    {
        var checksums = trainer.ReplicaChecksums();
        report["ranks"] = trainer.Group?.Size ?? 1;
        report["replicaChecksums"] = new JsonArray(checksums.Select(c => (JsonNode)JsonValue.Create(c)!).ToArray());
        if (trainer.Averager is { } averager)
        {
            report["allReduce"] = new JsonObject
            {
                ["bytesPerStep"] = averager.BytesPerStep,
                ["calls"] = averager.Calls,
                ["seconds"] = TrainingReport.Number(averager.Seconds),
                ["secondsPerStep"] = TrainingReport.Number(averager.Seconds / Math.Max(1, averager.Calls)),
            };
        }
        return ReplicaChecksum.AllEqual(checksums);
    }
}
