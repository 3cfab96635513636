using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PdeDsl.Language;
using PdeDsl.Language.Lowering;

namespace PdeDsl.Generator.Emission;

/// <summary>
/// Regions (docs/language.md, "Regions"): <c>(x, y) in box(...) minus disk(...)</c> becomes a runtime <c>Region</c>, built
/// from the params' current values (again only when one of its numbers has changed); its coordinates' columns are drawn
/// by it, inside or on its boundary (one shape's part of it for <c>on boundary of hole</c>), and <c>normal</c> there is its
/// outward normal.
/// </summary>
internal static partial class ProblemEmitter
{
    private const string RegionType = "global::PdeDsl.Region";

    private static string RegionMethod(int index) => "PdeRegion" + index.ToString(CultureInfo.InvariantCulture);

    private static void WriteRegions(SourceWriter w, EmitProblem problem, ConstantEmitter constants)
    {
        for (int r = 0; r < problem.Regions.Count; r++)
        {
            var values = new List<string>();
            var build = Geometry(problem.Regions[r].Geometry, constants, values);
            var field = "pdeRegion" + r.ToString(CultureInfo.InvariantCulture);
            w.Line();
            w.Line($"private {RegionType}? {field};");
            w.Line($"private double[]? {field}Values;");
            w.Line();
            w.Line("// The region from the params' current values: built once, and again only when a number of it has changed.");
            w.Line($"private {RegionType} {RegionMethod(r)}()");
            w.Open();
            w.Line($"var values = new double[] {{ {string.Join(", ", values)} }};");
            w.Line($"if ({field} is not null && global::System.Linq.Enumerable.SequenceEqual(values, {field}Values!)) return {field};");
            w.Line($"{field}Values = values;");
            w.Line($"return {field} = {build};");
            w.Close();
        }
    }

    /// <summary>The C# that builds <paramref name="g"/> from <c>values</c>, each of its numbers appended to <paramref name="values"/>.</summary>
    private static string Geometry(GeometryModel g, ConstantEmitter constants, List<string> values)
    {
        if (g is CombinedGeometryModel c)
        {
            var left = Geometry(c.Left, constants, values);
            var right = Geometry(c.Right, constants, values);
            var method = c.Operation switch { GeometryOperation.Union => "Union", GeometryOperation.Intersect => "Intersect", _ => "Minus" };
            return $"{left}.{method}({right})";
        }
        var s = (ShapeModel)g;
        var at = values.Count;
        values.AddRange(s.Values.Select(constants.Emit));
        string V(int k) => "values[" + (at + k).ToString(CultureInfo.InvariantCulture) + "]";
        string Array(IEnumerable<int> ks) => "new[] { " + string.Join(", ", ks.Select(V)) + " }";
        int n = s.Values.Count;
        var name = CSharpText.String(s.Name);
        return s.Kind switch
        {
            ShapeKind.Box => $"{RegionType}.Box({Array(Enumerable.Range(0, n / 2).Select(k => 2 * k))}, {Array(Enumerable.Range(0, n / 2).Select(k => 2 * k + 1))}, {name})",
            ShapeKind.Polygon => $"{RegionType}.Polygon(new (double, double)[] {{ {string.Join(", ", Enumerable.Range(0, n / 2).Select(k => $"({V(2 * k)}, {V(2 * k + 1)})"))} }}, {name})",
            _ => $"{RegionType}.Ball({Array(Enumerable.Range(0, n - 1))}, {V(n - 1)}, {name})",
        };
    }

    /// <summary>The region whose coordinates include <paramref name="coordinate"/>, and its index.</summary>
    private static (int Index, DomainRegionModel Region) RegionOf(EmitProblem problem, string coordinate)
    {
        for (int r = 0; r < problem.Regions.Count; r++)
            if (problem.Regions[r].Coordinates.Contains(coordinate)) return (r, problem.Regions[r]);
        throw new System.InvalidOperationException($"No region has the coordinate {coordinate}."); // lowering gives every region coordinate one
    }

    /// <summary>The region's columns of a term's points: all of them at its first coordinate's turn, inside it or on its boundary.</summary>
    private static void WriteRegionColumns(SourceWriter w, EmitProblem problem, EmitEquation equation, CoordinateModel c, EmitColumnLaw law)
    {
        var (index, region) = RegionOf(problem, c.Name);
        if (region.Coordinates[0] != c.Name) return;
        var columns = $"points.narrow(1, {Naming.Offset(c.Name)}, {region.Coordinates.Count.ToString(CultureInfo.InvariantCulture)})";
        var piece = equation.Region.Piece is { } name ? ", " + CSharpText.String(name) : "";
        w.Line(law == EmitColumnLaw.Region
            ? $"{columns}.copy_({RegionMethod(index)}().SampleInterior(count, generator, device, dtype));"
            : $"{columns}.copy_({RegionMethod(index)}().SampleBoundary(count, generator, device, dtype{piece}).Points);");
    }

    /// <summary>
    /// <c>normal</c> on a region's boundary: the region's outward normal at the points' region columns, zero along the
    /// other spatial coordinates (none of them bounds the domain there).
    /// </summary>
    private static string RegionNormalCode(EmitProblem problem, EmitRegion region)
    {
        var (index, domain) = problem.Regions.Select((r, k) => (k, r)).First();
        var first = domain.Coordinates[0];
        var piece = region.Piece is { } name ? ", " + CSharpText.String(name) : "";
        var normal = $"{RegionMethod(index)}().OutwardNormals(points.narrow(1, {Naming.Offset(first)}, {domain.Coordinates.Count.ToString(CultureInfo.InvariantCulture)}){piece})";
        var spatial = problem.Coordinates.Where(c => !c.IsTime).ToList();
        if (spatial.All(c => domain.Coordinates.Contains(c.Name))) return normal;
        var parts = spatial.Where(c => !domain.Coordinates.Contains(c.Name) || c.Name == first).Select(c => c.Name == first
            ? normal
            : $"{Torch}.zeros(new long[] {{ points.shape[0], {LengthOf(c)} }}, dtype: points.dtype, device: points.device)");
        return $"{Torch}.cat(new[] {{ {string.Join(", ", parts)} }}, 1)";
    }
}
