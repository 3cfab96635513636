using System;
using System.Collections.Generic;
using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>The box [lower, upper] of R^d; its boundary is 2d faces, each sampled by its area.</summary>
internal sealed class BoxRegion : Region
{
    private readonly double[] lower, upper;

    public BoxRegion(double[] lower, double[] upper, string name) : base(Check(lower, upper))
    {
        (this.lower, this.upper) = ((double[])lower.Clone(), (double[])upper.Clone());
        Pieces = Enumerable.Range(0, 2 * Dimension).Select(face => Face(face / 2, face % 2 == 1, name)).ToList();
    }

    public override (double[] Lower, double[] Upper) Bounds => (lower, upper);

    public override Tensor Contains(Tensor points) => Within(points, Slack(points));

    internal override Tensor ContainsInterior(Tensor points) => Within(points, -Slack(points));

    // Inside the box grown (shrunk) by slack.
    private Tensor Within(Tensor points, double slack)
    {
        using var scope = NewDisposeScope();
        var low = tensor(lower.Select(l => l - slack).ToArray(), dtype: points.dtype, device: points.device);
        var high = tensor(upper.Select(u => u + slack).ToArray(), dtype: points.dtype, device: points.device);
        return points.ge(low).all(1).logical_and(points.le(high).all(1)).MoveToOuterDisposeScope();
    }

    internal override IReadOnlyList<BoundaryPiece> Pieces { get; }

    // Face where column `axis` is at its upper (or lower) bound: its area is the product of the other sides.
    private BoundaryPiece Face(int axis, bool atUpper, string name)
    {
        double area = Enumerable.Range(0, Dimension).Where(j => j != axis).Aggregate(1.0, (p, j) => p * (upper[j] - lower[j]));
        return BoundaryPiece.Whole(name, area, (count, generator, device, dtype) =>
        {
            using var scope = NewDisposeScope();
            var low = tensor(lower, dtype: dtype, device: device);
            var span = tensor(upper.Zip(lower, (u, l) => u - l).ToArray(), dtype: dtype, device: device);
            var points = (RandomSource.Uniform(new[] { count, (long)Dimension }, generator, device, dtype) * span + low).MoveToOuterDisposeScope();
            points[TensorIndex.Colon, axis] = tensor(atUpper ? upper[axis] : lower[axis], dtype: dtype, device: device);
            var normals = zeros(new[] { count, (long)Dimension }, dtype: dtype, device: device);
            normals[TensorIndex.Colon, axis] = tensor(atUpper ? 1.0 : -1.0, dtype: dtype, device: device);
            return (points, normals.MoveToOuterDisposeScope());
        }, points =>
        {
            // Along the face's axis, the distance to its plane; along the others, how far outside the box's sides.
            using var scope = NewDisposeScope();
            var low = tensor(lower, dtype: points.dtype, device: points.device);
            var high = tensor(upper, dtype: points.dtype, device: points.device);
            var outside = (low - points).clamp_min(0) + (points - high).clamp_min(0);
            outside[TensorIndex.Colon, axis] = (points.select(1, axis) - (atUpper ? upper[axis] : lower[axis])).abs();
            var normals = zeros_like(points);
            normals[TensorIndex.Colon, axis] = tensor(atUpper ? 1.0 : -1.0, dtype: points.dtype, device: points.device);
            return (outside.norm(1).MoveToOuterDisposeScope(), normals.MoveToOuterDisposeScope());
        });
    }

    private static int Check(double[] lower, double[] upper)
    {
        ArgumentNullException.ThrowIfNull(lower);
        ArgumentNullException.ThrowIfNull(upper);
        if (lower.Length == 0 || lower.Length != upper.Length)
            throw new ArgumentException($"A box needs as many lower as upper bounds, at least one ({lower.Length} and {upper.Length}).");
        for (int j = 0; j < lower.Length; j++)
            if (!(lower[j] < upper[j]) || !double.IsFinite(lower[j]) || !double.IsFinite(upper[j]))
                throw new ArgumentException($"Side {j + 1} of a box is [{lower[j]}, {upper[j]}]: its bounds must be finite with lower < upper.");
        return lower.Length;
    }
}
