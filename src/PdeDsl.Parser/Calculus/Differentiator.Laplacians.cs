using static PdeDsl.Language.Calculus.Algebra;

namespace PdeDsl.Language.Calculus;

/// <summary>Laplacians of scalar formulas and, component by component, of vector formulas.</summary>
internal sealed partial class Differentiator
{
    /// <summary>The Laplacian of a scalar formula over the chosen coordinates.</summary>
    public BoundExpr Lap(BoundExpr e) => Remembered(laplacians, e, ComputeLap);

    /// <summary>f'(a) lap a + f''(a) |grad a|^2.</summary>
    private BoundExpr Chain(BoundExpr first, BoundExpr second, BoundExpr a)
    {
        var ga = Grad(a);
        var curvature = IsZero(second) || ga.IsZero ? Zero : Mul(second, ga.Dot(ga, frame));
        return Add(Mul(first, Lap(a)), curvature);
    }

    private BoundExpr ComputeLap(BoundExpr e)
    {
        switch (e)
        {
            case BoundNumber or BoundParam or BoundDim or BoundCoordinate:
                return Zero;
            case BoundIndex i:
                return Index(LapVec(i.Vector), i.Index);
            case BoundDerivative { Kind: DerivativeKind.Value }:
                return new BoundDerivative(DerivativeKind.Laplacian, EquatableArray<string>.Empty, ExprType.Scalar);
            case BoundDerivative d:
                throw OrderThree($"the Laplacian of {ExpressionPrinter.Print(d)}");
            case BoundNegate n:
                return Neg(Lap(n.Operand));
            case BoundBinary { Operator: BinaryOperator.Add } b:
                return Add(Lap(b.Left), Lap(b.Right));
            case BoundBinary { Operator: BinaryOperator.Subtract } b:
                return Sub(Lap(b.Left), Lap(b.Right));
            case BoundBinary { Operator: BinaryOperator.Multiply } b:
                // lap(ab) = a lap b + b lap a + 2 grad a . grad b
                var cross = Grad(b.Left).Dot(Grad(b.Right), frame);
                return Add(Add(Mul(b.Left, Lap(b.Right)), Mul(b.Right, Lap(b.Left))), Mul(Number(2), cross));
            case BoundBinary { Operator: BinaryOperator.Divide } b:
                return Lap(new BoundBinary(BinaryOperator.Multiply, b.Left, Pow(b.Right, -1), ExprType.Scalar));
            case BoundBinary { Operator: BinaryOperator.Power, Left: BoundNorm { Operand.Type.IsVector: true } norm, Right: BoundNumber { Value: 2 } }:
                return Sum(LapOfProduct(norm.Operand, norm.Operand), norm.Operand.Type.Length!);
            case BoundBinary { Operator: BinaryOperator.Power } p when EvenPowerOfAbs(p) is { } smooth:
                return Lap(smooth);
            case BoundBinary { Operator: BinaryOperator.Power } p when IsConstant(p.Right):
                return Chain(ElementwiseRules.PowerFirst(p.Left, p.Right), ElementwiseRules.PowerSecond(p.Left, p.Right), p.Left);
            case BoundBinary { Operator: BinaryOperator.Power } p:
                return Chain(p, p, Mul(p.Right, Call("ln", p.Left))); // a^b = exp(b ln a)
            case BoundCall { Function: "sum" } s:
                return Sum(LapVec(s.Arguments[0]), s.Arguments[0].Type.Length!);
            case BoundCall { Function: "dot" } d:
                return Sum(LapOfProduct(d.Arguments[0], d.Arguments[1]), d.Arguments[0].Type.Length!);
            case BoundCall c when ElementwiseRules.Handles(c.Function):
                return Chain(ElementwiseRules.First(c.Function, c.Arguments[0]), ElementwiseRules.Second(c.Function, c.Arguments[0]), c.Arguments[0]);
            case BoundNorm { Operand.Type.IsScalar: true } n:
                return Chain(ElementwiseRules.First("abs", n.Operand), Zero, n.Operand);
            case BoundNorm n:
                var squared = new BoundCall("dot", EquatableArray.Of(n.Operand, n.Operand), ExprType.Scalar);
                return Lap(new BoundCall("sqrt", EquatableArray.Of<BoundExpr>(squared), ExprType.Scalar));
            case BoundDifferential d when d.Type.IsScalar:
                return Lap(rewrite(d));
            default:
                return Lap0(e);
        }
    }

    private BoundExpr Lap0(BoundExpr e) => e switch
    {
        BoundCall c => throw new CalculusException($"{c.Function} is not differentiable everywhere, so formulas with it cannot be differentiated"),
        BoundOutwardNormal => throw new CalculusException("normal is a direction of the boundary, not a formula of the point: it cannot be differentiated"),
        _ => throw new CalculusException($"{ExpressionPrinter.Print(e)} cannot be differentiated"),
    };

    /// <summary>lap(v∘w) component by component = v∘lap w + w∘lap v + 2 rowdot(Jv, Jw).</summary>
    private BoundExpr LapOfProduct(BoundExpr v, BoundExpr w) =>
        Add(Add(Mul(v, LapVec(w)), Mul(w, LapVec(v))), Mul(Number(2), RowDot(Jac(v), Jac(w))));

    /// <summary>The Laplacian of every component of a vector formula (a scalar result stands for all components).</summary>
    public BoundExpr LapVec(BoundExpr v) => v.Type.IsScalar ? Lap(v) : Remembered(laplacians, v, ComputeLapVec);

    private BoundExpr ComputeLapVec(BoundExpr v)
    {
        switch (v)
        {
            case BoundCoordinate or BoundParam or BoundUnit:
                return Zero;
            case BoundDerivative { Kind: DerivativeKind.Gradient }:
                throw OrderThree("the Laplacian of grad u");
            case BoundNegate n:
                return Neg(LapVec(n.Operand));
            case BoundBinary { Operator: BinaryOperator.Add } b:
                return Add(LapVec(b.Left), LapVec(b.Right));
            case BoundBinary { Operator: BinaryOperator.Subtract } b:
                return Sub(LapVec(b.Left), LapVec(b.Right));
            case BoundBinary { Operator: BinaryOperator.Multiply } b when b.Left.Type.IsScalar || b.Right.Type.IsScalar:
            {
                var (s, w) = b.Left.Type.IsScalar ? (b.Left, b.Right) : (b.Right, b.Left);
                // lap(s w) = s lap w + w lap s + 2 Jw grad s
                return Add(Add(Mul(s, LapVec(w)), Mul(w, Lap(s))), Mul(Number(2), Times(Jac(w), Grad(s))));
            }
            case BoundBinary { Operator: BinaryOperator.Multiply } b:
                return LapOfProduct(b.Left, b.Right);
            case BoundBinary { Operator: BinaryOperator.Divide } b:
                return LapVec(new BoundBinary(BinaryOperator.Multiply, b.Left, Pow(b.Right, -1), v.Type));
            case BoundBinary { Operator: BinaryOperator.Power } p when IsConstant(p.Right):
                return ChainVec(ElementwiseRules.PowerFirst(p.Left, p.Right), ElementwiseRules.PowerSecond(p.Left, p.Right), p.Left);
            case BoundCall c when ElementwiseRules.Handles(c.Function):
                return ChainVec(ElementwiseRules.First(c.Function, c.Arguments[0]), ElementwiseRules.Second(c.Function, c.Arguments[0]), c.Arguments[0]);
            case BoundSlice s:
            {
                var inner = LapVec(s.Vector);
                return inner.Type.IsScalar ? inner : new BoundSlice(inner, s.From, s.To, s.Type);
            }
            case BoundDifferential { Operator: DifferentialOperator.Gradient }:
                throw new CalculusException("the Laplacian of a gradient component by component is not supported; write grad(lap(f)) if that is meant");
            default:
                return Lap0(v);
        }
    }

    /// <summary>f'(a)∘lap a + f''(a)∘rowdot(Ja, Ja), component by component.</summary>
    private BoundExpr ChainVec(BoundExpr first, BoundExpr second, BoundExpr a)
    {
        var ja = Jac(a);
        var curvature = IsZero(second) || ja.IsZero ? Zero : Mul(second, RowDot(ja, ja));
        return Add(Mul(first, LapVec(a)), curvature);
    }
}
