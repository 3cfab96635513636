using System;
using System.Collections.Generic;
using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// A simple polygon of the plane: inside by the even-odd rule (a ray from the point crosses its edges an odd number of
/// times), its boundary the edges, each sampled by its length with the outward normal (the edge turned a quarter away
/// from the inside, whichever way the vertices run).
/// </summary>
internal sealed class PolygonRegion : Region
{
    private readonly (double X, double Y)[] vertices;

    public PolygonRegion(IReadOnlyList<(double X, double Y)> vertices, string name) : base(2)
    {
        ArgumentNullException.ThrowIfNull(vertices);
        this.vertices = vertices.ToArray();
        Check(this.vertices);
        // Counter-clockwise (positive signed area): the outward normal of edge (dx, dy) is (dy, −dx).
        double signedArea = Edges().Sum(e => e.A.X * e.B.Y - e.B.X * e.A.Y) / 2;
        double turn = signedArea > 0 ? 1 : -1;
        Pieces = Edges().Select(e => Edge(e.A, e.B, turn, name)).ToList();
    }

    public override (double[] Lower, double[] Upper) Bounds =>
        (new[] { vertices.Min(v => v.X), vertices.Min(v => v.Y) }, new[] { vertices.Max(v => v.X), vertices.Max(v => v.Y) });

    public override Tensor Contains(Tensor points) => Test(points, closed: true);

    internal override Tensor ContainsInterior(Tensor points) => Test(points, closed: false);

    private Tensor Test(Tensor points, bool closed)
    {
        using var scope = NewDisposeScope();
        var px = points.select(1, 0).unsqueeze(1);                               // [N, 1]
        var py = points.select(1, 1).unsqueeze(1);
        var edges = Edges().ToArray();
        var ax = tensor(edges.Select(e => e.A.X).ToArray(), dtype: points.dtype, device: points.device);   // [E]
        var ay = tensor(edges.Select(e => e.A.Y).ToArray(), dtype: points.dtype, device: points.device);
        var bx = tensor(edges.Select(e => e.B.X).ToArray(), dtype: points.dtype, device: points.device);
        var by = tensor(edges.Select(e => e.B.Y).ToArray(), dtype: points.dtype, device: points.device);
        // Edge e straddles the horizontal line through the point, and crosses it to the point's right.
        var straddles = ay.gt(py).logical_xor(by.gt(py));                       // [N, E]
        var crossing = (bx - ax) * (py - ay) / (by - ay).where(by.ne(ay), ones_like(by)) + ax;
        var crosses = straddles.logical_and(px.lt(crossing));
        var odd = crosses.to(ScalarType.Int64).sum(1).remainder(2).eq(1);
        // Points on an edge are in the closed region and not in the open one.
        var onEdge = OnEdge(points, ax, ay, bx, by, Slack(points));
        return (closed ? odd.logical_or(onEdge) : odd.logical_and(onEdge.logical_not())).MoveToOuterDisposeScope();
    }

    internal override IReadOnlyList<BoundaryPiece> Pieces { get; }

    private IEnumerable<((double X, double Y) A, (double X, double Y) B)> Edges() =>
        vertices.Select((v, i) => (v, vertices[(i + 1) % vertices.Length]));

    private static Tensor OnEdge(Tensor points, Tensor ax, Tensor ay, Tensor bx, Tensor by, double slack)
    {
        var px = points.select(1, 0).unsqueeze(1);
        var py = points.select(1, 1).unsqueeze(1);
        var ex = bx - ax;
        var ey = by - ay;
        var length2 = (ex * ex + ey * ey).clamp_min(1e-300);
        var t = (((px - ax) * ex + (py - ay) * ey) / length2).clamp(0, 1);
        var distance2 = (px - (ax + t * ex)).square() + (py - (ay + t * ey)).square();
        return distance2.le(slack * slack).any(1);
    }

    private static BoundaryPiece Edge((double X, double Y) a, (double X, double Y) b, double turn, string name)
    {
        double dx = b.X - a.X, dy = b.Y - a.Y, length = Math.Sqrt(dx * dx + dy * dy);
        double nx = turn * dy / length, ny = -turn * dx / length;
        return BoundaryPiece.Whole(name, length, (count, generator, device, dtype) =>
        {
            using var scope = NewDisposeScope();
            var t = RandomSource.Uniform(new[] { count, 1L }, generator, device, dtype);
            var points = t * tensor(new[] { dx, dy }, dtype: dtype, device: device) + tensor(new[] { a.X, a.Y }, dtype: dtype, device: device);
            var normals = tensor(new[] { nx, ny }, dtype: dtype, device: device).expand(count, 2).contiguous();
            return (points.MoveToOuterDisposeScope(), normals.MoveToOuterDisposeScope());
        }, points =>
        {
            // The distance to the segment: to its nearest point, the projection clamped to the ends.
            using var scope = NewDisposeScope();
            var t = ((points.select(1, 0) - a.X) * dx + (points.select(1, 1) - a.Y) * dy) / (length * length);
            t = t.clamp(0, 1);
            var distance = ((points.select(1, 0) - (a.X + t * dx)).square() + (points.select(1, 1) - (a.Y + t * dy)).square()).sqrt();
            var normals = tensor(new[] { nx, ny }, dtype: points.dtype, device: points.device).expand(points.shape[0], 2).contiguous();
            return (distance.MoveToOuterDisposeScope(), normals.MoveToOuterDisposeScope());
        });
    }

    // At least three distinct vertices, no edge of zero length, and no two edges that cross or touch except neighbours at their shared vertex.
    private static void Check((double X, double Y)[] v)
    {
        if (v.Length < 3) throw new ArgumentException($"A polygon needs at least three vertices, not {v.Length}.");
        if (v.Any(p => !double.IsFinite(p.X) || !double.IsFinite(p.Y))) throw new ArgumentException("A polygon's vertices must be finite.");
        int n = v.Length;
        for (int i = 0; i < n; i++)
            if (v[i] == v[(i + 1) % n]) throw new ArgumentException($"Vertices {i + 1} and {(i + 1) % n + 1} of the polygon are the same point.");
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
            {
                bool neighbours = j == i + 1 || (i == 0 && j == n - 1);
                if (!neighbours && Intersect(v[i], v[(i + 1) % n], v[j], v[(j + 1) % n]))
                    throw new ArgumentException($"The polygon crosses itself: edge {i + 1} meets edge {j + 1}.");
            }
        double area = Enumerable.Range(0, n).Sum(i => v[i].X * v[(i + 1) % n].Y - v[(i + 1) % n].X * v[i].Y) / 2;
        if (Math.Abs(area) < 1e-300) throw new ArgumentException("The polygon has no area: its vertices lie on one line.");
    }

    private static bool Intersect((double X, double Y) p1, (double X, double Y) p2, (double X, double Y) q1, (double X, double Y) q2)
    {
        static double Cross((double X, double Y) o, (double X, double Y) a, (double X, double Y) b) => (a.X - o.X) * (b.Y - o.Y) - (a.Y - o.Y) * (b.X - o.X);
        static bool Within((double X, double Y) a, (double X, double Y) b, (double X, double Y) p) =>
            Math.Min(a.X, b.X) <= p.X && p.X <= Math.Max(a.X, b.X) && Math.Min(a.Y, b.Y) <= p.Y && p.Y <= Math.Max(a.Y, b.Y);
        double d1 = Cross(q1, q2, p1), d2 = Cross(q1, q2, p2), d3 = Cross(p1, p2, q1), d4 = Cross(p1, p2, q2);
        if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
        return (d1 == 0 && Within(q1, q2, p1)) || (d2 == 0 && Within(q1, q2, p2)) || (d3 == 0 && Within(p1, p2, q1)) || (d4 == 0 && Within(p1, p2, q2));
    }
}
