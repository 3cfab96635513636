using System.Linq;

namespace PdeDsl.Language;

/// <summary>A region as .pde text: shapes with their names (<c>as hole</c> where the name is not the kind), combined left to right.</summary>
internal static class GeometryPrinter
{
    public static string Print(GeometryModel g)
    {
        if (g is CombinedGeometryModel c)
        {
            var right = Print(c.Right);
            var word = c.Operation switch { GeometryOperation.Union => "union", GeometryOperation.Intersect => "intersect", _ => "minus" };
            return Print(c.Left) + " " + word + " " + (c.Right is CombinedGeometryModel ? "(" + right + ")" : right);
        }
        var s = (ShapeModel)g;
        var kind = s.Kind.ToString().ToLowerInvariant();
        var v = s.Values.Select(ExpressionPrinter.Print).ToList();
        var arguments = s.Kind switch
        {
            ShapeKind.Box => Enumerable.Range(0, v.Count / 2).Select(k => "[" + v[2 * k] + ", " + v[2 * k + 1] + "]"),
            ShapeKind.Polygon => Enumerable.Range(0, v.Count / 2).Select(k => "(" + v[2 * k] + ", " + v[2 * k + 1] + ")"),
            _ => new[] { "(" + string.Join(", ", v.Take(v.Count - 1)) + ")", v[v.Count - 1] },
        };
        return kind + "(" + string.Join(", ", arguments) + ")" + (s.Name == kind ? "" : " as " + s.Name);
    }
}
