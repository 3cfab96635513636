using System;
using System.Collections.Generic;
using System.Diagnostics;
using TorchSharp;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// Data-parallel gradient averaging: after each rank's backward pass, one all-reduce over one flat buffer (every
/// parameter's gradient, then the step's loss and a stop flag) replaces each gradient by its mean over the ranks.
/// Each rank's loss is a mean over its own N points, so for equal per-rank batches the averaged gradient is the
/// gradient of the mean loss over all P·N points: the step a single process would take with the union batch.
/// More parameters (learned params) join by being listed; the buffer layout is their order.
/// </summary>
public sealed class GradientAverager
{
    private readonly ICommunicator _group;
    private readonly FlatParameters _layout;

    /// <summary>Averages the gradients of <paramref name="parameters"/> (all float32 or all float64) over <paramref name="group"/>.</summary>
    public GradientAverager(ICommunicator group, IEnumerable<Tensor> parameters)
    {
        _group = group ?? throw new ArgumentNullException(nameof(group));
        _layout = new FlatParameters(parameters);
    }

    /// <summary>Bytes each rank contributes to one step's all-reduce (gradients, loss and stop flag).</summary>
    public long BytesPerStep => (_layout.Count + 2) * _layout.ElementBytes;

    // Exact in float32 beside any count of stop requests from fewer than 4096 ranks.
    private const int TargetFlag = 4096;

    /// <summary>All-reduces so far.</summary>
    public int Calls { get; private set; }

    /// <summary>Seconds spent inside the all-reduce so far (waiting for slower ranks included), host staging excluded.</summary>
    public double Seconds { get; private set; }

    /// <summary>
    /// Replaces every gradient by its mean over the ranks and returns the agreed loss and stop flag. Every rank must call this
    /// once per step, also when its own loss is not finite (the mean is then not finite either, so every rank skips the update).
    /// </summary>
    /// <param name="loss">This rank's loss for the step.</param>
    /// <param name="stopRequested">Whether this rank was asked to stop (Ctrl+C, a signal).</param>
    /// <param name="targetMet">Whether this rank (rank 0, the one that validates) met an --until target.</param>
    public StepAgreement Average(double loss, bool stopRequested, bool targetMet = false)
    {
        // One slot carries both: each stop request counts 1, a met target TargetFlag (more than any number of ranks).
        var flat = _layout.Gather(p => p.grad, loss, (stopRequested ? 1 : 0) + (targetMet ? TargetFlag : 0));
        var clock = Stopwatch.StartNew();
        var summed = FlatParameters.Exchange(_group, flat, sum: true);
        Seconds += clock.Elapsed.TotalSeconds;
        Calls++;
        summed.div_(_group.Size);
        _layout.Scatter(summed, p => p.grad ?? (p.grad = zeros_like(p)));
        double meanLoss = summed[_layout.Count].ToDouble();
        double flags = Math.Round(summed[_layout.Count + 1].ToDouble() * _group.Size);
        return new StepAgreement(meanLoss, flags > 0, flags >= TargetFlag);
    }
}
