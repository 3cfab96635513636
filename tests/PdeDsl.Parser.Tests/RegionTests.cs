using System.Linq;
using PdeDsl.Language.Grouping;
using PdeDsl.Language.Lowering;
using Xunit;
using static PdeDsl.Language.Tests.Build;

namespace PdeDsl.Language.Tests;

/// <summary>Regions (docs/language.md, "Regions") bind to shapes and their combinations, name their boundaries, and lower to the region's sampler and normals.</summary>
public class RegionTests
{
    public const string Plate = """
        problem Plate {
          param r = 0.2
          domain t in [0, 1], (x, y) in box([0, 1], [0, 1]) minus disk((0.5, 0.5), r) as hole
          pde u_t = lap(u)
          on t = 0: u = 0
          on boundary of box: u = x
          on boundary of disk: dot(normal, grad u) = 1
          on boundary: u_x = 0
        }
        """;

    private static GroupedProblem Single(string text)
    {
        var result = PdeCompiler.CompileFile(text);
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        return Assert.Single(result.Problems);
    }

    private static ShapeModel Shape(ShapeKind kind, string name, params BoundExpr[] values) => new(kind, name, values.ToEquatableArray(), SourceSpan.None);

    [Fact]
    public void A_plate_minus_a_named_disk_binds_to_its_shapes_and_its_coordinates_to_the_region_bounds()
    {
        var p = Single(Plate);
        var region = Assert.Single(p.Regions);
        Assert.Equal(new[] { "x", "y" }, region.Coordinates);
        var expected = new CombinedGeometryModel(GeometryOperation.Minus,
            Shape(ShapeKind.Box, "box", Num(0), Num(1), Num(0), Num(1)),
            Shape(ShapeKind.Disk, "hole", Num(0.5), Num(0.5), new BoundParam("r")));
        Assert.Equal(expected, ModelText.WithoutSources(region.Geometry));
        var x = p.Coordinates.First(c => c.Name == "x");
        Assert.Equal((CoordinateSet.Region, Num(0), Num(1)), (x.Set, x.Lower, x.Upper));
        Assert.Equal(CoordinateSet.Interval, p.Coordinates[0].Set);
        // on boundary of box, of disk (the one disk, named hole), of all of it.
        Assert.Equal(new string?[] { null, "box", "hole", null }, p.Conditions.Select(c => c.Region.Piece));
        Assert.All(p.Conditions.Skip(1), c => Assert.Equal(RegionKind.Boundary, c.Region.Kind));
    }

    [Fact]
    public void Union_intersect_and_minus_combine_left_to_right_and_parentheses_group()
    {
        var flat = Single("problem P { domain (x, y) in box([0, 2], [0, 2]) minus disk((1, 1), 0.5) union polygon((2, 0), (3, 0), (3, 1)) pde lap(u) = 0 }");
        var grouped = Single("problem P { domain (x, y) in box([0, 2], [0, 2]) minus (disk((1, 1), 0.5) union polygon((2, 0), (3, 0), (3, 1))) pde lap(u) = 0 }");
        var f = Assert.IsType<CombinedGeometryModel>(flat.Regions[0].Geometry);
        Assert.Equal(GeometryOperation.Union, f.Operation);
        Assert.Equal(GeometryOperation.Minus, Assert.IsType<CombinedGeometryModel>(f.Left).Operation);
        var g = Assert.IsType<CombinedGeometryModel>(grouped.Regions[0].Geometry);
        Assert.Equal(GeometryOperation.Minus, g.Operation);
        Assert.Equal(GeometryOperation.Union, Assert.IsType<CombinedGeometryModel>(g.Right).Operation);
        // The bounds: a union spans both (x up to 3), a difference keeps its left (x up to 2).
        Assert.Equal(Num(3), flat.Coordinates[0].Upper);
        Assert.Equal(Num(2), grouped.Coordinates[0].Upper);
    }

    [Fact]
    public void Balls_in_three_dimensions_and_bounds_over_params_are_formulas()
    {
        var p = Single("problem P { param a = 1 domain (x, y, z) in ball((0, 0, 0), a) intersect box([-1, 1], [-1, 1], [0, 1]) pde lap(u) = 0 }");
        var z = p.Coordinates[2];
        Assert.Equal(Call("max", Bin(BinaryOperator.Subtract, Num(0), new BoundParam("a")), Num(0)), z.Lower);
        Assert.Equal(Call("min", Bin(BinaryOperator.Add, Num(0), new BoundParam("a")), Num(1)), z.Upper);
    }

    [Fact]
    public void Lowering_draws_the_region_columns_with_the_region_and_names_the_boundary_piece()
    {
        var emit = EmitLowering.Lower(Single(Plate));
        Assert.Equal(EmitSampler.Laws, emit.Sampler);
        Assert.Single(emit.Regions);
        var pde = emit.Equations[0];
        Assert.Equal(new[] { EmitColumnLaw.Uniform, EmitColumnLaw.Region, EmitColumnLaw.Region }, pde.Columns.Select(c => c.Law));
        var hole = emit.Equations[3];
        Assert.Equal(new EmitRegion(EmitRegionKind.RegionBoundary, Piece: "hole"), hole.Region);
        Assert.Equal(new[] { EmitColumnLaw.Uniform, EmitColumnLaw.RegionBoundary, EmitColumnLaw.RegionBoundary }, hole.Columns.Select(c => c.Law));
        Assert.Equal(new EmitRegion(EmitRegionKind.RegionBoundary), emit.Equations[4].Region);
    }

    [Fact]
    public void Printing_a_region_and_compiling_again_gives_an_equal_model()
    {
        var model = Single(Plate);
        var again = Single(ProblemPrinter.Print(model));
        Assert.Equal(ModelText.WithoutSources(model), ModelText.WithoutSources(again));
    }

    [Fact]
    public void The_attribute_form_takes_a_region_and_a_named_boundary()
    {
        var result = PdeCompiler.CompileStatements("P", null, EquatableArray.Of(
            new StatementSource("domain", EquatableArray.Of("(x, y) in polygon((0, 0), (1, 0), (0, 1)) as wedge")),
            new StatementSource("pde", EquatableArray.Of("lap(u) = 0")),
            new StatementSource("on", EquatableArray.Of("boundary of wedge", "u = 0"))));
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        var p = Assert.Single(result.Problems);
        Assert.Equal("wedge", p.Conditions[0].Region.Piece);
        Assert.Equal(Num(1), p.Coordinates[1].Upper);
    }
}
