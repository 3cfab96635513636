using System;
using System.Collections.Generic;
using System.Linq;
using TorchSharp;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// A fixed list of tensors (the network's parameters, later also learned params) laid end to end in one flat host
/// buffer, so that one collective operation moves all of them: one all-reduce per step, not one per layer. Extra
/// scalars (the step's loss, a stop flag) ride at the end of the same buffer. Staged through the host, so it works
/// for GPU tensors with any MPI library (CUDA-aware or not).
/// </summary>
internal sealed class FlatParameters
{
    private readonly Tensor[] _tensors;

    public FlatParameters(IEnumerable<Tensor> tensors)
    {
        ArgumentNullException.ThrowIfNull(tensors);
        _tensors = tensors.ToArray();
        if (_tensors.Length == 0) throw new ArgumentException("There are no parameters to exchange.", nameof(tensors));
        DType = _tensors[0].dtype;
        if (DType is not (ScalarType.Float32 or ScalarType.Float64) || _tensors.Any(t => t.dtype != DType))
            throw new ArgumentException($"Parameters must all be float32 or all float64 (the first is {DType}).", nameof(tensors));
        Count = _tensors.Sum(t => t.numel());
    }

    /// <summary>Elements of all the tensors together (without extras).</summary>
    public long Count { get; }

    /// <summary>float32 or float64.</summary>
    public ScalarType DType { get; }

    /// <summary>Bytes of one element.</summary>
    public int ElementBytes => DType == ScalarType.Float64 ? 8 : 4;

    /// <summary>
    /// The flat host buffer of <paramref name="pick"/>(t) for every tensor t (a tensor of t's shape; null: zeros), then
    /// <paramref name="extras"/>.
    /// </summary>
    public Tensor Gather(Func<Tensor, Tensor?> pick, params double[] extras)
    {
        using var noGrad = no_grad();
        var parts = _tensors.Select(t => (pick(t) ?? zeros_like(t)).detach().flatten())
            .Append(tensor(extras, dtype: DType, device: _tensors[0].device))
            .ToArray();
        return cat(parts, 0).cpu();
    }

    /// <summary>Copies the buffer's first <see cref="Count"/> elements back into <paramref name="target"/>(t) of every tensor t.</summary>
    public void Scatter(Tensor flat, Func<Tensor, Tensor> target)
    {
        using var noGrad = no_grad();
        var onDevice = flat.to(_tensors[0].device);
        long offset = 0;
        foreach (var t in _tensors)
        {
            long n = t.numel();
            target(t).copy_(onDevice.narrow(0, offset, n).view_as(t));
            offset += n;
        }
    }

    /// <summary>
    /// Sends <paramref name="flat"/> (a host buffer from <see cref="Gather"/>) through <paramref name="group"/>: summed over
    /// ranks (<paramref name="sum"/>) or replaced by rank 0's; returns the result as a new host tensor.
    /// </summary>
    public static Tensor Exchange(ICommunicator group, Tensor flat, bool sum)
    {
        if (flat.dtype == ScalarType.Float64)
        {
            double[] values = flat.data<double>().ToArray();
            if (sum) group.SumInPlace(values); else group.BroadcastFromLeader(values);
            return tensor(values);
        }
        float[] floats = flat.data<float>().ToArray();
        if (sum) group.SumInPlace(floats); else group.BroadcastFromLeader(floats);
        return tensor(floats);
    }
}
