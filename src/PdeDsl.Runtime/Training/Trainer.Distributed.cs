using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PdeDsl;

public sealed partial class Trainer
{
    private ICommunicator? _group;
    private GradientAverager? _averager;
    private bool _stopAgreed;
    private bool _targetAgreed;

    /// <summary>The data-parallel group this trainer belongs to (<see cref="JoinGroup"/>); null: it trains alone.</summary>
    public ICommunicator? Group => _group;

    /// <summary>The gradient averaging of a data-parallel run (its all-reduce time and bytes); null when training alone.</summary>
    public GradientAverager? Averager => _averager;

    /// <summary>Whether this process validates and writes progress, reports, checkpoints and plots: rank 0, or a trainer alone.</summary>
    public bool IsLeader => _group is null || _group.Rank == 0;

    /// <summary>
    /// Joins a data-parallel group (docs/distributed.md): every rank calls this after constructing its trainer (with its own
    /// seed, so each draws its own points and noise) and after <see cref="ResumeFromLeader"/>. Rank 0's weights are broadcast
    /// to all; from then on each step's gradients are averaged over the ranks by one all-reduce before Adam's step, so the
    /// replicas stay equal. Validation and checkpoints happen on rank 0 only.
    /// </summary>
    public void JoinGroup(ICommunicator group)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (_group is not null) throw new InvalidOperationException("This trainer has already joined a group.");
        var parameters = TrainedParameters();
        var layout = new FlatParameters(parameters);
        layout.Scatter(FlatParameters.Exchange(group, layout.Gather(p => p), sum: false), p => p);
        SyncLearnedParams(); // rank 0's learned params came with its weights
        long[] steps = group.AllGather(CompletedSteps);
        if (steps.Distinct().Count() > 1)
            throw new InvalidOperationException($"The ranks start from different steps ({string.Join(", ", steps)}); every rank must resume from rank 0's checkpoint.");
        _group = group;
        _averager = new GradientAverager(group, parameters);
    }

    /// <summary>
    /// Resumes every rank of <paramref name="group"/> from rank 0's checkpoint at <paramref name="path"/> when rank 0 has it:
    /// rank 0 reads the file and broadcasts its bytes, so the other ranks need no shared file system. Returns whether it resumed.
    /// </summary>
    public bool ResumeFromLeader(ICommunicator group, string? path)
    {
        ArgumentNullException.ThrowIfNull(group);
        byte[] bytes = group.Rank == 0 && path is not null && File.Exists(path) ? File.ReadAllBytes(path) : Array.Empty<byte>();
        long[] length = { bytes.LongLength };
        group.BroadcastFromLeader(length);
        if (length[0] == 0) return false;
        if (group.Rank != 0) bytes = new byte[length[0]];
        group.BroadcastFromLeader(bytes);
        using var stream = new MemoryStream(bytes, writable: false);
        LoadCheckpoint(stream, path ?? "rank 0's checkpoint");
        return true;
    }

    /// <summary>The checksum of every rank's weights in rank order (a collective: every rank calls it); equal replicas give equal checksums.</summary>
    public IReadOnlyList<string> ReplicaChecksums()
    {
        string mine = ReplicaChecksum.Of(TrainedParameters());
        return _group is null
            ? new[] { mine }
            : _group.AllGather(ReplicaChecksum.AsNumber(mine)).Select(ReplicaChecksum.FromNumber).ToArray();
    }

    // Everything Adam updates, in its order: the network's weights, and whatever else joins the optimiser (learned params).
    private TorchSharp.Modules.Parameter[] TrainedParameters() => _optimizer.parameters().ToArray();

    // After backward: one all-reduce averages the gradients and agrees on the loss and on stopping.
    private double AverageOverRanks(double loss, bool stopRequested, bool targetMet)
    {
        var agreed = _averager!.Average(loss, stopRequested, targetMet);
        _stopAgreed = agreed.Stop;
        _targetAgreed = agreed.TargetMet;
        return agreed.MeanLoss;
    }
}
