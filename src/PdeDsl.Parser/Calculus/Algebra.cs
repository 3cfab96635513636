using System;
using PdeDsl.Language.Binding;

namespace PdeDsl.Language.Calculus;

/// <summary>
/// Constructors that simplify as they build (constant folding, zero and one elimination, signs pulled out), so
/// derivatives stay small. Inside the calculus stage a scalar that stands where a vector is expected means that
/// scalar in every component (the derivative of x by x is the scalar 1, not a vector of ones): the helpers that
/// reduce vectors take the length they need for it.
/// </summary>
internal static class Algebra
{
    public static readonly BoundNumber Zero = new(0);
    public static readonly BoundNumber One = new(1);

    public static bool IsZero(BoundExpr e) => e is BoundNumber { Value: 0 };

    public static bool IsOne(BoundExpr e) => e is BoundNumber { Value: 1 };

    public static BoundExpr Number(double v) => new BoundNumber(v);

    private static ExprType Wider(BoundExpr a, BoundExpr b) => a.Type.IsVector ? a.Type : b.Type;

    public static BoundExpr Neg(BoundExpr a) => a switch
    {
        BoundNumber n => Number(-n.Value),
        BoundNegate n => n.Operand,
        _ => new BoundNegate(a),
    };

    public static BoundExpr Add(BoundExpr a, BoundExpr b)
    {
        if (IsZero(a)) return b;
        if (IsZero(b)) return a;
        if (a is BoundNumber x && b is BoundNumber y) return Number(x.Value + y.Value);
        if (b is BoundNegate nb) return Sub(a, nb.Operand);
        if (a is BoundNegate na) return Sub(b, na.Operand);
        return new BoundBinary(BinaryOperator.Add, a, b, Wider(a, b));
    }

    public static BoundExpr Sub(BoundExpr a, BoundExpr b)
    {
        if (IsZero(b)) return a;
        if (IsZero(a)) return Neg(b);
        if (a is BoundNumber x && b is BoundNumber y) return Number(x.Value - y.Value);
        if (b is BoundNegate nb) return Add(a, nb.Operand);
        if (a.Equals(b)) return Zero;
        return new BoundBinary(BinaryOperator.Subtract, a, b, Wider(a, b));
    }

    public static BoundExpr Mul(BoundExpr a, BoundExpr b)
    {
        if (IsZero(a) || IsZero(b)) return Zero;
        if (IsOne(a)) return b;
        if (IsOne(b)) return a;
        if (a is BoundNumber x && b is BoundNumber y) return Number(x.Value * y.Value);
        if (a is BoundNegate na) return Neg(Mul(na.Operand, b));
        if (b is BoundNegate nb) return Neg(Mul(a, nb.Operand));
        if (a is BoundNumber { Value: -1 }) return Neg(b);
        if (b is BoundNumber { Value: -1 }) return Neg(a);
        if (b is BoundNumber && a is not BoundNumber) return Mul(b, a); // numbers first
        if (a is BoundNumber k && b is BoundBinary { Operator: BinaryOperator.Multiply, Left: BoundNumber k2 } inner)
            return Mul(Number(k.Value * k2.Value), inner.Right);
        return new BoundBinary(BinaryOperator.Multiply, a, b, Wider(a, b));
    }

    public static BoundExpr Div(BoundExpr a, BoundExpr b)
    {
        if (IsZero(a)) return Zero;
        if (IsOne(b)) return a;
        if (a is BoundNumber x && b is BoundNumber y && y.Value != 0) return Number(x.Value / y.Value);
        if (a is BoundNegate na) return Neg(Div(na.Operand, b));
        return new BoundBinary(BinaryOperator.Divide, a, b, Wider(a, b));
    }

    public static BoundExpr Pow(BoundExpr a, double p)
    {
        if (p == 0) return One;
        if (p == 1) return a;
        if (a is BoundNumber x)
        {
            var v = Math.Pow(x.Value, p);
            if (!double.IsNaN(v) && !double.IsInfinity(v)) return Number(v);
        }
        return new BoundBinary(BinaryOperator.Power, a, Number(p), a.Type);
    }

    /// <summary><c>a^p</c> for a constant exponent that may be a formula of params and dims.</summary>
    public static BoundExpr Pow(BoundExpr a, BoundExpr p) =>
        p is BoundNumber n ? Pow(a, n.Value) : new BoundBinary(BinaryOperator.Power, a, p, a.Type);

    /// <summary>An element-wise function of one argument.</summary>
    public static BoundExpr Call(string function, BoundExpr a) =>
        a is BoundNumber n && Builtins.Fold(function, n.Value) is double folded
            ? Number(folded)
            : new BoundCall(function, EquatableArray.Of(a), a.Type);

    /// <summary>The sum of the components of a vector of <paramref name="length"/> components.</summary>
    public static BoundExpr Sum(BoundExpr v, VectorLength length)
    {
        if (IsZero(v)) return Zero;
        if (v.Type.IsScalar) return Mul(v, LengthOf(length));
        if (v is BoundNegate n) return Neg(Sum(n.Operand, length));
        if (v is BoundUnit) return One;
        if (v is BoundBinary { Operator: BinaryOperator.Multiply, Left.Type.IsScalar: true, Right: BoundUnit } scaled) return scaled.Left;
        return new BoundCall("sum", EquatableArray.Of(v), ExprType.Scalar);
    }

    /// <summary>The dot product of two vectors of <paramref name="length"/> components.</summary>
    public static BoundExpr Dot(BoundExpr a, BoundExpr b, VectorLength length)
    {
        if (IsZero(a) || IsZero(b)) return Zero;
        if (a.Type.IsScalar && b.Type.IsScalar) return Mul(Mul(a, b), LengthOf(length));
        if (a.Type.IsScalar) return Mul(a, Sum(b, length));
        if (b.Type.IsScalar) return Mul(b, Sum(a, length));
        if (a.Equals(b)) return SquaredNorm(a);
        return new BoundCall("dot", EquatableArray.Of(a, b), ExprType.Scalar);
    }

    /// <summary><c>|v|^2</c> (the form the generator estimates without bias when v is grad u).</summary>
    public static BoundExpr SquaredNorm(BoundExpr v) =>
        new BoundBinary(BinaryOperator.Power, new BoundNorm(v), Number(2), ExprType.Scalar);

    /// <summary>Component <paramref name="k"/> of a vector (a scalar standing for a vector is its own component).</summary>
    public static BoundExpr Index(BoundExpr v, BoundExpr k)
    {
        if (v.Type.IsScalar) return v;
        if (v is BoundNegate n) return Neg(Index(n.Operand, k));
        if (v is BoundUnit u) return u.Index.Equals(k) ? One : u.Index is BoundNumber && k is BoundNumber ? Zero : new BoundIndex(v, k);
        return new BoundIndex(v, k);
    }

    /// <summary>A length as a number expression (its dims read at run time).</summary>
    public static BoundExpr LengthOf(VectorLength length)
    {
        BoundExpr e = Number(length.Constant);
        foreach (var dim in length.Dims) e = Add(e, new BoundDim(dim));
        return e;
    }


    /// <summary>Whether an expression is the same at every point (numbers, params, dims).</summary>
    public static bool IsConstant(BoundExpr e) => !BoundExprWalker.Any(e, n => n is BoundCoordinate or BoundDerivative or BoundOutwardNormal or BoundDifferential);
}
