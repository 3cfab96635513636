using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// The map x ↦ x_C / s_C in front of a network's first layer for some coordinates C (the others pass through): a
/// coordinate whose components are small where the problem lives (the unit ball of R^20 has components of size 0.13)
/// reaches the tanh units almost linearly, and the network learns its quadratic and higher parts slowly; read at size 1,
/// it learns them at the usual rate. The map is linear, so its tangent is v_C / s_C and its curvature 0.
/// </summary>
public sealed class ScaledInputMap : InputMap
{
    private readonly CoordinateScale[] _scales;
    private readonly double[] _factors;

    /// <summary>The map for <paramref name="scales"/> of a <paramref name="inputDimension"/>-wide input; overlapping or bad ones are an ArgumentException.</summary>
    public ScaledInputMap(int inputDimension, IReadOnlyList<CoordinateScale> scales)
    {
        ArgumentNullException.ThrowIfNull(scales);
        if (scales.Count == 0) throw new ArgumentException("A scaled input map needs at least one coordinate.", nameof(scales));
        _factors = Enumerable.Repeat(1.0, inputDimension).ToArray();
        var taken = new bool[inputDimension];
        foreach (var s in scales)
        {
            if (s.Length < 1 || s.Offset < 0 || s.Offset + s.Length > inputDimension)
                throw new ArgumentException($"The scaled columns {s.Offset}..{s.Offset + s.Length - 1} are outside the {inputDimension} inputs.", nameof(scales));
            if (!(s.Scale > 0) || !double.IsFinite(s.Scale))
                throw new ArgumentException($"The scale of columns {s.Offset}..{s.Offset + s.Length - 1} must be a positive finite number, not {s.Scale}.", nameof(scales));
            for (int c = s.Offset; c < s.Offset + s.Length; c++)
            {
                if (taken[c]) throw new ArgumentException($"Column {c} is scaled twice.", nameof(scales));
                taken[c] = true;
                _factors[c] = 1 / s.Scale;
            }
        }
        InputDimension = inputDimension;
        _scales = scales.ToArray();
    }

    /// <inheritdoc/>
    public override int InputDimension { get; }

    /// <summary>The first layer's input width: D, as without the map.</summary>
    public override int FeatureDimension => InputDimension;

    /// <summary>The scaled coordinates.</summary>
    public IReadOnlyList<CoordinateScale> Scales => _scales;

    /// <summary>The tag of this map's description (checkpoints store it; <c>Solution.Load</c> reads the map back by it).</summary>
    internal const string Tag = "scaled";

    /// <summary>"scaled:first..last:scale" per coordinate, comma-separated (invariant culture, round-trip numbers).</summary>
    public override string ToString() => string.Join(",", _scales.Select(s => string.Create(CultureInfo.InvariantCulture, $"{Tag}:{s.Offset}..{s.Offset + s.Length - 1}:{s.Scale:R}")));

    /// <inheritdoc/>
    public override Tensor Apply(Tensor x)
    {
        Check(x);
        return x.mul(Factors(x, Enumerable.Range(0, InputDimension)));
    }

    /// <summary>Along v the tangent is v scaled like x and the curvature 0 (the map is linear).</summary>
    public override (Tensor Tangent, Tensor Curvature) Directional(Tensor x, Tensor v)
    {
        Check(x);
        var directions = v.dim() == 2 ? v.unsqueeze(0) : v;
        var tangent = directions.mul(Factors(x, Enumerable.Range(0, InputDimension))).expand(x.shape[0], directions.shape[1], directions.shape[2]);
        return (tangent, zeros_like(tangent));
    }

    /// <summary>W's columns C scaled by 1/s: (v ∘ 1/s_C) W_Cᵀ, shared by the batch where v is; curvature 0 in the same shape.</summary>
    internal override (Tensor Tangent, Tensor Curvature) FirstLayerDirectional(Tensor weight, Tensor x, Tensor v, int[] columns)
    {
        var w = ColumnSelection.Of(weight, 1, columns);
        var tangent = v.mul(Factors(v, columns)).matmul(w.t());                 // [M, h] or [N, M, h]
        return (tangent, zeros_like(tangent));
    }

    /// <summary>W with each column divided by its scale: the first layer's weight on x itself.</summary>
    internal override Tensor? LinearWeight(Tensor weight) => weight.mul(Factors(weight, Enumerable.Range(0, InputDimension)));

    private Tensor Factors(Tensor like, IEnumerable<int> columns) =>
        tensor(columns.Select(c => _factors[c]).ToArray(), dtype: like.dtype, device: like.device);

    private void Check(Tensor x)
    {
        if (x.shape[^1] != InputDimension)
            throw new ArgumentException($"The scaled input map expects {InputDimension} input columns, not {x.shape[^1]}.", nameof(x));
    }
}
