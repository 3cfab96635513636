using System.Collections.Generic;
using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// The first layer's directional derivatives for a <see cref="DirectionalBackend"/>, added part by part in direction
/// order. For a first layer on x itself they are W_C v (shared by the batch where v is). With a periodic
/// <see cref="BaseNetwork.InputMap"/> φ they are W J_φ(x) v and, since φ bends, the curvature W (vᵀ∇²φ(x) v), both per
/// point; the input-space directions are kept too, for the differences' shifted inputs φ(x ± h v).
/// </summary>
internal sealed class FirstLayerTangents
{
    private readonly PeriodicInputMap? _map;
    private readonly Tensor _points;
    private readonly Tensor _w;
    private readonly long _n;
    private readonly List<Tensor> _tangents = new();
    private readonly List<Tensor> _curvatures = new();
    private readonly List<Tensor> _inputs = new();

    /// <summary>Tangents of <paramref name="network"/>'s first layer at <paramref name="points"/> [N, D].</summary>
    public FirstLayerTangents(BaseNetwork network, Tensor points)
    {
        _map = network.InputMap;
        _points = points;
        _w = network.FirstLayer.weight!;                                           // [h, D] or [h, D + P]
        _n = points.shape[0];
    }

    /// <summary>Whether the first layer reads x through a periodic map (then every part varies by point).</summary>
    public bool Mapped => _map is not null;

    /// <summary>The coordinate axes e_c of <paramref name="columns"/>.</summary>
    public void AddAxes(int[] columns)
    {
        if (_map is null) _tangents.Add(Columns(columns).t());                     // [A, h]
        else AddInput(Identity().index_select(0, Index(columns)));
    }

    /// <summary>e_a + e_b for each pair.</summary>
    public void AddPairs((int A, int B)[] pairs)
    {
        var a = pairs.Select(p => p.A).ToArray();
        var b = pairs.Select(p => p.B).ToArray();
        if (_map is null) _tangents.Add(Columns(a).add(Columns(b)).t());            // [P, h]
        else AddInput(Identity().index_select(0, Index(a)) + Identity().index_select(0, Index(b)));
    }

    /// <summary>Directions <paramref name="v"/> [M, |C|], [1, M, |C|] or [N, M, |C|] over <paramref name="columns"/>.</summary>
    public void Add(Tensor v, int[] columns)
    {
        if (v.dim() == 3 && v.shape[0] == 1) v = v.squeeze(0);
        if (_map is null)
        {
            _tangents.Add(v.matmul(Columns(columns).t()));                         // [M, h] or [N, M, h]
            return;
        }
        var shape = v.shape.ToArray();
        shape[^1] = _points.shape[1];
        AddInput(zeros(shape, dtype: v.dtype, device: v.device).index_copy(-1, Index(columns), v));
    }

    /// <summary>Every part's W-tangent as one [1 or N, M, h] tensor.</summary>
    public Tensor Tangents() => Stack(_tangents);

    /// <summary>Every part's curvature [N, M, h], or null when the first layer is affine in x (no curvature).</summary>
    public Tensor? Curvature() => _map is null ? null : Stack(_curvatures);

    /// <summary>The input-space directions [N, M, D] (only with a map).</summary>
    public Tensor Inputs() => _inputs.Count == 0
        ? zeros(_n, 0, _points.shape[1], dtype: _points.dtype, device: _points.device)
        : cat(_inputs.ToArray(), 1);

    // A part given as input-space directions V [M, D] or [N, M, D]: J_φ V and Vᵀ∇²φ V per point, through W.
    private void AddInput(Tensor v)
    {
        var (tangent, curvature) = _map!.Directional(_points, v);                  // [N, M, D + P] each
        var wt = _w.t();
        _tangents.Add(tangent.matmul(wt));
        _curvatures.Add(curvature.matmul(wt));
        _inputs.Add(v.dim() == 3 ? v : v.unsqueeze(0).expand(_n, -1, -1));
    }

    // The parts as one [1 or N, M, h] tensor: shared ones ([M_i, h]) expanded over the batch when another varies by point.
    private Tensor Stack(List<Tensor> parts)
    {
        if (parts.Count == 0) return zeros(1, 0, _w.shape[0], dtype: _w.dtype, device: _w.device);
        if (!parts.Any(p => p.dim() == 3)) return cat(parts.ToArray(), 0).unsqueeze(0);
        return cat(parts.Select(p => p.dim() == 3 ? p : p.unsqueeze(0).expand(_n, -1, -1)).ToArray(), 1);
    }

    private Tensor Identity() => eye(_points.shape[1], dtype: _points.dtype, device: _points.device);

    private Tensor Index(int[] columns) => tensor(columns.Select(c => (long)c).ToArray(), device: _points.device);

    // W's columns (a view for the usual x block).
    private Tensor Columns(int[] columns) => ColumnSelection.Of(_w, 1, columns);
}
