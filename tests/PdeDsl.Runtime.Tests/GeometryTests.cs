using System;
using System.Collections.Generic;
using System.Linq;
using PdeDsl;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>
/// Regions as users draw them: points uniform inside (area fractions against closed forms on 10^5 points), uniform on
/// the boundary by length, and unit normals that point out, for each shape and each operation.
/// </summary>
public sealed class GeometryTests
{
    private const int Points = 100_000;

    private static Region Plate => Region.Box(new[] { 0.0, 0.0 }, new[] { 1.0, 1.0 }, "plate").Minus(Region.Disk(0.5, 0.5, 0.2, "hole"));

    private static Region LShape => Region.Polygon(new[] { (0.0, 0.0), (1.0, 0.0), (1.0, 0.5), (0.5, 0.5), (0.5, 1.0), (0.0, 1.0) }, "room");

    private static double[,] Of(Tensor t)
    {
        var flat = t.to(ScalarType.Float64).cpu().data<double>().ToArray();
        int d = (int)t.shape[1];
        var result = new double[flat.Length / d, d];
        Buffer.BlockCopy(flat, 0, result, 0, flat.Length * sizeof(double));
        return result;
    }

    private static double Fraction(double[,] p, Func<double, double, bool> where) =>
        Enumerable.Range(0, p.GetLength(0)).Count(i => where(p[i, 0], p[i, 1])) / (double)p.GetLength(0);

    [Fact]
    public void Points_inside_are_uniform_by_area()
    {
        using var generator = RandomSource.Create(1);
        // The plate with a hole: area 1 - 0.04π. The left half holds half of it; the ring 0.2 < r < 0.3 holds 0.05π of it.
        var plate = Of(Plate.SampleInterior(Points, generator, CPU, ScalarType.Float64));
        double area = 1 - 0.04 * Math.PI;
        Assert.All(Enumerable.Range(0, Points), i => Assert.True(Dist(plate[i, 0], plate[i, 1]) >= 0.2 - 1e-12));
        Assert.Equal(0.5, Fraction(plate, (x, y) => x < 0.5), 0.01);
        Assert.Equal(0.05 * Math.PI / area, Fraction(plate, (x, y) => Dist(x, y) < 0.3), 0.01);

        // The L-shaped room: area 3/4, of which x > 1/2 holds 1/4.
        var room = Of(LShape.SampleInterior(Points, generator, CPU, ScalarType.Float64));
        Assert.Equal(1.0 / 3, Fraction(room, (x, y) => x > 0.5), 0.01);
        Assert.Equal(0, Fraction(room, (x, y) => x > 0.5 && y > 0.5));

        // Two overlapping disks: the lens where both hold counts once.
        var pair = Region.Disk(0, 0, 1).Union(Region.Disk(1, 0, 1));
        var union = Of(pair.SampleInterior(Points, generator, CPU, ScalarType.Float64));
        double lens = 2 * Math.Acos(0.5) - 0.5 * Math.Sqrt(3);     // the area both disks share (d = 1, r = 1)
        Assert.Equal(lens / (2 * Math.PI - lens), Fraction(union, (x, y) => x * x + y * y <= 1 && (x - 1) * (x - 1) + y * y <= 1), 0.01);
        var both = Of(Region.Disk(0, 0, 1).Intersect(Region.Disk(1, 0, 1)).SampleInterior(Points, generator, CPU, ScalarType.Float64));
        Assert.Equal(0.5, Fraction(both, (x, y) => y > 0), 0.01);
    }

    [Fact]
    public void Boundary_points_are_uniform_by_length_and_tagged_with_their_shape()
    {
        using var generator = RandomSource.Create(2);
        var sample = Plate.SampleBoundary(Points, generator, CPU, ScalarType.Float64);
        Assert.Equal(new[] { "plate", "hole" }, sample.Names);
        var p = Of(sample.Points);
        var tags = sample.Pieces.data<long>().ToArray();
        double circle = 2 * Math.PI * 0.2;
        Assert.Equal(circle / (4 + circle), tags.Count(t => t == 1) / (double)Points, 0.01);
        // On the hole's circle the region's outward normal points into the hole: -(p - c)/r, the closed form a Neumann
        // condition there needs.
        var normals = Of(sample.Normals);
        for (int i = 0; i < Points; i++)
            if (tags[i] == 1)
            {
                Assert.Equal(-(p[i, 0] - 0.5) / 0.2, normals[i, 0], 9);
                Assert.Equal(-(p[i, 1] - 0.5) / 0.2, normals[i, 1], 9);
            }
        // Each point lies on the shape it is tagged with; the box's four sides share their points by length.
        for (int i = 0; i < Points; i++)
        {
            if (tags[i] == 1) Assert.Equal(0.2, Dist(p[i, 0], p[i, 1]), 10);
            else Assert.True(Math.Min(Math.Min(p[i, 0], 1 - p[i, 0]), Math.Min(p[i, 1], 1 - p[i, 1])) < 1e-12);
        }
        Assert.Equal(0.25 * 4 / (4 + circle), Fraction(p, (x, y) => x == 0), 0.01);

        // Only the hole: all on the circle; a name the region lacks is one sentence.
        var hole = Of(Plate.SampleBoundary(1000, generator, CPU, ScalarType.Float64, "hole").Points);
        Assert.All(Enumerable.Range(0, 1000), i => Assert.Equal(0.2, Dist(hole[i, 0], hole[i, 1]), 10));
        Assert.Contains("its pieces are plate, hole", Assert.Throws<ArgumentException>(() => Plate.SampleBoundary(1, generator, CPU, ScalarType.Float64, "rim")).Message);

        // The L-shaped room's perimeter is 4; its inner corner's two edges are 1/2 each.
        var room = Of(LShape.SampleBoundary(Points, generator, CPU, ScalarType.Float64).Points);
        Assert.Equal(0.25, Fraction(room, (x, y) => (Math.Abs(y - 0.5) < 1e-12 && x >= 0.5) || (Math.Abs(x - 0.5) < 1e-12 && y >= 0.5)), 0.01);
    }

    public static IEnumerable<object[]> Shapes() => new[]
    {
        new object[] { "box in 3-D", Region.Box(new[] { 0.0, -1, 2 }, new[] { 1.0, 1, 2.5 }) },
        new object[] { "ball in 3-D", Region.Ball(new[] { 0.5, 0, 0 }, 0.7) },
        new object[] { "L-shaped polygon, clockwise", Region.Polygon(new[] { (0.0, 0.0), (0.0, 1.0), (0.5, 1.0), (0.5, 0.5), (1.0, 0.5), (1.0, 0.0) }) },
        new object[] { "union of two disks", Region.Disk(0, 0, 1).Union(Region.Disk(1, 0, 1)) },
        new object[] { "box intersect disk", Region.Box(new[] { 0.0, 0.0 }, new[] { 2.0, 2.0 }).Intersect(Region.Disk(0, 0, 1.5)) },
        new object[] { "plate minus hole", Plate },
        new object[] { "L from two boxes", Region.Box(new[] { 0.0, 0.0 }, new[] { 2.0, 1.0 }).Union(Region.Box(new[] { 0.0, 0.0 }, new[] { 1.0, 2.0 })) },
        new object[] { "box minus a box beside it", Region.Box(new[] { 0.0, 0.0 }, new[] { 2.0, 1.0 }).Minus(Region.Box(new[] { 1.0, 0.0 }, new[] { 3.0, 1.0 })) },
        new object[] { "triangle minus a corner box", Region.Polygon(new[] { (0.0, 0.0), (2.0, 0.0), (0.0, 2.0) }).Minus(Region.Box(new[] { -1.0, -1.0 }, new[] { 0.5, 0.5 })) },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Normals_have_unit_length_and_point_out(string shape, Region region)
    {
        using var generator = RandomSource.Create(3);
        var sample = region.SampleBoundary(2000, generator, CPU, ScalarType.Float64);
        using var lengths = sample.Normals.norm(1);
        Assert.True(lengths.sub(1).abs().max().item<double>() < 1e-12, shape);
        // A step out along the normal leaves the region; a step in enters it (away from corners, which a step may cut).
        using var outside = region.Contains(sample.Points + 1e-6 * sample.Normals);
        using var inside = region.Contains(sample.Points - 1e-6 * sample.Normals);
        double wrongOut = outside.to(ScalarType.Float64).mean().item<double>(), wrongIn = 1 - inside.to(ScalarType.Float64).mean().item<double>();
        Assert.True(wrongOut < 0.002 && wrongIn < 0.002, $"{shape}: {wrongOut:P2} of steps out stay inside, {wrongIn:P2} of steps in leave");
        // And every boundary point is in the closed region.
        using var on = region.Contains(sample.Points);
        Assert.True(on.all().item<bool>(), shape);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Normals_found_again_from_the_points_are_the_sampled_ones(string shape, Region region)
    {
        using var scope = NewDisposeScope();
        using var generator = RandomSource.Create(11);
        var sample = region.SampleBoundary(2000, generator, CPU, ScalarType.Float64);
        // From the points alone (a residual's view), in float64 and after rounding to float32.
        var again = region.OutwardNormals(sample.Points);
        double wrong = again.sub(sample.Normals).norm(1).gt(1e-9).to(ScalarType.Float64).mean().item<double>();
        Assert.True(wrong < 0.002, $"{shape}: {wrong:P2} of the normals differ (corners aside)");
        var rounded = region.OutwardNormals(sample.Points.to(ScalarType.Float32));
        double wrong32 = rounded.to(ScalarType.Float64).sub(sample.Normals).norm(1).gt(1e-5).to(ScalarType.Float64).mean().item<double>();
        Assert.True(wrong32 < 0.002, $"{shape} in float32: {wrong32:P2} differ");
    }

    [Fact]
    public void Normals_on_one_named_shape_are_its_part_of_the_region_boundary()
    {
        using var scope = NewDisposeScope();
        using var generator = RandomSource.Create(12);
        var hole = Plate.SampleBoundary(500, generator, CPU, ScalarType.Float64, "hole");
        var n = Plate.OutwardNormals(hole.Points, "hole");
        // Into the hole: (c - p)/r.
        var expected = (tensor(new[] { 0.5, 0.5 }, dtype: ScalarType.Float64) - hole.Points) / 0.2;
        Assert.True(n.sub(expected).abs().max().item<double>() < 1e-9);
        Assert.Throws<ArgumentException>(() => Plate.OutwardNormals(hole.Points, "door"));
    }

    [Fact]
    public void Shapes_that_share_edges_count_each_edge_of_the_result_once_and_drop_the_edges_between_them()
    {
        using var generator = RandomSource.Create(5);
        BoundarySample Sample(Region region) => region.SampleBoundary(Points, generator, CPU, ScalarType.Float64);
        static Func<double, double, bool> On(double? x, double? y) => (px, py) => (x is null || Math.Abs(px - x.Value) < 1e-12) && (y is null || Math.Abs(py - y.Value) < 1e-12);

        // The L [0,2]x[0,1] ∪ [0,1]x[0,2]: perimeter 8; the bottom side (length 2) once; nothing on the seam inside.
        var l = Of(Sample(Region.Box(new[] { 0.0, 0.0 }, new[] { 2.0, 1.0 }).Union(Region.Box(new[] { 0.0, 0.0 }, new[] { 1.0, 2.0 }))).Points);
        Assert.Equal(2.0 / 8, Fraction(l, On(null, 0)), 0.01);
        Assert.Equal(2.0 / 8, Fraction(l, On(0, null)), 0.01);
        Assert.Equal(0, Fraction(l, (x, y) => x > 1e-9 && x < 1 - 1e-9 && y > 1e-9 && y < 1 - 1e-9));
        Assert.Equal(0, Fraction(l, (x, y) => (Math.Abs(x - 1) < 1e-12 && y < 1 - 1e-9) || (Math.Abs(y - 1) < 1e-12 && x < 1 - 1e-9)));

        // Two boxes side by side: a 2x1 rectangle, perimeter 6, nothing on the face they share.
        var pair = Of(Sample(Region.Box(new[] { 0.0, 0.0 }, new[] { 1.0, 1.0 }).Union(Region.Box(new[] { 1.0, 0.0 }, new[] { 2.0, 1.0 }))).Points);
        Assert.Equal(0, Fraction(pair, On(1, null)));
        Assert.Equal(2.0 / 6, Fraction(pair, On(null, 0)), 0.01);

        // [0,2]x[0,1] minus [1,3]x[0,1] is the unit square: its cut side x = 1 is a quarter, its normals +x; nothing beyond.
        var cut = Sample(Region.Box(new[] { 0.0, 0.0 }, new[] { 2.0, 1.0 }).Minus(Region.Box(new[] { 1.0, 0.0 }, new[] { 3.0, 1.0 })));
        var square = Of(cut.Points);
        var normals = Of(cut.Normals);
        Assert.Equal(0, Fraction(square, (x, y) => x > 1 + 1e-9));
        Assert.Equal(0.25, Fraction(square, On(1, null)), 0.01);
        Assert.Equal(0.25, Fraction(square, On(null, 0)), 0.01);
        Assert.All(Enumerable.Range(0, Points).Where(i => Math.Abs(square[i, 0] - 1) < 1e-12 && square[i, 1] > 1e-9 && square[i, 1] < 1 - 1e-9),
            i => Assert.Equal((1.0, 0.0), (normals[i, 0], normals[i, 1])));

        // [0,2]x[0,1] ∩ [1,3]x[0,1] is [1,2]x[0,1]: the bottom side they share once (a quarter, not more).
        var both = Of(Sample(Region.Box(new[] { 0.0, 0.0 }, new[] { 2.0, 1.0 }).Intersect(Region.Box(new[] { 1.0, 0.0 }, new[] { 3.0, 1.0 }))).Points);
        Assert.Equal(0.25, Fraction(both, On(null, 0)), 0.01);
        Assert.Equal(0.25, Fraction(both, On(1, null)), 0.01);
    }

    [Fact]
    public void Bad_shapes_and_empty_regions_are_one_sentence()
    {
        Assert.Contains("crosses itself", Assert.Throws<ArgumentException>(() => Region.Polygon(new[] { (0.0, 0.0), (1.0, 1.0), (1.0, 0.0), (0.0, 1.0) })).Message);
        Assert.Contains("radius must be positive", Assert.Throws<ArgumentException>(() => Region.Disk(0, 0, 0)).Message);
        Assert.Contains("lower < upper", Assert.Throws<ArgumentException>(() => Region.Box(new[] { 1.0 }, new[] { 0.0 })).Message);
        Assert.Contains("R^2 cannot be combined with one of R^3", Assert.Throws<ArgumentException>(() => Region.Disk(0, 0, 1).Union(Region.Ball(new[] { 0.0, 0, 0 }, 1))).Message);
        using var generator = RandomSource.Create(4);
        var apart = Region.Disk(0, 0, 1).Intersect(Region.Disk(5, 0, 1));
        Assert.Contains("it is empty", Assert.Throws<InvalidOperationException>(() => apart.SampleInterior(10, generator, CPU, ScalarType.Float64)).Message);
    }

    private static double Dist(double x, double y) => Math.Sqrt((x - 0.5) * (x - 0.5) + (y - 0.5) * (y - 0.5));
}
