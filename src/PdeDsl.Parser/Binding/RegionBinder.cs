using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PdeDsl.Language.Diagnostics;
using PdeDsl.Language.Syntax;

namespace PdeDsl.Language.Binding;

/// <summary>
/// Binds <c>(x, y) in box(...) minus disk(...) as hole</c> (docs/language.md, "Regions"): each shape's kind and numbers
/// (constant formulas), its dimension against the coordinates, the regions that are empty as written (when their numbers
/// are numbers), polygons that cross themselves, the names of the shapes' boundaries, and the bounding interval of each
/// coordinate (the coordinate's bounds in the model).
/// </summary>
internal sealed class RegionBinder
{
    private static readonly string[] Kinds = { "box", "disk", "ball", "polygon" };

    private readonly ExpressionBinder expressions;
    private readonly DiagnosticBag diagnostics;
    private readonly Func<SourceSpan, SourceSpan> toModelSpan;
    private readonly Dictionary<string, SourceSpan> aliases = new(StringComparer.Ordinal);
    private string coordinates = "";
    private int dimension;
    private bool failed;

    public RegionBinder(ExpressionBinder expressions, DiagnosticBag diagnostics, Func<SourceSpan, SourceSpan> toModelSpan)
    {
        this.expressions = expressions;
        this.diagnostics = diagnostics;
        this.toModelSpan = toModelSpan;
    }

    /// <summary>The region and each coordinate's bounding interval, or null when it was refused (reported).</summary>
    public (DomainRegionModel Region, BoundExpr[] Lower, BoundExpr[] Upper)? Bind(RegionDomainSyntax syntax)
    {
        var names = syntax.Coordinates.Select(c => c.Text).ToList();
        coordinates = "(" + string.Join(", ", names) + ")";
        dimension = names.Count;
        if (names.Count < 2)
            return Refuse(DiagnosticCodes.BadRegion, syntax.Span, $"a region needs two or three coordinates, as in (x, y) in box([0, 1], [0, 1]); for one coordinate write {names[0]} in [0, 1]");
        if (syntax.Coordinates.FirstOrDefault(c => c.Text == "t") is { } time)
            return Refuse(DiagnosticCodes.BadRegion, time.Span, "t is time and cannot be a coordinate of a region: declare it apart, as in domain t in [0, 1], (x, y) in box([0, 1], [0, 1])");
        var geometry = Geometry(syntax.Geometry);
        if (geometry is null || failed) return null;
        var (lower, upper) = Bounds(geometry);
        return (new DomainRegionModel(names.ToEquatableArray(), geometry, toModelSpan(syntax.Span)), lower, upper);
    }

    private (DomainRegionModel, BoundExpr[], BoundExpr[])? Refuse(string code, SourceSpan span, string message)
    {
        diagnostics.Error(code, span, message);
        return null;
    }

    private GeometryModel? Fail(string code, SourceSpan span, string message)
    {
        diagnostics.Error(code, span, message);
        failed = true;
        return null;
    }

    private GeometryModel? Geometry(GeometrySyntax syntax)
    {
        if (syntax is ShapeSyntax shape) return Shape(shape);
        var combined = (CombinedGeometrySyntax)syntax;
        var left = Geometry(combined.Left);
        var right = Geometry(combined.Right);
        if (left is null || right is null) return null;
        var model = new CombinedGeometryModel(combined.Operation, left, right);
        if (NumericBounds(left) is not { } a || NumericBounds(right) is not { } b) return model;
        if (combined.Operation == GeometryOperation.Intersect && Enumerable.Range(0, dimension).Any(k => a.Upper[k] < b.Lower[k] || b.Upper[k] < a.Lower[k]))
            return Fail(DiagnosticCodes.EmptyRegion, combined.OperatorSpan, "this intersection is empty: the two regions' bounding boxes do not meet");
        if (combined.Operation == GeometryOperation.Minus && Covers(right, a.Lower, a.Upper))
            return Fail(DiagnosticCodes.EmptyRegion, combined.OperatorSpan, "this difference is empty: the region after minus covers the whole region before it");
        return model;
    }

    private GeometryModel? Shape(ShapeSyntax shape)
    {
        var kindText = shape.Kind.Text;
        int kindIndex = Array.IndexOf(Kinds, kindText);
        if (kindIndex < 0)
        {
            var suggestion = NameSuggester.Closest(kindText, Kinds);
            return Fail(DiagnosticCodes.BadRegion, shape.Kind.Span,
                $"unknown shape '{kindText}'{(suggestion is null ? "" : $" (did you mean '{suggestion}'?)")}: the shapes are box, disk, ball and polygon");
        }
        var kind = (ShapeKind)kindIndex;
        var name = shape.Alias?.Text ?? kindText;
        if (shape.Alias is { } alias)
        {
            if (Array.IndexOf(Kinds, alias.Text) >= 0 && alias.Text != kindText)
                return Fail(DiagnosticCodes.BadBoundaryPiece, alias.Span, $"'{alias.Text}' is a shape's kind; name the {kindText} otherwise, as in as hole");
            if (aliases.TryGetValue(alias.Text, out var first))
                return Fail(DiagnosticCodes.BadBoundaryPiece, alias.Span, $"'{alias.Text}' already names a shape (line {first.Line}, column {first.Column}); give each shape its own name");
            aliases[alias.Text] = alias.Span;
        }
        var values = kind switch
        {
            ShapeKind.Box => Box(shape),
            ShapeKind.Polygon => Polygon(shape),
            _ => Ball(shape, kind),
        };
        if (values is null) return null;
        return new ShapeModel(kind, name, values.ToEquatableArray(), toModelSpan(shape.Span));
    }

    /// <summary>box([a1, b1], [a2, b2], ...): one side per coordinate, each non-empty.</summary>
    private List<BoundExpr>? Box(ShapeSyntax shape)
    {
        if (shape.Arguments.Any(a => a.Form != ShapeArgumentForm.Interval || a.Values.Count != 2))
            return Values(Fail(DiagnosticCodes.BadRegion, shape.Kind.Span, $"a box's arguments are its sides, one interval [lower, upper] per coordinate of {coordinates}, as in box({Sides()})"));
        if (shape.Arguments.Count != dimension)
            return Values(Fail(DiagnosticCodes.ShapeDimension, shape.Kind.Span, $"this box has {shape.Arguments.Count} sides, but the region {coordinates} has {dimension} coordinates: give one side per coordinate, as in box({Sides()})"));
        var values = Bind(shape.Arguments.SelectMany(a => a.Values));
        if (values is null) return null;
        for (int k = 0; k < dimension; k++)
            if (values[2 * k] is BoundNumber lo && values[2 * k + 1] is BoundNumber hi && !(lo.Value < hi.Value))
                return Values(Fail(DiagnosticCodes.EmptyRegion, shape.Arguments[k].Span,
                    $"the side [{ExpressionPrinter.Number(lo.Value)}, {ExpressionPrinter.Number(hi.Value)}] of this box is empty: the lower bound must be less than the upper"));
        return values;
    }

    /// <summary>disk((cx, cy), r) in the plane, ball((c1, ..., cd), r) in the region's dimension; the radius positive.</summary>
    private List<BoundExpr>? Ball(ShapeSyntax shape, ShapeKind kind)
    {
        var what = kind == ShapeKind.Disk ? "disk" : "ball";
        var example = kind == ShapeKind.Disk ? "disk((0.5, 0.5), 0.2)" : $"ball(({string.Join(", ", Enumerable.Repeat("0", dimension))}), 1)";
        if (kind == ShapeKind.Disk && dimension != 2)
            return Values(Fail(DiagnosticCodes.ShapeDimension, shape.Kind.Span, $"a disk lies in the plane, but the region {coordinates} has {dimension} coordinates: use ball(({string.Join(", ", Enumerable.Repeat("0", dimension))}), 1)"));
        if (shape.Arguments.Count != 2 || shape.Arguments[0].Form != ShapeArgumentForm.Point || shape.Arguments[1].Form != ShapeArgumentForm.Scalar)
            return Values(Fail(DiagnosticCodes.BadRegion, shape.Kind.Span, $"a {what}'s arguments are its centre (a point) and its radius, as in {example}"));
        if (shape.Arguments[0].Values.Count != dimension)
            return Values(Fail(DiagnosticCodes.ShapeDimension, shape.Arguments[0].Span, $"the centre of this {what} has {shape.Arguments[0].Values.Count} coordinates, but the region {coordinates} has {dimension}: write {example}"));
        var values = Bind(shape.Arguments.SelectMany(a => a.Values));
        if (values is null) return null;
        if (values[dimension] is BoundNumber r && !(r.Value > 0))
            return Values(Fail(DiagnosticCodes.EmptyRegion, shape.Arguments[1].Span, $"the radius of this {what} is {ExpressionPrinter.Number(r.Value)}, but it must be positive, as in {example}"));
        return values;
    }

    /// <summary>polygon((x1, y1), (x2, y2), (x3, y3), ...) in the plane: at least three vertices, simple.</summary>
    private List<BoundExpr>? Polygon(ShapeSyntax shape)
    {
        if (dimension != 2)
            return Values(Fail(DiagnosticCodes.ShapeDimension, shape.Kind.Span, $"a polygon lies in the plane, but the region {coordinates} has {dimension} coordinates: use box or ball"));
        if (shape.Arguments.FirstOrDefault(a => a.Form != ShapeArgumentForm.Point) is { } notPoint)
            return Values(Fail(DiagnosticCodes.BadRegion, notPoint.Span, "a polygon's arguments are its vertices, points (x, y), as in polygon((0, 0), (1, 0), (0, 1))"));
        if (shape.Arguments.FirstOrDefault(a => a.Values.Count != 2) is { } wrong)
            return Values(Fail(DiagnosticCodes.ShapeDimension, wrong.Span, $"this vertex has {wrong.Values.Count} coordinates, but a polygon's vertices are points (x, y) of the plane"));
        if (shape.Arguments.Count < 3)
            return Values(Fail(DiagnosticCodes.BadPolygon, shape.Kind.Span, $"a polygon needs at least three vertices, but this one has {shape.Arguments.Count}"));
        var values = Bind(shape.Arguments.SelectMany(a => a.Values));
        if (values is null) return null;
        if (values.All(v => v is BoundNumber) && PolygonCheck.Problem(values.Select(v => ((BoundNumber)v).Value).ToArray()) is { } problem)
            return Values(Fail(DiagnosticCodes.BadPolygon, shape.Kind.Span, problem));
        return values;
    }

    private static List<BoundExpr>? Values(GeometryModel? _) => null;

    private string Sides() => string.Join(", ", Enumerable.Repeat("[0, 1]", dimension));

    private List<BoundExpr>? Bind(IEnumerable<ExprSyntax> syntax)
    {
        var values = syntax.Select(s => expressions.BindConstant(s, "a number of a shape")).ToList();
        if (values.Any(v => v is BoundError)) { failed = true; return null; }
        return values;
    }

    /// <summary>The bounding box of a region whose numbers are all numbers, else null.</summary>
    private (double[] Lower, double[] Upper)? NumericBounds(GeometryModel g)
    {
        var (lower, upper) = Bounds(g);
        if (lower.Concat(upper).Any(v => v is not BoundNumber)) return null;
        return (lower.Select(v => ((BoundNumber)v).Value).ToArray(), upper.Select(v => ((BoundNumber)v).Value).ToArray());
    }

    /// <summary>Whether <paramref name="g"/> (a box or a ball with numbers) holds the whole box [lower, upper].</summary>
    private bool Covers(GeometryModel g, double[] lower, double[] upper)
    {
        if (g is not ShapeModel { Kind: ShapeKind.Box or ShapeKind.Disk or ShapeKind.Ball } s || s.Values.Any(v => v is not BoundNumber)) return false;
        var v = s.Values.Select(e => ((BoundNumber)e).Value).ToArray();
        if (s.Kind == ShapeKind.Box) return Enumerable.Range(0, dimension).All(k => v[2 * k] <= lower[k] && upper[k] <= v[2 * k + 1]);
        // A ball holds the box when it holds the box's farthest corner from its centre.
        double far = Enumerable.Range(0, dimension).Sum(k => Math.Pow(Math.Max(Math.Abs(lower[k] - v[k]), Math.Abs(upper[k] - v[k])), 2));
        return far <= v[dimension] * v[dimension];
    }

    /// <summary>Each coordinate's bounding interval as formulas (numbers fold): a union spans both, an intersection the overlap, a difference its left.</summary>
    private (BoundExpr[] Lower, BoundExpr[] Upper) Bounds(GeometryModel g)
    {
        if (g is ShapeModel s)
        {
            var v = s.Values;
            return s.Kind switch
            {
                ShapeKind.Box => (Axes(k => v[2 * k]), Axes(k => v[2 * k + 1])),
                ShapeKind.Polygon => (Axes(k => Fold("min", Enumerable.Range(0, v.Count / 2).Select(i => v[2 * i + k]))),
                    Axes(k => Fold("max", Enumerable.Range(0, v.Count / 2).Select(i => v[2 * i + k])))),
                _ => (Axes(k => Plus(v[k], v[dimension], -1)), Axes(k => Plus(v[k], v[dimension], 1))),
            };
        }
        var c = (CombinedGeometryModel)g;
        var (la, ua) = Bounds(c.Left);
        if (c.Operation == GeometryOperation.Minus) return (la, ua);
        var (lb, ub) = Bounds(c.Right);
        bool union = c.Operation == GeometryOperation.Union;
        return (Axes(k => Fold(union ? "min" : "max", new[] { la[k], lb[k] })), Axes(k => Fold(union ? "max" : "min", new[] { ua[k], ub[k] })));
    }

    private BoundExpr[] Axes(Func<int, BoundExpr> of) => Enumerable.Range(0, dimension).Select(of).ToArray();

    private static BoundExpr Plus(BoundExpr centre, BoundExpr radius, int sign) =>
        centre is BoundNumber c && radius is BoundNumber r
            ? new BoundNumber(c.Value + sign * r.Value)
            : new BoundBinary(sign > 0 ? BinaryOperator.Add : BinaryOperator.Subtract, centre, radius, ExprType.Scalar);

    private static BoundExpr Fold(string function, IEnumerable<BoundExpr> values) => values.Aggregate((a, b) =>
        a is BoundNumber x && b is BoundNumber y
            ? new BoundNumber(function == "min" ? Math.Min(x.Value, y.Value) : Math.Max(x.Value, y.Value))
            : new BoundCall(function, EquatableArray.Of(a, b), ExprType.Scalar));

    /// <summary>
    /// The shape <c>on boundary of NAME</c> means: the one whose name (given with <c>as</c>, else its kind) is NAME, else the
    /// one shape of kind NAME; its name for the runtime, or null when there is none or more than one (reported).
    /// </summary>
    public static string? Piece(Identifier piece, DomainRegionModel region, DiagnosticBag diagnostics)
    {
        var shapes = Shapes(region.Geometry).ToList();
        var named = shapes.Where(s => s.Name == piece.Text).ToList();
        var matches = named.Count > 0 ? named : shapes.Where(s => Kinds[(int)s.Kind] == piece.Text).ToList();
        if (matches.Count == 1) return matches[0].Name;
        var known = string.Join(", ", shapes.Select(s => s.Name).Distinct());
        diagnostics.Error(DiagnosticCodes.BadBoundaryPiece, piece.Span, matches.Count == 0
            ? $"the region has no shape named '{piece.Text}': its shapes are {known} (name one with as, as in disk((0.5, 0.5), 0.2) as hole)"
            : $"'{piece.Text}' names {matches.Count.ToString(CultureInfo.InvariantCulture)} shapes of the region: name the one you mean with as, as in disk((0.5, 0.5), 0.2) as hole, and write on boundary of hole");
        return null;
    }

    /// <summary>The shapes of a region, left to right.</summary>
    public static IEnumerable<ShapeModel> Shapes(GeometryModel g) => g is CombinedGeometryModel c
        ? Shapes(c.Left).Concat(Shapes(c.Right))
        : new[] { (ShapeModel)g };
}
