using System;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// A piece of a shape's boundary (a box face, a sphere, a polygon edge): its whole measure, a uniform draw of points on
/// it with the shape's outward normals, the distance from any point to it with the shape's outward normal at the
/// nearest point of it (<see cref="Nearest"/>: how a normal is found again for points given without one), which points
/// bound the region built from the shape (<see cref="Keep"/>, given the points and the normals as drawn), and the sign
/// that turns the drawn normal into the region's (−1 for a hole's boundary).
/// </summary>
internal sealed record BoundaryPiece(string Name, double Measure, Func<long, Generator, Device, ScalarType, (Tensor Points, Tensor Normals)> Draw,
    Func<Tensor, (Tensor Distance, Tensor Normal)> Nearest, Func<Tensor, Tensor, Tensor> Keep, double Sign = 1)
{
    /// <summary>The piece of a primitive shape: every point of it bounds the shape.</summary>
    public static BoundaryPiece Whole(string name, double measure, Func<long, Generator, Device, ScalarType, (Tensor, Tensor)> draw,
        Func<Tensor, (Tensor, Tensor)> nearest) =>
        new(name, measure, draw, nearest, (points, _) => ones(points.shape[0], dtype: ScalarType.Bool, device: points.device));
}
