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

    // Each operand's pieces, kept where they bound the result. Where the two boundaries run together (two boxes sharing
    // a side), the side of a point is told by a short step along its normal n, so a shared edge is counted once and an
    // edge between the two parts of a union is dropped:
    //   A ∪ B: A's where p + εn is outside B; B's where p is outside A (A's decide on A's boundary).
    //   A ∩ B: A's where p − εn is inside B; B's where p is inside A's interior.
    //   A \ B: A's where p − εn is outside B; B's where p is inside A's interior, their normals turned around.
    private IEnumerable<BoundaryPiece> Combine()
    {
        double step = 1e-9 * Scale;
        Tensor Shift(Tensor p, Tensor n, double by) => p + by * n;
        foreach (var piece in a.Pieces)
            yield return operation switch
            {
                RegionOperation.Union => Restrict(piece, (p, n) => b.Contains(Shift(p, n, step)).logical_not()),
                RegionOperation.Intersection => Restrict(piece, (p, n) => b.Contains(Shift(p, n, -step))),
                _ => Restrict(piece, (p, n) => b.Contains(Shift(p, n, -step)).logical_not()),
            };
        foreach (var piece in b.Pieces)
            yield return operation switch
            {
                RegionOperation.Union => Restrict(piece, (p, _) => a.Contains(p).logical_not()),
                RegionOperation.Intersection => Restrict(piece, (p, _) => a.ContainsInterior(p)),
                _ => Restrict(piece, (p, _) => a.ContainsInterior(p)) with { Sign = -piece.Sign },
            };
    }

    // The piece where it also passes `bounds`, which sees each point with its normal as the operand's region has it.
    private static BoundaryPiece Restrict(BoundaryPiece piece, Func<Tensor, Tensor, Tensor> bounds) => piece with
    {
        Keep = (points, normals) =>
        {
            using var scope = NewDisposeScope();
            return piece.Keep(points, normals).logical_and(bounds(points, normals * piece.Sign)).MoveToOuterDisposeScope();
        },
    };
}
