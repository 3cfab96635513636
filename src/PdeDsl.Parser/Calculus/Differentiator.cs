using System;
using System.Collections.Generic;
using System.Linq;
using static PdeDsl.Language.Calculus.Algebra;

namespace PdeDsl.Language.Calculus;

/// <summary>
/// Symbolic derivatives of bound formulas over a set of coordinates (the spatial ones for grad, lap and div;
/// one for a partial): chain, product and quotient rules, element-wise functions, sum, dot, norms and slices, with
/// u kept as its own derivatives up to order 2. Gradients are kept by coordinate and Jacobians structured, so
/// the Laplacian of a formula over x in R^n is a handful of tensor operations, never a loop over n.
/// </summary>
internal sealed partial class Differentiator
{

    private readonly CoordinateFrame frame;
    private readonly HashSet<string> over;
    private readonly Func<BoundExpr, BoundExpr> rewrite;
    private readonly Dictionary<BoundExpr, Gradient> gradients = new(ByReference.Instance);
    private readonly Dictionary<BoundExpr, Jacobian> jacobians = new(ByReference.Instance);
    private readonly Dictionary<BoundExpr, BoundExpr> laplacians = new(ByReference.Instance);

    /// <param name="frame">The problem's coordinates.</param>
    /// <param name="over">The coordinates to differentiate by.</param>
    /// <param name="rewrite">Replaces derivative operators nested in a formula (lap, div, diff) by their formulas.</param>
    public Differentiator(CoordinateFrame frame, IEnumerable<string> over, Func<BoundExpr, BoundExpr> rewrite)
    {
        this.frame = frame;
        this.over = new HashSet<string>(over);
        this.rewrite = rewrite;
    }

    public static CalculusException OrderThree(string what) =>
        new($"{what} needs a derivative of u of order 3, but derivatives of u are estimated up to order 2 only");

    /// <summary>The gradient of a scalar formula over the chosen coordinates.</summary>
    public Gradient Grad(BoundExpr e) => Remembered(gradients, e, ComputeGrad);

    // Each derivative of a node is taken once (shared subtrees are common after let inlining); deep trees recurse here,
    // so the stack is checked on the way in.
    private static T Remembered<T>(Dictionary<BoundExpr, T> table, BoundExpr e, Func<BoundExpr, T> compute)
    {
        PdeCompiler.EnsureStack();
        if (table.TryGetValue(e, out var known)) return known;
        var value = compute(e);
        table[e] = value;
        return value;
    }

    private Gradient ComputeGrad(BoundExpr e)
    {
        switch (e)
        {
            case BoundNumber or BoundParam or BoundDim:
                return Gradient.Zero;
            case BoundCoordinate c:
                return over.Contains(c.Name) ? Gradient.Block(c.Name, One) : Gradient.Zero;
            case BoundIndex i:
                return RowOf(Jac(i.Vector), i.Index);
            case BoundDerivative d:
                return GradOfU(d);
            case BoundNegate n:
                return Grad(n.Operand).Negated();
            case BoundBinary { Operator: BinaryOperator.Add } b:
                return Grad(b.Left).Plus(Grad(b.Right));
            case BoundBinary { Operator: BinaryOperator.Subtract } b:
                return Grad(b.Left).Plus(Grad(b.Right).Negated());
            case BoundBinary { Operator: BinaryOperator.Multiply } b:
                return Grad(b.Right).Times(b.Left).Plus(Grad(b.Left).Times(b.Right));
            case BoundBinary { Operator: BinaryOperator.Divide } b:
                // (a/b)' = a'/b - (a/b) b'/b
                var q = Div(b.Left, b.Right);
                return Grad(b.Left).Plus(Grad(b.Right).Times(Neg(q))).Times(Pow(b.Right, -1));
            case BoundBinary { Operator: BinaryOperator.Power } p:
                return GradOfPower(p);
            case BoundCall { Function: "sum" } s:
                return TransposeTimes(Jac(s.Arguments[0]), One);
            case BoundCall { Function: "dot" } d:
                return TransposeTimes(Jac(d.Arguments[0]), d.Arguments[1]).Plus(TransposeTimes(Jac(d.Arguments[1]), d.Arguments[0]));
            case BoundCall c when ElementwiseRules.Handles(c.Function):
                return Grad(c.Arguments[0]).Times(ElementwiseRules.First(c.Function, c.Arguments[0]));
            case BoundCall c:
                throw new CalculusException($"{c.Function} is not differentiable everywhere, so formulas with it cannot be differentiated");
            case BoundNorm { Operand.Type.IsScalar: true } n:
                return Grad(n.Operand).Times(ElementwiseRules.First("abs", n.Operand));
            case BoundNorm n:
                // grad |v| = J^T v / |v|
                return TransposeTimes(Jac(n.Operand), n.Operand).Times(Pow(n, -1));
            case BoundDifferential d when d.Type.IsScalar:
                return Grad(rewrite(d));
            case BoundOutwardNormal:
                throw new CalculusException("normal is a direction of the boundary, not a formula of the point: it cannot be differentiated");
            default:
                throw new CalculusException($"{ExpressionPrinter.Print(e)} cannot be differentiated");
        }
    }

    private Gradient GradOfPower(BoundBinary p)
    {
        if (EvenPowerOfAbs(p) is { } smooth) return Grad(smooth);
        if (p.Left is BoundNorm { Operand.Type.IsVector: true } norm && p.Right is BoundNumber { Value: 2 })
        {
            var v = norm.Operand;
            return TransposeTimes(Jac(v), v).Times(Number(2));
        }
        if (IsConstant(p.Right))
            return Grad(p.Left).Times(ElementwiseRules.PowerFirst(p.Left, p.Right));
        // a^b = exp(b ln a)
        return Grad(Mul(p.Right, Call("ln", p.Left))).Times(p);
    }

    /// <summary>|a|^2 of a scalar is a^2: smooth where |a| is not (its derivative at a = 0 would read 0/0).</summary>
    private static BoundExpr? EvenPowerOfAbs(BoundBinary p) =>
        p is { Left: BoundNorm { Operand.Type.IsScalar: true } abs, Right: BoundNumber { Value: 2 } }
            ? new BoundBinary(BinaryOperator.Power, abs.Operand, p.Right, ExprType.Scalar)
            : null;

    private Gradient GradOfU(BoundDerivative d)
    {
        switch (d.Kind)
        {
            case DerivativeKind.Value:
                return Gradient.OfU;
            case DerivativeKind.FirstPartial:
                var blocks = new Dictionary<string, BoundExpr>();
                foreach (var name in over)
                {
                    var c = frame[name];
                    if (c.IsVector)
                        throw new CalculusException($"the derivative of u_{d.Coordinates[0]} by the vector coordinate {name} (mixed second partials of u with a vector coordinate) is not supported");
                    var pair = new[] { d.Coordinates[0], name }.OrderBy(n => IndexOf(n)).ToEquatableArray();
                    blocks[name] = new BoundDerivative(DerivativeKind.SecondPartial, pair, ExprType.Scalar);
                }
                return new Gradient(blocks, Zero);
            default:
                throw OrderThree($"the derivative of {ExpressionPrinter.Print(d)}");
        }
    }

    private int IndexOf(string coordinate)
    {
        for (int k = 0; k < frame.All.Count; k++)
            if (frame.All[k].Name == coordinate) return k;
        return int.MaxValue;
    }

    /// <summary>The gradient of component <paramref name="k"/> of a vector with Jacobian <paramref name="j"/>.</summary>
    private Gradient RowOf(Jacobian j, BoundExpr k)
    {
        if (j.Hessians.Count > 0) throw OrderThree("a component of a gradient, differentiated,");
        var result = Gradient.Zero;
        foreach (var d in j.Diagonals)
            result = result.Plus(Gradient.Block(d.Coordinate, Mul(Index(d.D, k), new BoundUnit(Add(k, d.Offset), d.Coordinate, CoordinateFrame.TypeOf(frame[d.Coordinate])))));
        foreach (var o in j.Outers)
            result = result.Plus(o.G.Times(Index(o.A, k)));
        return result;
    }
}
