using System.Linq;
using static PdeDsl.Language.Calculus.Algebra;

namespace PdeDsl.Language.Calculus;

/// <summary>Jacobians of vector formulas, and the O(n) products that use them.</summary>
internal sealed partial class Differentiator
{
    /// <summary>The Jacobian of a vector formula over the chosen coordinates.</summary>
    public Jacobian Jac(BoundExpr v) => Remembered(jacobians, v, ComputeJac);

    private Jacobian ComputeJac(BoundExpr v)
    {
        var rows = v.Type.Length!;
        switch (v)
        {
            case BoundCoordinate c:
                return over.Contains(c.Name)
                    ? new Jacobian(rows, new[] { new Jacobian.Diagonal(c.Name, One, Zero) }, new Jacobian.Outer[0], new Jacobian.Hessian[0])
                    : Jacobian.Zero(rows);
            case BoundParam or BoundUnit:
                return Jacobian.Zero(rows);
            case BoundDerivative { Kind: DerivativeKind.Gradient } g:
                return new Jacobian(rows, new Jacobian.Diagonal[0], new Jacobian.Outer[0], new[] { new Jacobian.Hessian(new BoundDerivative(DerivativeKind.Value, EquatableArray<string>.Empty, ExprType.Scalar), One) });
            case BoundDifferential { Operator: DifferentialOperator.Gradient } d:
                return new Jacobian(rows, new Jacobian.Diagonal[0], new Jacobian.Outer[0], new[] { new Jacobian.Hessian(d.Operand, One) });
            case BoundDifferential { Operator: DifferentialOperator.HessianDiagonal } or BoundHessianProduct:
                return Jac(rewrite(v));
            case BoundDerivative d:
                throw OrderThree($"the derivative of {ExpressionPrinter.Print(d)}");
            case BoundNegate n:
                return Jac(n.Operand).Negated();
            case BoundBinary { Operator: BinaryOperator.Add } b:
                return JacAs(b.Left, rows).Plus(JacAs(b.Right, rows));
            case BoundBinary { Operator: BinaryOperator.Subtract } b:
                return JacAs(b.Left, rows).Plus(JacAs(b.Right, rows).Negated());
            case BoundBinary { Operator: BinaryOperator.Multiply } b:
                return JacOfProduct(b.Left, b.Right, rows);
            case BoundBinary { Operator: BinaryOperator.Divide } b:
                return JacOfProduct(b.Left, Pow(b.Right, -1), rows);
            case BoundBinary { Operator: BinaryOperator.Power } p when IsConstant(p.Right):
                return Jac(p.Left).RowsTimes(ElementwiseRules.PowerFirst(p.Left, p.Right));
            case BoundCall c when ElementwiseRules.Handles(c.Function):
                return Jac(c.Arguments[0]).RowsTimes(ElementwiseRules.First(c.Function, c.Arguments[0]));
            case BoundCall c:
                throw new CalculusException($"{c.Function} is not differentiable everywhere, so formulas with it cannot be differentiated");
            case BoundSlice s:
                return Jac(s.Vector).RowSlice(s.From, s.To, rows);
            case BoundOutwardNormal:
                throw new CalculusException("normal is a direction of the boundary, not a formula of the point: it cannot be differentiated");
            default:
                throw new CalculusException($"the vector {ExpressionPrinter.Print(v)} cannot be differentiated");
        }
    }

    /// <summary>The Jacobian of a vector, or of a scalar standing for a vector of <paramref name="rows"/> equal components.</summary>
    private Jacobian JacAs(BoundExpr e, VectorLength rows) => e.Type.IsScalar ? OuterOf(One, Grad(e), rows) : Jac(e);

    private Jacobian JacOfProduct(BoundExpr a, BoundExpr b, VectorLength rows)
    {
        if (a.Type.IsScalar && b.Type.IsScalar) throw new CalculusException("internal: a scalar product has no Jacobian");
        if (a.Type.IsScalar) return Jac(b).RowsTimes(a).Plus(OuterOf(b, Grad(a), rows));
        if (b.Type.IsScalar) return Jac(a).RowsTimes(b).Plus(OuterOf(a, Grad(b), rows));
        return Jac(a).RowsTimes(b).Plus(Jac(b).RowsTimes(a)); // element-wise
    }

    private static Jacobian OuterOf(BoundExpr a, Gradient g, VectorLength rows) =>
        g.IsZero ? Jacobian.Zero(rows) : new Jacobian(rows, new Jacobian.Diagonal[0], new[] { new Jacobian.Outer(a, g) }, new Jacobian.Hessian[0]);

    /// <summary>Jᵀ y, the gradient of y·v when y is held fixed (y a scalar standing for all components, or a vector).</summary>
    public Gradient TransposeTimes(Jacobian j, BoundExpr y)
    {
        var result = Gradient.Zero;
        foreach (var d in j.Diagonals)
        {
            var c = frame[d.Coordinate];
            var column = Mul(d.D, y);
            if (!(IsZero(d.Offset) && j.Rows.SameAs(c.Length!)))
                column = new BoundPad(Gradient.Materialise(RowsOf(j.Rows, c), column), d.Offset, c.Name, CoordinateFrame.TypeOf(c));
            result = result.Plus(Gradient.Block(c.Name, column));
        }
        foreach (var o in j.Outers)
            result = result.Plus(o.G.Times(Dot(o.A, y, j.Rows)));
        foreach (var h in j.Hessians)
        {
            // Hᵀ(s∘y) = H(s∘y) = grad(grad f · w) with w = s∘y held fixed.
            var w = Mul(h.Scale, y);
            var gradF = Grad(h.Of);
            if (!IsZero(gradF.U)) throw OrderThree("this product with the gradient of u, differentiated,");
            result = result.Plus(TransposeOfHessian(h.Of, w, j.Rows));
        }
        return result;
    }

    private Gradient TransposeOfHessian(BoundExpr f, BoundExpr w, VectorLength rows)
    {
        var sole = frame.SoleVector ?? throw new CalculusException("the derivative of a gradient times a vector is supported only when the domain has one spatial coordinate, a vector");
        return TransposeTimes(Jac(Gradient.Materialise(sole, Grad(f).BlockOf(sole.Name))), w);
    }

    /// <summary>A vector of <paramref name="rows"/> components standing in for a coordinate's length when broadcasting.</summary>
    private static CoordinateModel RowsOf(VectorLength rows, CoordinateModel c) => c with { Length = rows };

    /// <summary>J g, a vector of the Jacobian's rows.</summary>
    public BoundExpr Times(Jacobian j, Gradient g)
    {
        BoundExpr result = Zero;
        foreach (var d in j.Diagonals)
            result = Add(result, Mul(d.D, Shifted(j.Rows, d, g.FullBlock(frame, d.Coordinate))));
        foreach (var o in j.Outers)
            result = Add(result, Mul(o.A, o.G.Dot(g, frame)));
        if (j.Hessians.Count > 0) throw new CalculusException("a gradient times a vector, differentiated, needs second derivatives of u in a direction, which are not supported");
        return result;
    }

    /// <summary>The components i + offset of a coordinate's block for the rows i of a diagonal.</summary>
    private BoundExpr Shifted(VectorLength rows, Jacobian.Diagonal d, BoundExpr block)
    {
        var c = frame[d.Coordinate];
        if (block.Type.IsScalar || (IsZero(d.Offset) && rows.SameAs(c.Length!))) return block;
        return new BoundSlice(block, Add(d.Offset, One), Add(d.Offset, LengthOf(rows)), ExprType.Vector(rows));
    }

    /// <summary>Σ_j J1[i, j] J2[i, j] for every row i.</summary>
    public BoundExpr RowDot(Jacobian a, Jacobian b)
    {
        if (a.Hessians.Count > 0 || b.Hessians.Count > 0) throw OrderThree("this product of gradients, differentiated twice,");
        BoundExpr result = Zero;
        foreach (var d in a.Diagonals)
        {
            foreach (var e in b.Diagonals)
            {
                if (d.Coordinate != e.Coordinate) continue;
                var shift = Sub(d.Offset, e.Offset);
                if (shift is not BoundNumber k)
                    throw new CalculusException("slices whose starts differ by a formula of dims cannot be differentiated together; use slices that start a fixed number of components apart");
                if (k.Value == 0) result = Add(result, Mul(d.D, e.D));
            }
            foreach (var o in b.Outers)
                result = Add(result, Mul(Mul(d.D, o.A), Shifted(a.Rows, d, o.G.FullBlock(frame, d.Coordinate))));
        }
        foreach (var o in a.Outers)
        {
            foreach (var e in b.Diagonals)
                result = Add(result, Mul(Mul(e.D, o.A), Shifted(a.Rows, e, o.G.FullBlock(frame, e.Coordinate))));
            foreach (var p in b.Outers)
                result = Add(result, Mul(Mul(o.A, p.A), o.G.Dot(p.G, frame)));
        }
        return result;
    }

    /// <summary>The trace of a square Jacobian (rows = the spatial coordinates): the divergence.</summary>
    public BoundExpr Trace(Jacobian j)
    {
        BoundExpr result = Zero;
        foreach (var h in j.Hessians)
        {
            if (h.Scale.Type.IsVector) throw new CalculusException("the divergence of a vector times a gradient component by component is not supported; multiply the gradient by a scalar");
            result = Add(result, Mul(h.Scale, Lap(h.Of)));
        }
        foreach (var d in j.Diagonals)
        {
            if (d.Offset is not BoundNumber k) throw new CalculusException("the divergence of a slice shifted by a formula of dims is not supported");
            if (k.Value == 0) result = Add(result, Sum(d.D, j.Rows));
        }
        foreach (var o in j.Outers)
            result = Add(result, AsGradient(o.A).Dot(o.G, frame));
        return result;
    }

    /// <summary>A vector as long as the spatial coordinates, read as a gradient (by blocks): grad u, grad f, or a vector over the one coordinate.</summary>
    public Gradient AsGradient(BoundExpr v)
    {
        switch (v)
        {
            case BoundDerivative { Kind: DerivativeKind.Gradient }: return Gradient.OfU;
            case BoundDifferential { Operator: DifferentialOperator.Gradient } d: return Grad(d.Operand);
            case BoundNegate n: return AsGradient(n.Operand).Negated();
            case BoundBinary { Operator: BinaryOperator.Add } b: return AsGradient(b.Left).Plus(AsGradient(b.Right));
            case BoundBinary { Operator: BinaryOperator.Subtract } b: return AsGradient(b.Left).Plus(AsGradient(b.Right).Negated());
            case BoundBinary { Operator: BinaryOperator.Multiply } b when b.Left.Type.IsScalar: return AsGradient(b.Right).Times(b.Left);
            case BoundBinary { Operator: BinaryOperator.Multiply } b when b.Right.Type.IsScalar: return AsGradient(b.Left).Times(b.Right);
            case BoundBinary { Operator: BinaryOperator.Divide } b when b.Right.Type.IsScalar: return AsGradient(b.Left).Times(Pow(b.Right, -1));
        }
        if (frame.SoleVector is { } sole) return Gradient.Block(sole.Name, v);
        if (frame.Spatial.Count == 1) return Gradient.Block(frame.Spatial[0].Name, Index(v, One));
        throw new CalculusException($"the divergence of {ExpressionPrinter.Print(v)} is supported when it is built from gradients, or when the domain has one spatial coordinate");
    }
}
