using System;
using System.Collections.Generic;
using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>The closed ball |x − c| ≤ r of R^d (a disk in 2-D); its boundary is one sphere with normal (x − c)/r.</summary>
internal sealed class BallRegion : Region
{
    private readonly double[] center;
    private readonly double radius;

    public BallRegion(double[] center, double radius, string name) : base(Check(center, radius))
    {
        (this.center, this.radius) = ((double[])center.Clone(), radius);
        Pieces = new[] { BoundaryPiece.Whole(name, SphereArea(Dimension, radius), Draw, Nearest) };
    }

    public override (double[] Lower, double[] Upper) Bounds => (center.Select(c => c - radius).ToArray(), center.Select(c => c + radius).ToArray());

    // Closed (open) with the rounding of a point drawn on the sphere itself counted on (off) it.
    public override Tensor Contains(Tensor points) => Within(points, radius + Slack(points));

    internal override Tensor ContainsInterior(Tensor points) => Within(points, radius - Slack(points));

    private Tensor Within(Tensor points, double reach)
    {
        using var scope = NewDisposeScope();
        var c = tensor(center, dtype: points.dtype, device: points.device);
        return (points - c).square().sum(1).le(reach * reach).MoveToOuterDisposeScope();
    }

    internal override IReadOnlyList<BoundaryPiece> Pieces { get; }

    // The distance | |p − c| − r | to the sphere, and (p − c)/|p − c| there.
    private (Tensor, Tensor) Nearest(Tensor points)
    {
        using var scope = NewDisposeScope();
        var d = points - tensor(center, dtype: points.dtype, device: points.device);
        var length = d.norm(1, keepdim: true);
        return ((length - radius).abs().squeeze(1).MoveToOuterDisposeScope(), (d / length.clamp_min(1e-30)).MoveToOuterDisposeScope());
    }

    // A normalised Gaussian vector is uniform on the sphere.
    private (Tensor, Tensor) Draw(long count, Generator generator, Device device, ScalarType dtype)
    {
        using var scope = NewDisposeScope();
        var z = RandomSource.Normal(new[] { count, (long)Dimension }, generator, device, dtype);
        var normals = z / z.norm(1, keepdim: true).clamp_min(1e-30);
        var c = tensor(center, dtype: dtype, device: device);
        return ((normals * radius + c).MoveToOuterDisposeScope(), normals.MoveToOuterDisposeScope());
    }

    /// <summary>The area of the sphere of radius r in R^d: 2 π^(d/2) r^(d−1) / Γ(d/2).</summary>
    internal static double SphereArea(int d, double r)
    {
        // Γ(d/2) by its recurrence from Γ(1) = 1 or Γ(1/2) = √π.
        double gamma = d % 2 == 0 ? 1 : Math.Sqrt(Math.PI);
        for (double k = d % 2 == 0 ? 1 : 0.5; k < d / 2.0; k++) gamma *= k;
        return 2 * Math.Pow(Math.PI, d / 2.0) * Math.Pow(r, d - 1) / gamma;
    }

    private static int Check(double[] center, double radius)
    {
        ArgumentNullException.ThrowIfNull(center);
        if (center.Length == 0) throw new ArgumentException("A ball needs a center with at least one coordinate.");
        if (!(radius > 0) || !double.IsFinite(radius)) throw new ArgumentException($"A ball's radius must be positive and finite, not {radius}.");
        if (center.Any(c => !double.IsFinite(c))) throw new ArgumentException("A ball's center must be finite.");
        return center.Length;
    }
}
