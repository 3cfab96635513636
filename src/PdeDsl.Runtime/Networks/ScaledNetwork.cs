using System;
using System.Linq;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// s·g: a base network g whose outputs are multiplied by fixed scales s, one per unknown, so that a solution of size s
/// asks g for outputs of size 1 (docs/training.md, "Output scale"). The scales are constants, not parameters: Adam
/// moves each weight by about the learning rate, which tanh units bounded by 1 turn into an output of size 47 only
/// through large weights over saturated units. Every value and derivative is scaled alike, so each backend sees one network.
/// </summary>
internal sealed class ScaledNetwork : BaseNetwork
{
    private readonly BaseNetwork _inner;
    private readonly double[] _scales;

    /// <summary>s·<paramref name="inner"/> with one scale per output of <paramref name="inner"/>; it holds no weights of its own.</summary>
    public ScaledNetwork(BaseNetwork inner, double[] scales) : base(nameof(ScaledNetwork))
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(scales);
        if (scales.Length != inner.Outputs)
            throw new ArgumentException($"One scale per output: the network has {inner.Outputs}, not {scales.Length}.", nameof(scales));
        if (scales.Any(s => !(s > 0) || !double.IsFinite(s)))
            throw new ArgumentException($"Output scales must be positive and finite, not {string.Join(", ", scales)}.", nameof(scales));
        _inner = inner;
        _scales = scales;
    }

    /// <inheritdoc />
    public override int InputDimension => _inner.InputDimension;

    /// <inheritdoc />
    public override int Outputs => _inner.Outputs;

    /// <inheritdoc />
    public override Linear FirstLayer => _inner.FirstLayer;

    /// <inheritdoc />
    public override InputMap? InputMap => _inner.InputMap;

    /// <inheritdoc />
    public override bool SupportsJets => _inner.SupportsJets;

    /// <inheritdoc />
    public override Tensor ForwardFromFirstLayer(Tensor firstLayerOutput) => Scale(_inner.ForwardFromFirstLayer(firstLayerOutput));

    /// <inheritdoc />
    public override (Tensor Value, Tensor First, Tensor Second) ForwardJets(Tensor firstLayerOutput, Tensor firstLayerTangents, Tensor? firstLayerCurvature = null)
    {
        var (value, first, second) = _inner.ForwardJets(firstLayerOutput, firstLayerTangents, firstLayerCurvature);
        return (Scale(value), Scale(first), Scale(second));
    }

    // Outputs keep the unknowns on their last axis when there are several, so one [m] row broadcasts over every shape.
    private Tensor Scale(Tensor output) => _scales.Length == 1
        ? output.mul(_scales[0])
        : output.mul(tensor(_scales, dtype: output.dtype, device: output.device));
}
