using System.Linq;
using System.Globalization;
using System.Text;
using PdeDsl.Language.Grouping;

namespace PdeDsl.Language;

/// <summary>
/// Prints a compiled problem (<see cref="PdeCompiler"/>'s <see cref="GroupedProblem"/>) as canonical .pde text: compiling it again gives an equal model (up to spans
/// and source texts, which name places in the printed text). Lets are already inlined, so none are printed.
/// </summary>
public static class ProblemPrinter
{
    /// <summary>The canonical .pde text of <paramref name="problem"/>: namespace, dims, params, domain, pdes, conditions, exact.</summary>
    public static string Print(GroupedProblem problem)
    {
        var text = new StringBuilder();
        if (problem.Namespace is not null) text.Append("namespace ").Append(problem.Namespace).Append(";\n\n");
        text.Append("problem ").Append(problem.Name).Append(" {\n");
        foreach (var d in problem.Dims)
            text.Append("  dim ").Append(d.Name).Append(" = ").Append(d.DefaultValue.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var p in problem.Params)
        {
            text.Append("  param ").Append(p.Name);
            if (p.Length is { } length) text.Append('[').Append(length.Dims.Count > 0 ? length.Dims[0] : length.Constant.ToString(CultureInfo.InvariantCulture)).Append(']');
            if (p.Law is { } law) text.Append(" ~ normal(").Append(ExpressionPrinter.Print(law.Mean!)).Append(", ").Append(ExpressionPrinter.Print(law.Deviation!)).Append(")\n");
            else text.Append(" = ").Append(ExpressionPrinter.Number(p.DefaultValue)).Append(p.Learned ? " learn" : "").Append('\n');
        }
        if (problem.Coordinates.Count > 0)
        {
            text.Append("  domain ");
            for (int k = 0; k < problem.Coordinates.Count; k++)
            {
                var c = problem.Coordinates[k];
                if (c.Set == CoordinateSet.Region)
                {
                    var region = RegionOf(problem, c.Name);
                    if (region.Coordinates[0] != c.Name) continue;
                    if (k > 0) text.Append(", ");
                    text.Append('(').Append(string.Join(", ", region.Coordinates)).Append(") in ").Append(GeometryPrinter.Print(region.Geometry));
                    continue;
                }
                if (k > 0) text.Append(", ");
                text.Append(c.Name).Append(" in ");
                if (c.Set == CoordinateSet.Interval) text.Append('[').Append(ExpressionPrinter.Print(c.Lower)).Append(", ").Append(ExpressionPrinter.Print(c.Upper)).Append(']');
                else text.Append('R');
                if (c.Length is not null) text.Append('^').Append(c.Length.Dims.Count > 0 ? c.Length.Dims[0] : c.Length.Constant.ToString(CultureInfo.InvariantCulture));
                if (c.Set == CoordinateSet.Ball) text.Append(" where ").Append(Ball(c.Name, c.Centre!)).Append(" <= ").Append(ExpressionPrinter.Print(c.Radius!));
            }
            text.Append('\n');
        }
        foreach (var c in problem.Coordinates)
        {
            if (c.Law is not { } law) continue;
            text.Append("  sample ").Append(c.Name).Append(" ~ ");
            text.Append(law.Kind switch
            {
                LawKind.Normal => "normal(" + ExpressionPrinter.Print(law.Mean!) + ", " + ExpressionPrinter.Print(law.Deviation!) + ")",
                LawKind.Radial => "radial",
                _ => "uniform",
            }).Append('\n');
        }
        foreach (var pde in problem.Pdes)
            text.Append("  pde ").Append(Equation(pde)).Append('\n');
        foreach (var condition in problem.Conditions)
        {
            text.Append("  on ");
            text.Append(condition.Region.Kind switch
            {
                RegionKind.Boundary => condition.Region.Piece is { } piece ? "boundary of " + piece : "boundary",
                RegionKind.Sphere => Ball(condition.Region.Coordinate!, Centre(problem, condition.Region.Coordinate!)) + " = " + ExpressionPrinter.Print(condition.Region.Value!),
                _ => condition.Region.Coordinate + " = " + ExpressionPrinter.Print(condition.Region.Value!),
            });
            text.Append(": ").Append(Equation(condition)).Append('\n');
        }
        foreach (var o in problem.Observations)
            text.Append("  observe \"").Append(o.File).Append("\": ").Append(string.Join(", ", o.Unknowns)).Append('\n');
        if (problem.Exact is not null) text.Append("  exact ").Append(ExpressionPrinter.Print(problem.Exact)).Append('\n');
        text.Append("}\n");
        return text.ToString();
    }

    /// <summary><c>|x|</c> or <c>|x - a|</c>.</summary>
    private static string Ball(string name, BoundExpr centre) =>
        "|" + name + (centre is BoundNumber { Value: 0 } ? "" : " - (" + ExpressionPrinter.Print(centre) + ")") + "|";

    private static DomainRegionModel RegionOf(GroupedProblem problem, string coordinate)
    {
        foreach (var r in problem.Regions)
            if (r.Coordinates.Contains(coordinate)) return r;
        throw new System.InvalidOperationException($"No region has the coordinate {coordinate}.");
    }

    private static BoundExpr Centre(GroupedProblem problem, string coordinate)
    {
        foreach (var c in problem.Coordinates)
            if (c.Name == coordinate && c.Centre is not null) return c.Centre;
        return new BoundNumber(0);
    }

    private static string Equation(GroupedEquation e) => ExpressionPrinter.Print(e.Left) + " = " + ExpressionPrinter.Print(e.Right);
}
