using System;
using System.Collections.Generic;
using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// A region of R^d as users draw it: boxes, balls (disks), polygons, and their unions, intersections and differences.
/// It says which points it contains, samples points uniformly inside it (by rejection from its bounding box) and on its
/// boundary uniformly by length or area with the outward unit normal at each point, each point tagged with the named
/// shape whose boundary it lies on (a hole's circle, a box's faces). The language's geometry builds on it.
/// </summary>
public abstract class Region
{
    private protected Region(int dimension) => Dimension = dimension;

    /// <summary>The dimension d of the space the region lies in.</summary>
    public int Dimension { get; }

    /// <summary>An axis-aligned box that contains the region.</summary>
    public abstract (double[] Lower, double[] Upper) Bounds { get; }

    /// <summary>Whether each row of <paramref name="points"/> [N, d] lies in the closed region: bool [N].</summary>
    public abstract Tensor Contains(Tensor points);

    /// <summary>Whether each row lies in the region's interior (the open set): what a hole cut out of another region removes.</summary>
    internal abstract Tensor ContainsInterior(Tensor points);

    /// <summary>The pieces of the boundary, each with the part of it that bounds this region.</summary>
    internal abstract IReadOnlyList<BoundaryPiece> Pieces { get; }

    /// <summary>The names of the shapes whose boundaries bound the region, in piece order (a name once).</summary>
    public IReadOnlyList<string> BoundaryNames => Pieces.Select(p => p.Name).Distinct().ToList();

    /// <summary>A box [lower, upper] in as many dimensions as the bounds have.</summary>
    public static Region Box(double[] lower, double[] upper, string name = "box") => new BoxRegion(lower, upper, name);

    /// <summary>The ball of <paramref name="radius"/> around <paramref name="center"/> (a disk in 2-D).</summary>
    public static Region Ball(double[] center, double radius, string name = "ball") => new BallRegion(center, radius, name);

    /// <summary>The disk of <paramref name="radius"/> around (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public static Region Disk(double x, double y, double radius, string name = "disk") => new BallRegion(new[] { x, y }, radius, name);

    /// <summary>A simple polygon of the plane (its edges may not cross), vertices in either orientation.</summary>
    public static Region Polygon(IReadOnlyList<(double X, double Y)> vertices, string name = "polygon") => new PolygonRegion(vertices, name);

    /// <summary>The points in this region or in <paramref name="other"/>.</summary>
    public Region Union(Region other) => new CombinedRegion(this, Same(other), RegionOperation.Union);

    /// <summary>The points in both this region and <paramref name="other"/>.</summary>
    public Region Intersect(Region other) => new CombinedRegion(this, Same(other), RegionOperation.Intersection);

    /// <summary>The points of this region not in <paramref name="other"/> (a hole cut out).</summary>
    public Region Minus(Region other) => new CombinedRegion(this, Same(other), RegionOperation.Difference);

    /// <summary>
    /// <paramref name="count"/> points [count, d] uniform in the region: uniform in the bounding box, kept when inside.
    /// An InvalidOperationException says when the region is empty (or too thin to be hit).
    /// </summary>
    public Tensor SampleInterior(int count, Generator generator, Device device, ScalarType dtype)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var (lower, upper) = Bounds;
        using var scope = NewDisposeScope();
        var low = tensor(lower, dtype: dtype, device: device);
        var span = tensor(upper.Zip(lower, (u, l) => u - l).ToArray(), dtype: dtype, device: device);
        var kept = new List<Tensor> { zeros(0, Dimension, dtype: dtype, device: device) };
        long have = 0;
        for (int round = 0; have < count; round++)
        {
            if (round == MaxRounds) throw Empty("inside", have, count);
            long batch = Math.Max(64, 2 * (count - have));
            using var roundScope = NewDisposeScope();
            var candidates = RandomSource.Uniform(new[] { batch, (long)Dimension }, generator, device, dtype) * span + low;
            var hits = candidates[Contains(candidates)];
            have += hits.shape[0];
            kept.Add(hits.MoveToOuterDisposeScope());
        }
        return cat(kept.ToArray(), 0).narrow(0, 0, count).clone().MoveToOuterDisposeScope();
    }

    /// <summary>
    /// <paramref name="count"/> points uniform by length (area) on the region's boundary, or on the boundary of the shape
    /// named <paramref name="name"/> where it bounds the region, with the outward unit normal at each and the index in
    /// <see cref="BoundaryNames"/> of the shape each lies on. The pieces are drawn and tested in float64 (where two shapes'
    /// boundaries meet, a step of 1e-9 of the region's size along the normal tells which side is which), then converted.
    /// </summary>
    public BoundarySample SampleBoundary(int count, Generator generator, Device device, ScalarType dtype, string? name = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var names = BoundaryNames;
        var pieces = Pieces.Where(p => name is null || p.Name == name).ToList();
        if (pieces.Count == 0)
            throw new ArgumentException($"The region's boundary has no piece named '{name}'; its pieces are {string.Join(", ", names)}.", nameof(name));
        double total = pieces.Sum(p => p.Measure);
        using var scope = NewDisposeScope();
        var points = new List<Tensor> { zeros(0, Dimension, dtype: ScalarType.Float64, device: device) };
        var normals = new List<Tensor> { zeros(0, Dimension, dtype: ScalarType.Float64, device: device) };
        var tags = new List<Tensor> { zeros(0, dtype: ScalarType.Int64, device: device) };
        long have = 0;
        for (int round = 0; have < count; round++)
        {
            if (round == MaxRounds) throw Empty("on the boundary", have, count);
            long batch = Math.Max(64, 2 * (count - have));
            using var roundScope = NewDisposeScope();
            // Each piece gets its share of the batch by its whole measure; the part not on this region's boundary is
            // dropped, so what is kept is uniform by length over the boundary.
            var draws = RandomSource.Uniform(new[] { batch }, generator, CPU, ScalarType.Float64).data<double>().ToArray();
            double from = 0;
            foreach (var piece in pieces)
            {
                double to = from + piece.Measure / total;
                int n = draws.Count(v => v >= from && v < to);
                from = to;
                if (n == 0) continue;
                var (p, normal) = piece.Draw(n, generator, device, ScalarType.Float64);
                var keep = piece.Keep(p, normal);
                var kept = p[keep];
                points.Add(kept.MoveToOuterDisposeScope());
                normals.Add((normal[keep] * piece.Sign).MoveToOuterDisposeScope());
                tags.Add(full(new[] { kept.shape[0] }, names.ToList().IndexOf(piece.Name), dtype: ScalarType.Int64, device: device).MoveToOuterDisposeScope());
                have += kept.shape[0];
            }
        }
        // The draws come grouped by piece: a random subset of them (each uniform on the boundary) is what is returned.
        var order = randperm(have, generator: generator).narrow(0, 0, count).to(device);
        Tensor Pick(List<Tensor> parts, ScalarType type) => cat(parts.ToArray(), 0).index_select(0, order).to(type).MoveToOuterDisposeScope();
        return new BoundarySample(Pick(points, dtype), Pick(normals, dtype), Pick(tags, ScalarType.Int64), names);
    }

    /// <summary>
    /// The region's outward unit normal [N, d] at <paramref name="points"/> [N, d] on its boundary (on the part of it that
    /// the shape named <paramref name="name"/> gives, when named): at each point, the normal of the nearest piece of the
    /// boundary, as <see cref="SampleBoundary"/> gives it there (a hole's pointing into the hole). For points drawn by
    /// <see cref="SampleBoundary"/> and passed on without their normals (a problem's residual sees points only). Computed
    /// in float64, returned in the points' type.
    /// </summary>
    public Tensor OutwardNormals(Tensor points, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.dim() != 2 || points.shape[1] != Dimension)
            throw new ArgumentException($"Points must be [N, {Dimension}]; got [{string.Join(", ", points.shape)}].", nameof(points));
        var pieces = Pieces.Where(p => name is null || p.Name == name).ToList();
        if (pieces.Count == 0)
            throw new ArgumentException($"The region's boundary has no piece named '{name}'; its pieces are {string.Join(", ", BoundaryNames)}.", nameof(name));
        using var scope = NewDisposeScope();
        var p = points.detach().to(ScalarType.Float64);
        // A piece whose part here does not bound the region (a face inside a union) loses to any that does.
        double away = 10 * Scale;
        var distances = new List<Tensor>();
        var normals = new List<Tensor>();
        foreach (var piece in pieces)
        {
            var (distance, normal) = piece.Nearest(p);
            distances.Add(distance + piece.Keep(p, normal).logical_not().to(ScalarType.Float64) * away);
            normals.Add(normal * piece.Sign);
        }
        var nearest = stack(distances.ToArray(), 1).argmin(1);                                  // [N]
        var all = stack(normals.ToArray(), 1);                                                  // [N, P, d]
        var picked = all.gather(1, nearest.view(-1, 1, 1).expand(-1, 1, Dimension)).squeeze(1);
        return picked.to(points.dtype).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// The slack of a closed or open test for points computed on a boundary: a rounding step of the precision at the
    /// region's scale (its coordinates' size or its extent, whichever is larger).
    /// </summary>
    internal double Slack(Tensor points) => (points.dtype == ScalarType.Float64 ? 1e-12 : 1e-6) * Scale;

    /// <summary>The region's size: the largest bound's magnitude or extent (fixed once built; every containment test reads it).</summary>
    internal double Scale => scale ??= ScaleOf(Bounds);

    private double? scale;

    private static double ScaleOf((double[] Lower, double[] Upper) bounds) =>
        Math.Max(1e-300, bounds.Lower.Concat(bounds.Upper).Select(Math.Abs).Concat(bounds.Upper.Zip(bounds.Lower, (u, l) => u - l)).Max());

    // Enough rounds for a region that fills a thousandth of its box; fewer hits than that is an empty or degenerate region.
    private const int MaxRounds = 2000;

    private static InvalidOperationException Empty(string where, long have, int count) => new(
        $"Could not draw {count} points {where} the region ({have} after {MaxRounds} rounds): it is empty, or too thin for its bounding box.");

    private Region Same(Region other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Dimension != Dimension)
            throw new ArgumentException($"A region of R^{Dimension} cannot be combined with one of R^{other.Dimension}.", nameof(other));
        return other;
    }
}
