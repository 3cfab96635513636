using System;
using System.Collections.Generic;
using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// The outward unit normal of a boundary at points on it: <c>normal</c> in a condition (docs/language.md, "Domains and sampling laws"), a vector
/// over the spatial coordinates. Tensor code only; generated problems call these.
/// </summary>
public static class OutwardNormal
{
    /// <summary>(x − c)/|x − c| for <paramref name="points"/> [N, length] on a sphere around <paramref name="center"/> (0-d or [length]).</summary>
    public static Tensor Sphere(Tensor points, Tensor center)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(center);
        if (points.dim() != 2)
            throw new ArgumentException($"Points must be [N, length]; got [{string.Join(", ", points.shape)}].", nameof(points));
        using var scope = NewDisposeScope();
        var d = points - center.to(points.dtype).to(points.device);
        return d.div_(d.norm(1, keepdim: true).clamp_min_(1e-30)).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// The outward normal [N, S] of the box spanned by the interval coordinates, at <paramref name="points"/> [N, D] on its
    /// boundary; S counts the spatial columns in <see cref="DomainSampler.SpatialColumns"/> order. Each point gets −1 or +1 in
    /// the column of the face it lies on and 0 elsewhere; the face is the nearest bound (lower: −1, upper: +1), so rounding
    /// in the points does not matter. Columns of spatial coordinates that are not intervals (R, balls) or are periodic have no
    /// faces and stay 0.
    /// </summary>
    public static Tensor Box(Tensor points, IReadOnlyList<CoordinateInfo> coordinates)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(coordinates);
        int width = DomainSampler.Width(coordinates);
        if (points.dim() != 2 || points.shape[1] != width)
            throw new ArgumentException($"Points must be [N, {width}]; got [{string.Join(", ", points.shape)}].", nameof(points));
        var spatial = coordinates.Where(c => !c.IsTime).SelectMany(c => Enumerable.Range(c.Offset, c.Length).Select(j => (Column: j, Coordinate: c))).ToArray();
        if (!spatial.Any(s => s.Coordinate.HasFaces))
            throw new ArgumentException("The domain has no bounded interval coordinate, so it has no box faces to take a normal on.", nameof(coordinates));

        using var scope = NewDisposeScope();
        var device = points.device;
        var dtype = points.dtype;
        var columns = tensor(spatial.Select(s => (long)s.Column).ToArray(), device: device);
        var x = points.index_select(1, columns);                                                    // [N, S]
        var boxed = spatial.Select(s => s.Coordinate.HasFaces).ToArray();
        var lower = tensor(spatial.Select(s => s.Coordinate.Set == CoordinateSet.Interval ? s.Coordinate.Lower : 0.0).ToArray(), dtype: dtype, device: device);
        var upper = tensor(spatial.Select(s => s.Coordinate.Set == CoordinateSet.Interval ? s.Coordinate.Upper : 0.0).ToArray(), dtype: dtype, device: device);
        // Columns without faces are infinitely far from any face.
        var noFace = tensor(boxed.Select(b => b ? 0.0 : double.PositiveInfinity).ToArray(), dtype: dtype, device: device);
        var toLower = (x - lower).abs_().add_(noFace);
        var toUpper = (x - upper).abs_().add_(noFace);
        var distances = stack(new[] { toLower, toUpper }, 2).flatten(1);                           // [N, 2S]: (lower, upper) per column
        var face = distances.argmin(1, keepdim: true);                                              // [N, 1]
        var column = face.div(2, rounding_mode: RoundingMode.floor);
        var sign = face.remainder(2).to(dtype).mul_(2).sub_(1);                                     // lower −1, upper +1
        var normal = zeros(x.shape, dtype: dtype, device: device);
        normal.scatter_(1, column, sign);
        return normal.MoveToOuterDisposeScope();
    }
}
