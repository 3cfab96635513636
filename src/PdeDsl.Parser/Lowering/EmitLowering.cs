using System.Linq;
using PdeDsl.Language.Grouping;

namespace PdeDsl.Language.Lowering;

/// <summary>
/// The stage after grouping: <see cref="GroupedProblem"/> in, <see cref="EmitProblem"/> out. It takes the decisions the
/// emitter would otherwise take while printing: each equation's derivative request (read once from its expressions),
/// what its region is on this domain, which sampler the problem uses and, under the law sampler, how each coordinate
/// is drawn for each term, and which exact solution is whose. Pure: equal models give equal results.
/// </summary>
public static class EmitLowering
{
    public static EmitProblem Lower(GroupedProblem problem)
    {
        var sampler = problem.Coordinates.Any(c => c.Set != CoordinateSet.Interval) ? EmitSampler.Laws : EmitSampler.Box;
        var ball = BoundaryBall(problem);
        bool hasRegion = problem.Regions.Count > 0;
        var spatial = problem.Coordinates.Where(c => !c.IsTime).Select(c => c.Name).ToEquatableArray();
        EmitEquation Equation(GroupedEquation e, bool isPde)
        {
            var region = Region(e.Region, ball, hasRegion);
            var columns = sampler == EmitSampler.Laws
                ? problem.Coordinates.Select(c => new EmitColumn(c.Name, Law(c, region))).ToEquatableArray()
                : EquatableArray<EmitColumn>.Empty;
            return new(isPde, region, DerivativeUse.Of(spatial, e.NoiseGroups, e.Left, e.Right), Residual(e), e.SourceText, e.Span, columns);
        }
        var equations = problem.Pdes.Select(e => Equation(e, true)).Concat(problem.Conditions.Select(e => Equation(e, false)));
        var unknowns = problem.Unknowns.Select((name, k) =>
            new EmitUnknown(name, k == 0 ? problem.Exact : problem.UnknownExacts.FirstOrDefault(e => e.Unknown == name)?.Solution));
        return new EmitProblem(problem.Name, problem.Namespace, problem.Dims, problem.Params, problem.Coordinates, sampler,
            equations.ToEquatableArray(), unknowns.ToEquatableArray(), problem.Ansatz, problem.Observations, problem.TrainSettings, problem.Span) { Regions = problem.Regions };
    }

    /// <summary>The one ball among the spatial coordinates that <c>on boundary</c> means (the binder allows no other mix).</summary>
    private static CoordinateModel? BoundaryBall(GroupedProblem problem) =>
        problem.Coordinates.Any(c => c.HasFaces)
            ? null
            : problem.Coordinates.FirstOrDefault(c => !c.IsTime && c.Set == CoordinateSet.Ball);

    /// <summary>residual = left - right: zero where the equation holds (left alone when right is 0).</summary>
    private static BoundExpr Residual(GroupedEquation e) => e.Right is BoundNumber { Value: 0.0 }
        ? e.Left
        : new BoundBinary(BinaryOperator.Subtract, e.Left, e.Right, ExprType.Scalar);

    /// <summary>How <paramref name="c"/> is drawn for a term on <paramref name="region"/>.</summary>
    private static EmitColumnLaw Law(CoordinateModel c, EmitRegion region)
    {
        if (region.Kind == EmitRegionKind.Face && region.Coordinate == c.Name) return EmitColumnLaw.Fixed;
        return c.Set switch
        {
            CoordinateSet.Interval => region.Kind == EmitRegionKind.BoxFaces && !c.Periodic ? EmitColumnLaw.BoxFaces : EmitColumnLaw.Uniform,
            CoordinateSet.Ball when region.IsSphere && region.Coordinate == c.Name => EmitColumnLaw.UniformSphere,
            CoordinateSet.Ball => c.Law?.Kind == LawKind.Radial ? EmitColumnLaw.RadialBall : EmitColumnLaw.UniformBall,
            CoordinateSet.Region => region.Kind == EmitRegionKind.RegionBoundary ? EmitColumnLaw.RegionBoundary : EmitColumnLaw.Region,
            _ => EmitColumnLaw.Normal,
        };
    }

    private static EmitRegion Region(RegionModel region, CoordinateModel? boundaryBall, bool hasRegion) => region.Kind switch
    {
        RegionKind.Boundary when hasRegion => new EmitRegion(EmitRegionKind.RegionBoundary, Piece: region.Piece),
        RegionKind.Boundary when boundaryBall is not null => new EmitRegion(EmitRegionKind.BallBoundary, boundaryBall.Name),
        RegionKind.Boundary => new EmitRegion(EmitRegionKind.BoxFaces),
        RegionKind.Face => new EmitRegion(EmitRegionKind.Face, region.Coordinate, region.Value),
        RegionKind.Sphere => new EmitRegion(EmitRegionKind.Sphere, region.Coordinate, region.Value),
        _ => new EmitRegion(EmitRegionKind.Interior),
    };
}
