using System;
using System.Collections.Generic;
using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// Uniform samplers over the domain box the coordinates span: the interior, one face
/// (a coordinate held at a value: a boundary face, or t = 0 / t = T), and the whole spatial boundary
/// (faces chosen with probability proportional to their area). Generated problems call these for domains whose
/// coordinates are all intervals; coordinates over R or a ball are drawn with <see cref="LawSampler"/>.
/// </summary>
public static class DomainSampler
{
    /// <summary>Points [count, D] uniform in the box.</summary>
    public static Tensor Interior(IReadOnlyList<CoordinateInfo> coordinates, int count, Generator generator, Device device, ScalarType dtype)
    {
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, "The number of points must not be negative.");
        var (lower, upper) = Bounds(coordinates, device, dtype);
        using var unit = RandomSource.Uniform(new long[] { count, lower.shape[0] }, generator, device, dtype);
        using var span = upper - lower;
        var points = unit * span + lower;
        lower.Dispose();
        upper.Dispose();
        return points;
    }

    /// <summary>Points [count, D] uniform on the face where input column <paramref name="column"/> equals <paramref name="value"/>.</summary>
    public static Tensor Face(IReadOnlyList<CoordinateInfo> coordinates, int column, double value, int count, Generator generator, Device device, ScalarType dtype)
    {
        int width = Width(coordinates);
        if (column < 0 || column >= width)
            throw new ArgumentOutOfRangeException(nameof(column), column, $"The face column must lie in [0, {width}).");
        var points = Interior(coordinates, count, generator, device, dtype);
        points[TensorIndex.Colon, column] = tensor(value, dtype: dtype, device: device);
        return points;
    }

    /// <summary>
    /// Points [count, D] uniform over all faces of the spatial box (time and periodic coordinates stay uniform in their range).
    /// A face x_j = bound has area ∏_{i≠j} range_i, so it is chosen with probability ∝ 1/range_j.
    /// </summary>
    public static Tensor Boundary(IReadOnlyList<CoordinateInfo> coordinates, int count, Generator generator, Device device, ScalarType dtype)
    {
        // A periodic coordinate's ends are no boundary: its columns stay uniform like time's.
        var spatial = coordinates.Where(c => !c.IsTime && !c.Periodic).SelectMany(c => Enumerable.Range(c.Offset, c.Length)).ToArray();
        if (spatial.Length == 0)
            throw new ArgumentException("The domain has no spatial coordinate that is not periodic, so it has no boundary to sample.", nameof(coordinates));
        var lowers = ColumnValues(coordinates, c => c.Lower);
        var uppers = ColumnValues(coordinates, c => c.Upper);
        var weights = spatial.SelectMany(j => { double w = 1.0 / Math.Max(uppers[j] - lowers[j], 1e-300); return new[] { w, w }; }).ToArray();

        var points = Interior(coordinates, count, generator, device, dtype);
        if (count == 0) return points;
        using var scope = NewDisposeScope();
        var face = multinomial(tensor(weights, dtype: float64), count, replacement: true, generator: generator).to(device);
        var which = face.div(2, rounding_mode: RoundingMode.floor);
        var columns = tensor(spatial.Select(j => (long)j).ToArray(), device: device).index_select(0, which);
        var low = tensor(spatial.Select(j => lowers[j]).ToArray(), dtype: dtype, device: device);
        var high = tensor(spatial.Select(j => uppers[j]).ToArray(), dtype: dtype, device: device);
        var isUpper = face.remainder(2).to(dtype);
        var values = low.index_select(0, which) * (1 - isUpper) + high.index_select(0, which) * isUpper;
        points.scatter_(1, columns.unsqueeze(1), values.unsqueeze(1));
        return points;
    }

    /// <summary>The input width: the sum of the coordinates' lengths.</summary>
    public static int Width(IReadOnlyList<CoordinateInfo> coordinates) => coordinates.Sum(c => c.Length);

    /// <summary>The input columns of all spatial (non-time) coordinates, in order.</summary>
    public static int[] SpatialColumns(IReadOnlyList<CoordinateInfo> coordinates) =>
        coordinates.Where(c => !c.IsTime).SelectMany(c => Enumerable.Range(c.Offset, c.Length)).ToArray();

    private static double[] ColumnValues(IReadOnlyList<CoordinateInfo> coordinates, Func<CoordinateInfo, double> pick)
    {
        var values = new double[Width(coordinates)];
        foreach (var c in coordinates)
        {
            if (c.Set != CoordinateSet.Interval)
                throw new ArgumentException($"Coordinate '{c.Name}' ranges over {(c.Set == CoordinateSet.Real ? "R" : "a ball")}, not an interval: draw it with its law (LawSampler), not with the box sampler.", nameof(coordinates));
            if (!(c.Upper >= c.Lower) || double.IsNaN(c.Lower) || double.IsInfinity(c.Lower) || double.IsInfinity(c.Upper))
                throw new ArgumentException($"Coordinate '{c.Name}' has bounds [{c.Lower}, {c.Upper}]; they must be finite with lower <= upper.", nameof(coordinates));
            for (int i = 0; i < c.Length; i++) values[c.Offset + i] = pick(c);
        }
        return values;
    }

    private static (Tensor Lower, Tensor Upper) Bounds(IReadOnlyList<CoordinateInfo> coordinates, Device device, ScalarType dtype) =>
        (tensor(ColumnValues(coordinates, c => c.Lower), dtype: dtype, device: device),
         tensor(ColumnValues(coordinates, c => c.Upper), dtype: dtype, device: device));
}
