using System.Collections.Generic;
using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// The first layer's directional derivatives for a <see cref="DirectionalBackend"/>, added part by part in direction
/// order. For a first layer on x itself they are W_C v (shared by the batch where v is). With an
/// <see cref="BaseNetwork.InputMap"/> φ (periodic or radial) they are W J_φ(x) v and, since φ bends, the curvature
/// W (vᵀ∇²φ(x) v), both per point, as the map computes them; the directions are kept too, for the differences' shifted
/// inputs φ(x ± h v).
/// </summary>
internal sealed class FirstLayerTangents
{
    private readonly InputMap? _map;
    private readonly Tensor _points;
    private readonly Tensor _w;
    private readonly long _n;
    private readonly List<Tensor> _tangents = new();
    private readonly List<Tensor> _curvatures = new();
    private readonly List<(Tensor V, int[] Columns)> _inputs = new();

    /// <summary>Tangents of <paramref name="network"/>'s first layer at <paramref name="points"/> [N, D].</summary>
    public FirstLayerTangents(BaseNetwork network, Tensor points)
    {
        _points = points;
        _w = network.FirstLayer.weight!;                                           // [h, D] or [h, D + P]
        // A linear map (the scaled one) is part of the weight: W A v is shared by the batch, and nothing bends.
        if (network.InputMap?.LinearWeight(_w) is { } linear) _w = linear;
        else _map = network.InputMap;
        _n = points.shape[0];
    }

    /// <summary>Whether the first layer reads x through an input map (then parts vary by point, or are shared where the map adds nothing along them).</summary>
    public bool Mapped => _map is not null;

    /// <summary>The coordinate axes e_c of <paramref name="columns"/>.</summary>
    public void AddAxes(int[] columns)
    {
        if (_map is null) _tangents.Add(Columns(columns).t());                     // [A, h]
        else AddMapped(eye(columns.Length, dtype: _points.dtype, device: _points.device), columns);
    }

    /// <summary>e_a + e_b for each pair.</summary>
    public void AddPairs((int A, int B)[] pairs)
    {
        var a = pairs.Select(p => p.A).ToArray();
        var b = pairs.Select(p => p.B).ToArray();
        if (_map is null) _tangents.Add(Columns(a).add(Columns(b)).t());            // [P, h]
        else AddMapped(Identity().index_select(0, Index(a)) + Identity().index_select(0, Index(b)), Enumerable.Range(0, (int)_points.shape[1]).ToArray());
    }

    /// <summary>Directions <paramref name="v"/> [M, |C|], [1, M, |C|] or [N, M, |C|] over <paramref name="columns"/>.</summary>
    public void Add(Tensor v, int[] columns)
    {
        if (v.dim() == 3 && v.shape[0] == 1) v = v.squeeze(0);
        if (_map is null) _tangents.Add(v.matmul(Columns(columns).t()));          // [M, h] or [N, M, h]
        else AddMapped(v, columns);
    }

    /// <summary>Every part's W-tangent as one [1 or N, M, h] tensor.</summary>
    public Tensor Tangents() => Stack(_tangents);

    /// <summary>Every part's curvature [N, M, h], or null when the first layer is affine in x (no curvature).</summary>
    public Tensor? Curvature() => _map is null ? null : Stack(_curvatures);

    /// <summary>The input-space directions [N, M, D] (only with a map; built when the differences ask, D wide).</summary>
    public Tensor Inputs() => _inputs.Count == 0
        ? zeros(_n, 0, _points.shape[1], dtype: _points.dtype, device: _points.device)
        : cat(_inputs.Select(p => InputMap.Widen(_points, p.V, p.Columns)).Select(v => v.dim() == 3 ? v : v.unsqueeze(0).expand(_n, -1, -1)).ToArray(), 1);

    // A part given as directions V [M, |C|] or [N, M, |C|] over columns C: W J_φ V and W Vᵀ∇²φ V per point, from the map.
    private void AddMapped(Tensor v, int[] columns)
    {
        var (tangent, curvature) = _map!.FirstLayerDirectional(_w, _points, v, columns);
        _tangents.Add(tangent);
        _curvatures.Add(curvature);
        _inputs.Add((v, columns));
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
