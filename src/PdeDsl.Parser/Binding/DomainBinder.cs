using System;
using System.Collections.Generic;
using System.Linq;
using PdeDsl.Language.Diagnostics;
using PdeDsl.Language.Parsing;
using PdeDsl.Language.Syntax;

namespace PdeDsl.Language.Binding;

/// <summary>
/// Binds the domain (docs/language.md, "Domains and sampling laws"): intervals, unbounded coordinates <c>c in R^n</c>, balls
/// <c>where |c - a| &lt;= r</c>, sampling laws <c>sample c ~ law</c>, and the regions conditions hold on (faces,
/// <c>on boundary</c>, spheres <c>on |c| = r</c>), against a scope whose coordinate types are known.
/// </summary>
internal sealed class DomainBinder
{
    private readonly ProblemScope scope;
    private readonly ExpressionBinder expressions;
    private readonly DiagnosticBag diagnostics;
    private readonly Func<SourceSpan, SourceSpan> toModelSpan;
    private readonly IReadOnlyCollection<string> unparsed;
    private readonly Dictionary<string, DeclaredName> declared;
    private readonly Dictionary<string, (bool IsTime, VectorLength? Length)> coordinateTypes;
    private readonly List<string> coordinateOrder;

    /// <summary>The bound coordinates by name (in the scope once the coordinates are bound), for regions.</summary>
    private readonly Dictionary<string, CoordinateModel> boundCoordinates;

    /// <summary>The regions (<c>(x, y) in ...</c>) bound by <see cref="BindCoordinates"/>, or those of the scope.</summary>
    public List<DomainRegionModel> Regions { get; }

    /// <param name="scope">The problem's names and coordinate types (and bound coordinates, for regions).</param>
    /// <param name="expressions">Binds bounds, centres, radii, face values and laws' arguments in that scope.</param>
    /// <param name="diagnostics">Where errors go.</param>
    /// <param name="toModelSpan">Maps a syntax span to the span stored in the model.</param>
    /// <param name="unparsed">Keywords of statements that did not parse (already reported).</param>
    public DomainBinder(ProblemScope scope, ExpressionBinder expressions, DiagnosticBag diagnostics, Func<SourceSpan, SourceSpan> toModelSpan, IReadOnlyCollection<string> unparsed)
    {
        this.scope = scope;
        this.expressions = expressions;
        this.diagnostics = diagnostics;
        this.toModelSpan = toModelSpan;
        this.unparsed = unparsed;
        declared = scope.Declared.ToDictionary(d => d.Name, StringComparer.Ordinal);
        coordinateTypes = scope.Coordinates.ToDictionary(c => c.Name, c => (c.IsTime, c.Length), StringComparer.Ordinal);
        coordinateOrder = scope.Coordinates.Select(c => c.Name).ToList();
        boundCoordinates = scope.BoundCoordinates.ToDictionary(c => c.Name, StringComparer.Ordinal);
        Regions = scope.BoundRegions.ToList();
    }

    private BoundExpr Error(string code, SourceSpan span, string message)
    {
        diagnostics.Error(code, span, message);
        return new BoundError();
    }

    private static readonly BoundExpr MinusInfinity = new BoundNumber(double.NegativeInfinity);
    private static readonly BoundExpr PlusInfinity = new BoundNumber(double.PositiveInfinity);

    /// <summary><c>c in R^n</c>, with its ball when it has one.</summary>
    private CoordinateModel BindUnbounded(CoordinateSyntax c, bool isTime, VectorLength? length)
    {
        var span = toModelSpan(c.Span);
        if (c.Ball is null) return new CoordinateModel(c.Name.Text, isTime, length, MinusInfinity, PlusInfinity, span, CoordinateSet.Real);
        var ball = c.Ball;
        BoundExpr centre = new BoundNumber(0);
        switch (ball.Norm.Operand is ParenSyntax p ? p.Inner : ball.Norm.Operand)
        {
            case NameSyntax n when n.Name == c.Name.Text:
                break;
            case BinarySyntax { Operator: BinaryOperator.Subtract, Left: NameSyntax n } b when n.Name == c.Name.Text:
                centre = expressions.BindConstant(b.Right, "the centre of a ball");
                if (centre is not BoundError && centre.Type.IsVector && (length is null || !centre.Type.Length!.SameAs(length)))
                    centre = Error(DiagnosticCodes.LengthMismatch, b.Right.Span,
                        $"the centre of the ball of {c.Name.Text} is a {ExpressionBinder.Describe(centre.Type)}, but {c.Name.Text} has length {(length is null ? "1" : length.ToString())}: give a scalar (the same for every component) or a vector of its length");
                break;
            default:
                Error(DiagnosticCodes.BadBall, ball.Norm.Span,
                    $"the ball of {c.Name.Text} is written where |{c.Name.Text}| <= r or where |{c.Name.Text} - a| <= r, with {c.Name.Text} itself inside the norm");
                centre = new BoundError();
                break;
        }
        var radius = expressions.BindConstant(ball.Radius, "the radius of a ball");
        if (radius is BoundNumber r && !(r.Value > 0))
            radius = Error(DiagnosticCodes.BadBall, ball.Radius.Span,
                $"the radius of the ball of {c.Name.Text} is {ExpressionPrinter.Number(r.Value)}, but it must be positive, as in where |{c.Name.Text}| <= 1");
        if (centre is BoundError || radius is BoundError)
            return new CoordinateModel(c.Name.Text, isTime, length, MinusInfinity, PlusInfinity, span, CoordinateSet.Ball, centre, radius);
        var lower = centre.Type.IsVector ? MinusInfinity : Fold(BinaryOperator.Subtract, centre, radius);
        var upper = centre.Type.IsVector ? PlusInfinity : Fold(BinaryOperator.Add, centre, radius);
        return new CoordinateModel(c.Name.Text, isTime, length, lower, upper, span, CoordinateSet.Ball, centre, radius);
    }

    private static BoundExpr Fold(BinaryOperator op, BoundExpr a, BoundExpr b) =>
        a is BoundNumber x && b is BoundNumber y
            ? new BoundNumber(op == BinaryOperator.Add ? x.Value + y.Value : x.Value - y.Value)
            : new BoundBinary(op, a, b, ExprType.Scalar);

    /// <summary>Attaches each <c>sample</c> statement's law to its coordinate; an unbounded coordinate without one is an error.</summary>
    private List<CoordinateModel> BindLaws(List<CoordinateModel> coordinates)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int k = 0; k < coordinates.Count; k++) index[coordinates[k].Name] = k;
        var lawSpans = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var s in scope.Samples)
        {
            var name = s.Coordinate.Text;
            if (!index.TryGetValue(name, out var k))
            {
                if (scope.Refused.Contains(name) || (scope.DomainIncomplete && !declared.ContainsKey(name))) continue;
                var known = coordinateOrder.Count == 0 ? "none" : string.Join(", ", coordinateOrder);
                diagnostics.Error(DiagnosticCodes.BadSample, s.Coordinate.Span,
                    declared.TryGetValue(name, out var d)
                        ? $"'{name}' is a {d.Kind}, not a coordinate: a law is given to a coordinate of the domain ({known})"
                        : $"'{name}' is not a coordinate: a law is given to a coordinate of the domain ({known})");
                continue;
            }
            if (lawSpans.TryGetValue(name, out var first))
            {
                diagnostics.Error(DiagnosticCodes.BadSample, s.Coordinate.Span,
                    $"{name} already has a law (line {first.Line}, column {first.Column}); a coordinate has one law: remove one of them");
                continue;
            }
            lawSpans[name] = s.Coordinate.Span;
            var law = BindLaw(s, coordinates[k], coordinates.Take(k).Select(c => c.Name));
            if (law is not null) coordinates[k] = coordinates[k] with { Law = law.Kind == LawKind.Uniform ? null : law };
        }
        foreach (var c in scope.CoordinateSyntax)
        {
            // A sample statement that did not parse may have been this coordinate's law: its own error says enough.
            if (!c.IsReal || c.Ball is not null || lawSpans.ContainsKey(c.Name.Text) || unparsed.Contains("sample")) continue;
            var shape = c.Length is null ? "R" : "R^" + (c.Length is NameSyntax n ? n.Name : ((NumberSyntax)c.Length).Text);
            diagnostics.Error(DiagnosticCodes.MissingLaw, c.Name.Span,
                $"{c.Name.Text} in {shape} is unbounded, so its points need a law: add sample {c.Name.Text} ~ normal(0, 1), or bound it with where |{c.Name.Text}| <= 1");
        }
        return coordinates;
    }

    private LawModel? BindLaw(SampleSyntax s, CoordinateModel coordinate, IEnumerable<string> earlier)
    {
        var law = s.Law;
        var name = coordinate.Name;
        var span = toModelSpan(s.Span);
        LawKind kind;
        switch (law.Name.Text)
        {
            case "uniform": kind = LawKind.Uniform; break;
            case "normal": kind = LawKind.Normal; break;
            case "radial": kind = LawKind.Radial; break;
            default:
                var suggestion = NameSuggester.Closest(law.Name.Text, new[] { "uniform", "normal", "radial" });
                diagnostics.Error(DiagnosticCodes.BadLaw, law.Name.Span,
                    $"unknown law '{law.Name.Text}'{(suggestion is null ? "" : $" (did you mean '{suggestion}'?)")}: the laws are uniform, normal(mean, std) and radial");
                return null;
        }
        int arity = kind == LawKind.Normal ? 2 : 0;
        if (law.Arguments.Count != arity || (arity == 0 && law.HasArgumentList))
        {
            diagnostics.Error(DiagnosticCodes.ArgumentCount, law.Name.Span, kind == LawKind.Normal
                ? $"normal takes 2 arguments (mean, std) but is given {law.Arguments.Count}: write sample {name} ~ normal(0, 1)"
                : $"{law.Name.Text} takes no arguments: write sample {name} ~ {law.Name.Text}");
            return null;
        }
        if (coordinate.Set == CoordinateSet.Region && kind != LawKind.Uniform)
        {
            diagnostics.Error(DiagnosticCodes.BadRegion, law.Name.Span, $"{name} is a coordinate of a region, whose points are uniform in it: its law is uniform");
            return null;
        }
        string? misfit = (kind, coordinate.Set) switch
        {
            (LawKind.Radial, CoordinateSet.Interval) => $"radial is a law of balls, but {name} is an interval: its law is uniform (or declare {name} in R^n where |{name}| <= r)",
            (LawKind.Radial, CoordinateSet.Real) => $"radial is a law of balls, but {name} is unbounded: bound it with where |{name}| <= r, or give it normal(mean, std)",
            (LawKind.Normal, CoordinateSet.Interval) => $"normal needs an unbounded coordinate, but {name} is an interval, whose law is uniform: declare {name} in R{(coordinate.IsVector ? "^n" : "")} to draw it from normal(mean, std)",
            (LawKind.Normal, CoordinateSet.Ball) => $"normal needs an unbounded coordinate, but {name} is a ball, whose laws are uniform and radial",
            (LawKind.Uniform, CoordinateSet.Real) => $"uniform needs a bounded coordinate, but {name} is unbounded: give it normal(mean, std), or bound it with where |{name}| <= r",
            _ => null,
        };
        if (misfit is not null)
        {
            diagnostics.Error(DiagnosticCodes.BadLaw, law.Name.Span, misfit);
            return null;
        }
        if (kind != LawKind.Normal) return new LawModel(kind, null, null, span);
        var allowed = new HashSet<string>(earlier, StringComparer.Ordinal);
        var mean = BindLawArgument(law.Arguments[0], coordinate, allowed, "mean");
        var deviation = BindLawArgument(law.Arguments[1], coordinate, allowed, "standard deviation");
        if (deviation is BoundNumber sd && !(sd.Value > 0))
            deviation = Error(DiagnosticCodes.BadDeviation, law.Arguments[1].Span,
                $"the standard deviation of {name} is {ExpressionPrinter.Number(sd.Value)}, but it must be positive, as in normal(0, 1)");
        if (mean is BoundError || deviation is BoundError) return null;
        return new LawModel(kind, mean, deviation, span);
    }

    /// <summary>A mean or standard deviation: a scalar or a vector of the coordinate's length, over the coordinates drawn before it.</summary>
    private BoundExpr BindLawArgument(ExprSyntax syntax, CoordinateModel coordinate, HashSet<string> allowed, string what)
    {
        var e = expressions.Bind(syntax);
        if (e is BoundError) return e;
        var name = coordinate.Name;
        if (BoundExprWalker.Any(e, n => n is BoundDerivative))
            return Error(DiagnosticCodes.NotAllowedHere, syntax.Span, $"the {what} of {name}'s law cannot use u or its derivatives: laws draw the points before u is known");
        foreach (var node in BoundExprWalker.Nodes(e))
        {
            if (node is not BoundCoordinate used || allowed.Contains(used.Name)) continue;
            return Error(DiagnosticCodes.LawOrder, syntax.Span, used.Name == name
                ? $"the {what} of {name}'s law uses {name} itself: a law may use only the coordinates declared before {name} ({(allowed.Count == 0 ? "none" : string.Join(", ", coordinateOrder.Where(allowed.Contains)))})"
                : $"the {what} of {name}'s law uses {used.Name}, which is declared after {name}: coordinates are drawn in declaration order, so declare {used.Name} before {name} in the domain");
        }
        if (e.Type.IsVector && (coordinate.Length is null || !e.Type.Length!.SameAs(coordinate.Length)))
            return Error(DiagnosticCodes.LengthMismatch, syntax.Span,
                $"the {what} of {name}'s law is a {ExpressionBinder.Describe(e.Type)}, but {name} has length {(coordinate.Length is null ? "1" : coordinate.Length.ToString())}: give a scalar or a vector of its length");
        return expressions.RefuseLearned(e, syntax, $"the {what} of {name}'s law");
    }

    /// <summary><c>on |c - a| = r</c>: must be the sphere of a declared ball (same coordinate, centre and radius).</summary>
    private RegionModel? BindSphere(WhereSyntax where)
    {
        var norm = where.Sphere!;
        var inner = norm.Operand is ParenSyntax p ? p.Inner : norm.Operand;
        var (nameSyntax, centreSyntax) = inner switch
        {
            NameSyntax n => (n, (ExprSyntax?)null),
            BinarySyntax { Operator: BinaryOperator.Subtract, Left: NameSyntax n } b => (n, b.Right),
            _ => (null, null),
        };
        var balls = boundCoordinates.Values.Where(c => c.Set == CoordinateSet.Ball).ToList();
        var declaredBalls = balls.Count == 0 ? "the domain declares none" : "the domain declares " + string.Join(", ", balls.Select(BallText));
        if (nameSyntax is null)
        {
            diagnostics.Error(DiagnosticCodes.BadSphere, norm.Span, $"a condition on a sphere is written on |x| = r or on |x - a| = r with a ball coordinate x; {declaredBalls}");
            return null;
        }
        if (!boundCoordinates.TryGetValue(nameSyntax.Name, out var coordinate) || coordinate.Set != CoordinateSet.Ball)
        {
            if (!boundCoordinates.ContainsKey(nameSyntax.Name) && scope.DomainIncomplete) return null;
            diagnostics.Error(DiagnosticCodes.BadSphere, nameSyntax.Span, $"'{nameSyntax.Name}' is not a ball coordinate, so |{nameSyntax.Name}| = r is no boundary of the domain: {declaredBalls}");
            return null;
        }
        var centre = centreSyntax is null ? new BoundNumber(0) : expressions.BindConstant(centreSyntax, "the centre of a sphere");
        var radius = expressions.BindConstant(where.Value!, "the radius of a sphere");
        if (centre is BoundError || radius is BoundError || coordinate.Centre is null || coordinate.Radius is null) return null;
        if (!centre.Equals(coordinate.Centre) || !radius.Equals(coordinate.Radius))
        {
            diagnostics.Error(DiagnosticCodes.BadSphere, where.Span,
                $"this sphere is not the boundary of the ball of {coordinate.Name}: write on {BallText(coordinate).Replace("<=", "=")} (or on boundary)");
            return null;
        }
        return new RegionModel(RegionKind.Sphere, coordinate.Name, coordinate.Radius);
    }

    private static string BallText(CoordinateModel c) =>
        "|" + c.Name + (c.Centre is BoundNumber { Value: 0 } ? "" : " - " + ExpressionPrinter.Print(c.Centre!)) + "| <= " + ExpressionPrinter.Print(c.Radius!);

    /// <summary>
    /// <c>on boundary</c>: the faces of the bounded intervals (not the periodic ones), or the sphere of the one ball. A domain
    /// whose spatial coordinates are all unbounded or periodic has no boundary; one that mixes a ball with intervals must name each part.
    /// </summary>
    private bool CheckBoundary(WhereSyntax where)
    {
        var spatial = boundCoordinates.Values.Where(c => !c.IsTime).ToList();
        if (spatial.Count == 0) return true; // the first edition's message (no spatial coordinate) comes from the caller
        var balls = spatial.Where(c => c.Set == CoordinateSet.Ball).ToList();
        var intervals = spatial.Where(c => c.HasFaces).ToList();
        var periodic = spatial.Where(c => c.Periodic).ToList();
        var regions = spatial.Where(c => c.Set == CoordinateSet.Region).ToList();
        if (regions.Count > 0 && balls.Count + intervals.Count > 0)
        {
            var parts = new[] { Regions.Count > 0 ? "on boundary of " + RegionBinder.Shapes(Regions[0].Geometry).First().Name : "on boundary of ..." }.Concat(balls.Select(b => "on " + BallText(b).Replace("<=", "="))).Concat(intervals.Select(i => $"on {i.Name} = ..."));
            diagnostics.Error(DiagnosticCodes.NoBoundary, where.Span,
                $"on boundary is ambiguous here: the boundary has parts of different kinds; state a condition for each ({string.Join(", ", parts)})");
            return false;
        }
        if (regions.Count > 0) return true;
        if (balls.Count == 0 && intervals.Count == 0 && periodic.Count > 0)
        {
            diagnostics.Error(DiagnosticCodes.NoBoundary, where.Span,
                $"on boundary has nothing to hold on: {string.Join(", ", periodic.Select(c => c.Name))} {(periodic.Count == 1 ? "is" : "are")} periodic, so the domain has no boundary; state the condition on a face such as t = 0, or drop periodic");
            return false;
        }
        if (balls.Count == 0 && intervals.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.NoBoundary, where.Span,
                $"on boundary needs a bounded spatial coordinate, but {string.Join(", ", spatial.Select(c => c.Name))} {(spatial.Count == 1 ? "is" : "are")} unbounded: bound one (x in R^n where |x| <= 1, or x in [0, 1]^n), or state the condition on a face such as t = T");
            return false;
        }
        if (balls.Count > 1 || (balls.Count == 1 && intervals.Count > 0))
        {
            var parts = balls.Select(b => "on " + BallText(b).Replace("<=", "=")).Concat(intervals.Select(i => $"on {i.Name} = ..."));
            diagnostics.Error(DiagnosticCodes.NoBoundary, where.Span,
                $"on boundary is ambiguous here: the boundary has parts of different kinds; state a condition for each ({string.Join(", ", parts)})");
            return false;
        }
        return true;
    }

    /// <summary>The coordinates with their bounds, balls and laws, in declaration order.</summary>
    public List<CoordinateModel> BindCoordinates() => BindLaws(BindBounds());

    private List<CoordinateModel> BindBounds()
    {
        var result = new List<CoordinateModel>();
        var regions = new RegionBinder(expressions, diagnostics, toModelSpan);
        RegionDomainSyntax? current = null;
        (DomainRegionModel Region, BoundExpr[] Lower, BoundExpr[] Upper)? bound = null;
        foreach (var c in scope.CoordinateSyntax)
        {
            if (c.Region is { } region)
            {
                if (!ReferenceEquals(region, current))
                {
                    current = region;
                    bound = BindRegionDomain(regions, region);
                }
                int k = region.Coordinates.Select(n => n.Text).ToList().IndexOf(c.Name.Text);
                result.Add(new CoordinateModel(c.Name.Text, false, null, bound?.Lower[k] ?? new BoundError(), bound?.Upper[k] ?? new BoundError(),
                    toModelSpan(c.Span), CoordinateSet.Region));
                continue;
            }
            if (c.IsReal)
            {
                var (time, len) = coordinateTypes[c.Name.Text];
                result.Add(BindUnbounded(c, time, len));
                continue;
            }
            var lower = expressions.BindConstant(c.Lower!, "a bound of a coordinate");
            var upper = expressions.BindConstant(c.Upper!, "a bound of a coordinate");
            if (lower is BoundNumber lo && upper is BoundNumber hi && !(lo.Value < hi.Value))
                diagnostics.Error(DiagnosticCodes.BadValue, Lexer.Cover(c.Lower!.Span, c.Upper!.Span),
                    $"the interval [{ExpressionPrinter.Number(lo.Value)}, {ExpressionPrinter.Number(hi.Value)}] of {c.Name.Text} is empty: the lower bound must be less than the upper, as in {c.Name.Text} in [0, 1]");
            var (isTime, length) = coordinateTypes[c.Name.Text];
            result.Add(new CoordinateModel(c.Name.Text, isTime, length, lower, upper, toModelSpan(c.Span)));
        }
        return result;
    }

    /// <summary>One region of the domain: a second one, or one with a refused coordinate, is refused.</summary>
    private (DomainRegionModel Region, BoundExpr[] Lower, BoundExpr[] Upper)? BindRegionDomain(RegionBinder binder, RegionDomainSyntax region)
    {
        if (Regions.Count > 0)
        {
            diagnostics.Error(DiagnosticCodes.BadRegion, region.Span,
                "the domain already has a region; combine the shapes into one with union, intersect or minus, as in (x, y) in box([0, 1], [0, 1]) minus disk((0.5, 0.5), 0.2)");
            return null;
        }
        if (region.Coordinates.Any(n => !coordinateTypes.ContainsKey(n.Text))) return null; // declared twice: reported
        var bound = binder.Bind(region);
        if (bound is { } b) Regions.Add(b.Region);
        return bound;
    }

    /// <summary>Where a condition holds: on boundary, on a face c = v, or on a sphere; null when it was refused (reported).</summary>
    public RegionModel? BindRegion(WhereSyntax where)
    {
        if (where.Sphere is not null) return BindSphere(where);
        if (where.Piece is { } piece)
        {
            if (Regions.Count == 0)
            {
                if (!scope.DomainIncomplete)
                    diagnostics.Error(DiagnosticCodes.BadBoundaryPiece, piece.Span,
                        $"on boundary of {piece.Text} names a shape of a region, but the domain has none: declare one, as in domain (x, y) in box([0, 1], [0, 1]) minus disk((0.5, 0.5), 0.2) as hole, or write on boundary");
                return null;
            }
            var shape = RegionBinder.Piece(piece, Regions[0], diagnostics);
            return shape is null ? null : new RegionModel(RegionKind.Boundary, null, null, shape);
        }
        if (where.Coordinate is null)
        {
            if (!coordinateTypes.Values.Any(c => !c.IsTime) && coordinateTypes.Count > 0 && !scope.DomainIncomplete)
            {
                diagnostics.Error(DiagnosticCodes.BadFace, where.Span, "on boundary needs a spatial coordinate, but the domain has only t; use on t = 0 for an initial condition");
                return null;
            }
            if (!scope.DomainIncomplete && !CheckBoundary(where)) return null;
            return new RegionModel(RegionKind.Boundary, null, null);
        }
        var name = where.Coordinate.Text;
        if (!coordinateTypes.TryGetValue(name, out var type))
        {
            var known = coordinateOrder.Count == 0 ? "none" : string.Join(", ", coordinateOrder);
            diagnostics.Error(DiagnosticCodes.BadFace, where.Coordinate.Span,
                declared.TryGetValue(name, out var d)
                    ? $"'{name}' is a {d.Kind}, not a coordinate: a condition holds on a face such as x = 0 of a declared coordinate ({known})"
                    : $"'{name}' is not a coordinate: a condition holds on a face such as x = 0 of a declared coordinate ({known}), or on boundary");
            return null;
        }
        if (type.Length is not null)
        {
            diagnostics.Error(DiagnosticCodes.BadFace, where.Coordinate.Span,
                $"'{name}' is a vector coordinate (length {type.Length}); a face needs a scalar coordinate: use on boundary for all faces of the box");
            return null;
        }
        if (boundCoordinates.TryGetValue(name, out var inRegion) && inRegion.Set == CoordinateSet.Region)
        {
            diagnostics.Error(DiagnosticCodes.BadRegion, where.Coordinate.Span,
                $"{name} is a coordinate of a region, whose boundary is its shapes': write on boundary, or on boundary of a shape (on boundary of box)");
            return null;
        }
        var value = expressions.BindConstant(where.Value!, "the value of a face");
        if (value is BoundError) return null;
        return new RegionModel(RegionKind.Face, name, value);
    }
}
