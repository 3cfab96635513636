using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// The map x ↦ (x, r_1(x), ..., r_G(x)) that gives the first layer each vector coordinate's squared norm, scaled to
/// size 1, r_g = |x_C|²/s_g (C: the coordinate's columns, s_g: the mean of |x_C|² over the problem's points), beside x. A tanh network in 1000 dimensions does not learn
/// |x|² from samples (docs/training.md, "Radial feature"), while solutions on R^n and in balls often depend on it
/// (the HJB's u(t, |x|)). Opt-in: the <c>radial-feature</c> setting; with <see cref="Only"/> (<c>radial-feature = only</c>)
/// the coordinates' own columns reach the first layer as zeros, so f depends on x through r alone: for solutions that
/// are radial by symmetry, f is then a function of the few other inputs and r.
/// </summary>
public sealed class RadialInputMap : InputMap
{
    private readonly RadialGroup[] _groups;
    private readonly double[] _keep;

    /// <summary>
    /// The map of the coordinates <paramref name="groups"/> of a <paramref name="inputDimension"/>-wide input; with
    /// <paramref name="only"/> their columns are replaced by the features rather than kept beside them.
    /// </summary>
    public RadialInputMap(int inputDimension, IReadOnlyList<RadialGroup> groups, bool only = false)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Count == 0) throw new ArgumentException("A radial input map needs at least one vector coordinate.", nameof(groups));
        var seen = new HashSet<int>();
        foreach (var (offset, length, scale) in groups)
        {
            if (!(scale > 0) || double.IsInfinity(scale))
                throw new ArgumentException($"The radial feature's scale must be positive and finite, not {scale}.", nameof(groups));
            if (length < 1 || offset < 0 || offset + length > inputDimension)
                throw new ArgumentException($"The radial columns {offset}..{offset + length - 1} are outside the {inputDimension} inputs.", nameof(groups));
            for (int c = offset; c < offset + length; c++)
                if (!seen.Add(c)) throw new ArgumentException($"The column {c} is in two radial groups.", nameof(groups));
        }
        InputDimension = inputDimension;
        _groups = groups.ToArray();
        Only = only;
        _keep = Enumerable.Range(0, inputDimension).Select(c => only && seen.Contains(c) ? 0.0 : 1.0).ToArray();
    }

    /// <summary>Whether the coordinates' columns reach the first layer as zeros (f depends on them through r only).</summary>
    public bool Only { get; }

    /// <inheritdoc/>
    public override int InputDimension { get; }

    /// <summary>D plus one mean square per vector coordinate.</summary>
    public override int FeatureDimension => InputDimension + _groups.Length;

    /// <summary>The coordinates' columns and scales.</summary>
    public IReadOnlyList<RadialGroup> Groups => _groups;

    /// <summary>The tags of this map's description, beside x and instead of it (<c>Solution.Load</c> reads the map back by them).</summary>
    internal const string Tag = "radial", OnlyTag = "radial-only";

    /// <summary>"radial:first..last:scale" ("radial-only:..." with <see cref="Only"/>) per coordinate, comma-separated (checkpoints compare it; round-trip numbers).</summary>
    public override string ToString() => string.Join(",", _groups.Select(g => string.Create(CultureInfo.InvariantCulture, $"{(Only ? OnlyTag : Tag)}:{g.Offset}..{g.Offset + g.Length - 1}:{g.Scale:R}")));

    /// <inheritdoc/>
    public override Tensor Apply(Tensor x)
    {
        Check(x);
        return cat(new[] { Keep(x) }.Concat(_groups.Select(g => x.narrow(-1, g.Offset, g.Length).square().sum(-1, keepdim: true).div(g.Scale))).ToArray(), -1);
    }

    /// <summary>
    /// Along v: the tangent is (v, 2 x_C·v_C/s) and the curvature (0, 2|v_C|²/s): x passes through linearly, and
    /// each feature is a quadratic.
    /// </summary>
    public override (Tensor Tangent, Tensor Curvature) Directional(Tensor x, Tensor v)
    {
        Check(x);
        long n = x.shape[0];
        var directions = (v.dim() == 2 ? v.unsqueeze(0) : v).expand(n, -1, -1);            // [N, M, D]
        var tangents = new List<Tensor> { Keep(directions) };
        var curvatures = new List<Tensor> { zeros_like(directions) };
        foreach (var (offset, length, scale) in _groups)
        {
            var vc = directions.narrow(-1, offset, length);
            var xc = x.narrow(-1, offset, length).unsqueeze(1);
            tangents.Add(vc.mul(xc).sum(-1, keepdim: true).mul(2.0 / scale));
            curvatures.Add(vc.square().sum(-1, keepdim: true).mul(2.0 / scale));
        }
        return (cat(tangents.ToArray(), -1), cat(curvatures.ToArray(), -1));
    }

    /// <summary>
    /// W J_φ v = W_x v + Σ_g w_g·2(x_C·v_C)/s_g and W(vᵀ∇²φ v) = Σ_g w_g·2|v_C|²/s_g (w_g: the feature's column of W): the
    /// D-wide product stays W_x v, shared by the batch where v is, and the map adds an outer product per point.
    /// </summary>
    internal override (Tensor Tangent, Tensor Curvature) FirstLayerDirectional(Tensor weight, Tensor x, Tensor v, int[] columns)
    {
        Check(x);
        var w = ColumnSelection.Of(weight, 1, columns);
        if (Only) w = w.mul(tensor(columns.Select(c => _keep[c]).ToArray(), dtype: w.dtype, device: w.device));
        var tangent = v.matmul(w.t());                                                       // [M, h] or [N, M, h]
        var curvature = zeros_like(tangent);
        for (int g = 0; g < _groups.Length; g++)
        {
            var (offset, length, scale) = _groups[g];
            var inside = columns.Select((c, i) => (c, i)).Where(p => p.c >= offset && p.c < offset + length).ToArray();
            if (inside.Length == 0) continue;
            var vc = ColumnSelection.Of(v, v.dim() - 1, inside.Select(p => p.i).ToArray());    // [M, P] or [N, M, P]
            var xc = ColumnSelection.Of(x, 1, inside.Select(p => p.c).ToArray());                // [N, P]
            var dot = v.dim() == 2 ? xc.matmul(vc.t()) : vc.mul(xc.unsqueeze(1)).sum(-1);     // [N, M]
            var wg = weight.select(1, InputDimension + g);                                    // [h]
            tangent = tangent + dot.mul(2.0 / scale).unsqueeze(-1) * wg;
            curvature = curvature + vc.square().sum(-1).mul(2.0 / scale).unsqueeze(-1) * wg;
        }
        return (tangent, curvature);
    }

    // x with the replaced columns zeroed (x itself when nothing is replaced).
    private Tensor Keep(Tensor x) => Only ? x.mul(tensor(_keep, dtype: x.dtype, device: x.device)) : x;

    private void Check(Tensor x)
    {
        if (x.shape[^1] != InputDimension)
            throw new ArgumentException($"The radial input map expects {InputDimension} input columns, not {x.shape[^1]}.", nameof(x));
    }
}
