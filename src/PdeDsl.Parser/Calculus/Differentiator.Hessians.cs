using System.Collections.Generic;
using static PdeDsl.Language.Calculus.Algebra;

namespace PdeDsl.Language.Calculus;

/// <summary>
/// <c>diag(hess(e))</c> and <c>hess(e)*v</c> over the spatial coordinates. A formula of the coordinates gets its second
/// derivatives symbolically; where e reads u, what is left of u's Hessian is one intermediate vector, diag(∇²u) or ∇²u·v
/// times a scalar (product and chain rules), which <see cref="HessianContraction"/> then turns into the estimates the
/// runtime serves. Every result is a handful of tensor operations, never a loop over the columns.
/// </summary>
internal sealed partial class Differentiator
{
    /// <summary>diag(∇²u) over the spatial columns, an intermediate vector (of u: the stage renames other unknowns).</summary>
    public BoundDerivative HessianDiagonalOfU() =>
        new(DerivativeKind.HessianDiagonal, EquatableArray<string>.Empty, ExprType.Vector(frame.SpatialLength));

    /// <summary>∇²u·v over the spatial columns, an intermediate vector.</summary>
    public BoundDerivative HessianTimesOfU(BoundExpr v) =>
        new(DerivativeKind.QuadraticForm, EquatableArray<string>.Empty, ExprType.Vector(frame.SpatialLength)) { Weight = v };

    /// <summary>
    /// diag(hess(e)): ∂²e/∂x_i² for a scalar e; for a vector e (as long as the spatial coordinates, which must be one vector
    /// coordinate) ∂²e_i/∂x_i², component by component.
    /// </summary>
    public BoundExpr DiagonalOfHessian(BoundExpr e)
    {
        if (e.Type.IsVector)
        {
            var sole = frame.SoleVector ?? throw new CalculusException("diag(hess(v)) of a vector v is supported when the domain has one spatial coordinate, a vector");
            // ∂_i(∂_i e_i): the Jacobian's diagonal twice.
            var first = DiagonalOf(Jac(e), sole);
            return DiagonalOf(Jac(Gradient.Materialise(sole, first)), sole);
        }
        // ∂_i e = b_i + U ∂_i u, so ∂_ii e = ∂_i b_i + ∂_i U ∂_i u + U ∂_ii u (b and U read u too: total derivatives).
        var g = Grad(e);
        var gradU = Grad(g.U);
        var blocks = new Dictionary<string, BoundExpr>();
        foreach (var c in frame.Spatial)
        {
            var b = g.BlockOf(c.Name);
            var block = IsZero(b) ? Zero
                : c.IsVector ? DiagonalOf(Jac(Gradient.Materialise(c, b)), c)
                : Grad(b).FullBlock(frame, c.Name);
            if (!IsZero(g.U)) block = Add(block, Mul(gradU.FullBlock(frame, c.Name), frame.GradientOfUOver(c.Name)));
            if (!IsZero(block)) blocks[c.Name] = block;
        }
        return WithU(blocks, g.U, HessianDiagonalOfU());
    }

    /// <summary>hess(e)*v for a scalar e and a vector v as long as the spatial coordinates.</summary>
    public BoundExpr HessianTimes(BoundExpr e, BoundExpr v)
    {
        // (∇²e v)_i = ∂_v(∂_i e) = ∂_v b_i + (∂_v U) ∂_i u + U (∇²u v)_i, v held fixed.
        var along = Directions(v);
        var g = Grad(e);
        var slope = Grad(g.U).Dot(along, frame);
        var blocks = new Dictionary<string, BoundExpr>();
        foreach (var c in frame.Spatial)
        {
            var b = g.BlockOf(c.Name);
            var block = IsZero(b) ? Zero
                : c.IsVector ? Times(Jac(Gradient.Materialise(c, b)), along)
                : Grad(b).Dot(along, frame);
            if (!IsZero(g.U)) block = Add(block, Mul(slope, frame.GradientOfUOver(c.Name)));
            if (!IsZero(block)) blocks[c.Name] = block;
        }
        return WithU(blocks, g.U, HessianTimesOfU(v));
    }

    /// <summary>The blocks as one vector over the spatial columns, plus <paramref name="u"/> times u's intermediate vector.</summary>
    private BoundExpr WithU(Dictionary<string, BoundExpr> blocks, BoundExpr u, BoundExpr ofU)
    {
        // A zero block is materialised as zeros of its coordinate's length, so the result is always the whole vector.
        if (IsZero(u)) return new Gradient(blocks, Zero).ToVector(frame);
        var scaled = Mul(u, ofU);
        return blocks.Count == 0 ? scaled : Add(new Gradient(blocks, Zero).ToVector(frame), scaled);
    }

    /// <summary>A vector over the spatial columns as a gradient by blocks (components of scalar coordinates, slices of vector ones).</summary>
    private Gradient Directions(BoundExpr v)
    {
        if (frame.SoleVector is { } sole) return Gradient.Block(sole.Name, v);
        var blocks = new Dictionary<string, BoundExpr>();
        int constant = 0;
        var dims = new List<string>();
        foreach (var c in frame.Spatial)
        {
            var from = LengthOf(new VectorLength(constant + 1, dims.ToEquatableArray()));
            if (c.Length is null)
            {
                blocks[c.Name] = Index(v, from);
                constant++;
                continue;
            }
            constant += c.Length.Constant;
            dims.AddRange(c.Length.Dims);
            blocks[c.Name] = new BoundSlice(v, from, LengthOf(new VectorLength(constant, dims.ToEquatableArray())), CoordinateFrame.TypeOf(c));
        }
        return new Gradient(blocks, Zero);
    }

    /// <summary>
    /// J[i, i] over the columns of <paramref name="c"/> for a Jacobian whose rows are c's: the diagonals at offset 0, the
    /// outer products' A ∘ G, and the Hessians of u (as u's intermediate diagonal) or of formulas (their own diagonal).
    /// </summary>
    private BoundExpr DiagonalOf(Jacobian j, CoordinateModel c)
    {
        BoundExpr result = Zero;
        foreach (var d in j.Diagonals)
        {
            if (d.Coordinate != c.Name) continue;
            if (d.Offset is not BoundNumber offset)
                throw new CalculusException("the Hessian's diagonal of a slice shifted by a formula of dims is not supported");
            if (offset.Value == 0) result = Add(result, d.D);
        }
        foreach (var o in j.Outers)
            result = Add(result, Mul(o.A, o.G.FullBlock(frame, c.Name)));
        foreach (var h in j.Hessians)
        {
            if (frame.SoleVector is null)
                throw new CalculusException("the Hessian's diagonal of a gradient is supported when the domain has one spatial coordinate, a vector");
            result = Add(result, Mul(h.Scale, h.Of is BoundDerivative { Kind: DerivativeKind.Value } ? HessianDiagonalOfU() : DiagonalOfHessian(h.Of)));
        }
        return result;
    }
}
