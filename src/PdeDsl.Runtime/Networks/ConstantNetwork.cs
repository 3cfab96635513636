using System;
using System.Linq;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// The network whose outputs are the constants c everywhere (every derivative 0): the trainer evaluates the problem's
/// loss through it to find the constant that fits the problem's data and forcing best, the size the output scale follows.
/// </summary>
internal sealed class ConstantNetwork : BaseNetwork
{
    private readonly Linear _first;
    private readonly double[] _values;

    /// <summary>The constants <paramref name="values"/> (one per unknown) on <paramref name="inputDimension"/> inputs.</summary>
    public ConstantNetwork(int inputDimension, double[] values, ScalarType dtype, Device device) : base(nameof(ConstantNetwork))
    {
        ArgumentNullException.ThrowIfNull(values);
        InputDimension = inputDimension;
        _values = values;
        // One unit with zero weights: the Stein and directional backends read the first layer's shift, which is 0 here.
        _first = nn.Linear(inputDimension, 1, hasBias: true, dtype: dtype, device: device);
        using var _ = no_grad();
        _first.weight!.zero_();
        _first.bias!.zero_();
    }

    /// <inheritdoc />
    public override int InputDimension { get; }

    /// <inheritdoc />
    public override int Outputs => _values.Length;

    /// <inheritdoc />
    public override Linear FirstLayer => _first;

    /// <inheritdoc />
    public override bool SupportsJets => true;

    /// <inheritdoc />
    public override Tensor ForwardFromFirstLayer(Tensor firstLayerOutput) => Constant(firstLayerOutput.narrow(-1, 0, 1).squeeze(-1));

    /// <inheritdoc />
    public override (Tensor Value, Tensor First, Tensor Second) ForwardJets(Tensor firstLayerOutput, Tensor firstLayerTangents, Tensor? firstLayerCurvature = null)
    {
        var value = Constant(firstLayerOutput.narrow(-1, 0, 1).squeeze(-1));   // [N] or [N, m]
        long n = firstLayerOutput.shape[0], directions = firstLayerTangents.shape[1];
        var shape = _values.Length == 1 ? new[] { n, directions } : new[] { n, directions, (long)_values.Length };
        var first = zeros(shape, dtype: firstLayerOutput.dtype, device: firstLayerOutput.device);
        return (value, first, zeros_like(first));
    }

    // c at every row of shape: [...] for one unknown, [..., m] for several.
    private Tensor Constant(Tensor shape) => _values.Length == 1
        ? full_like(shape, _values[0])
        : tensor(_values, dtype: shape.dtype, device: shape.device).expand(shape.shape.Append(_values.Length).ToArray()).contiguous();
}
