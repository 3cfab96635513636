using System;
using System.Collections.Generic;
using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// A ∪ B, A ∩ B or A \ B. Its boundary is made of its operands' pieces, each kept where it bounds the result:
/// ∂(A ∪ B) = ∂A outside B and ∂B outside A; ∂(A ∩ B) = ∂A inside B and ∂B inside A; ∂(A \ B) = ∂A outside B and ∂B
/// inside A, whose normals turn around (they point into the hole, out of the region).
/// </summary>
internal sealed class CombinedRegion : Region
{
    private readonly Region a, b;
    private readonly RegionOperation operation;

    public CombinedRegion(Region a, Region b, RegionOperation operation) : base(a.Dimension)
    {
        (this.a, this.b, this.operation) = (a, b, operation);
        Pieces = Combine().ToList();
    }

    public override (double[] Lower, double[] Upper) Bounds
    {
        get
        {
            var (la, ua) = a.Bounds;
            var (lb, ub) = b.Bounds;
            return operation switch
            {
                RegionOperation.Union => (la.Zip(lb, Math.Min).ToArray(), ua.Zip(ub, Math.Max).ToArray()),
                RegionOperation.Intersection => (la.Zip(lb, Math.Max).ToArray(), ua.Zip(ub, Math.Min).ToArray()),
                _ => (la, ua),
            };
        }
    }

    // The closed region: A \ B keeps the hole's rim (A minus B's interior); the open one loses it (A's interior minus closed B).
    public override Tensor Contains(Tensor points) => Test(points, a.Contains, b.Contains, b.ContainsInterior);

    internal override Tensor ContainsInterior(Tensor points) => Test(points, a.ContainsInterior, b.ContainsInterior, b.Contains);

    private Tensor Test(Tensor points, Func<Tensor, Tensor> inA, Func<Tensor, Tensor> inB, Func<Tensor, Tensor> inHole)
    {
        using var first = inA(points);
        using var second = operation == RegionOperation.Difference ? inHole(points) : inB(points);
        return operation switch
        {
            RegionOperation.Union => first.logical_or(second),
            RegionOperation.Intersection => first.logical_and(second),
            _ => first.logical_and(second.logical_not()),
        };
    }

    internal override IReadOnlyList<BoundaryPiece> Pieces { get; }

    private IEnumerable<BoundaryPiece> Combine()
    {
        bool insideOther = operation == RegionOperation.Intersection;
        foreach (var piece in a.Pieces) yield return Restrict(piece, b, insideOther);
        bool bInside = operation != RegionOperation.Union;
        foreach (var piece in b.Pieces)
        {
            var kept = Restrict(piece, a, bInside);
            yield return operation == RegionOperation.Difference ? kept with { Sign = -kept.Sign } : kept;
        }
    }

    // The piece where it also lies inside (or outside) the other region.
    private static BoundaryPiece Restrict(BoundaryPiece piece, Region other, bool inside) => piece with
    {
        Keep = points =>
        {
            using var own = piece.Keep(points);
            using var within = other.Contains(points);
            return inside ? own.logical_and(within) : own.logical_and(within.logical_not());
        },
    };
}
