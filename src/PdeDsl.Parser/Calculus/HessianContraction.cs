using System.Collections.Generic;
using System.Linq;
using PdeDsl.Language.Binding;
using static PdeDsl.Language.Calculus.Algebra;

namespace PdeDsl.Language.Calculus;

/// <summary>
/// Turns a <c>sum</c> or <c>dot</c> over u's intermediate Hessian vectors (diag(∇²u), ∇²u·v; see
/// <see cref="Differentiator.DiagonalOfHessian"/>) into what the runtime estimates. The argument is split into a rest
/// without them plus coefficient ∘ intermediate terms; each coefficient's scalar factors go outside, its vector factors
/// (formulas of the point, never of u) become the weight: Σ w_i ∂_ii u is a weighted Hessian diagonal (the Laplacian
/// when there is no weight), wᵀ∇²u v a quadratic form along v when w = v, else two by polarisation,
/// ((w+v)ᵀ∇²u(w+v) − (w−v)ᵀ∇²u(w−v))/4.
/// </summary>
internal static class HessianContraction
{
    /// <summary>Whether <paramref name="e"/> holds one of u's intermediate Hessian vectors.</summary>
    public static bool HasIntermediate(BoundExpr e) => BoundExprWalker.Any(e, IsIntermediate);

    public static bool IsIntermediate(BoundExpr e) =>
        e is BoundDerivative { Kind: DerivativeKind.HessianDiagonal or DerivativeKind.QuadraticForm, Type.IsVector: true };

    /// <summary>The scalar that <paramref name="call"/> (<c>sum(X)</c> or <c>dot(a, b)</c>) is, with u's Hessian contracted.</summary>
    public static BoundExpr Contract(BoundCall call, CoordinateFrame frame)
    {
        var x = call.Function == "sum" ? call.Arguments[0] : Mul(call.Arguments[0], call.Arguments[1]);
        var (rest, terms) = Split(x);
        var length = call.Arguments[0].Type.Length!;
        var result = Sum(Unmaterialised(rest), length);
        foreach (var (coefficient, intermediate) in terms)
            result = Add(result, Reduce(coefficient, (BoundDerivative)intermediate, frame));
        return result;
    }

    /// <summary>A scalar that <see cref="Gradient.Materialise"/> spread over a coordinate (0*x + s) as the scalar itself, which sums to s times the length.</summary>
    private static BoundExpr Unmaterialised(BoundExpr v) => v switch
    {
        BoundBinary { Operator: BinaryOperator.Multiply, Left: BoundNumber { Value: 0 } } => Zero,
        BoundBinary { Operator: BinaryOperator.Add, Left: BoundBinary { Operator: BinaryOperator.Multiply, Left: BoundNumber { Value: 0 } }, Right.Type.IsScalar: true } b => b.Right,
        _ => v,
    };

    /// <summary>X = rest + Σ coefficient ∘ intermediate, where X is linear in the intermediates.</summary>
    private static (BoundExpr, List<(BoundExpr, BoundExpr)>) Split(BoundExpr x)
    {
        PdeCompiler.EnsureStack();
        if (IsIntermediate(x)) return (Zero, new List<(BoundExpr, BoundExpr)> { (One, x) });
        if (!HasIntermediate(x)) return (x, new List<(BoundExpr, BoundExpr)>());
        switch (x)
        {
            case BoundNegate n:
            {
                var (rest, terms) = Split(n.Operand);
                return (Neg(rest), terms.Select(t => (Neg(t.Item1), t.Item2)).ToList());
            }
            case BoundBinary { Operator: BinaryOperator.Add or BinaryOperator.Subtract } b:
            {
                var (lr, lt) = Split(b.Left);
                var (rr, rt) = Split(b.Right);
                bool minus = b.Operator == BinaryOperator.Subtract;
                var terms = lt.Concat(rt.Select(t => (minus ? Neg(t.Item1) : t.Item1, t.Item2))).ToList();
                return (minus ? Sub(lr, rr) : Add(lr, rr), terms);
            }
            case BoundBinary { Operator: BinaryOperator.Multiply } b when !HasIntermediate(b.Left) || !HasIntermediate(b.Right):
            {
                var (factor, inner) = HasIntermediate(b.Right) ? (b.Left, b.Right) : (b.Right, b.Left);
                var (rest, terms) = Split(inner);
                return (Mul(factor, rest), terms.Select(t => (Mul(factor, t.Item1), t.Item2)).ToList());
            }
            case BoundBinary { Operator: BinaryOperator.Divide } b when !HasIntermediate(b.Right):
            {
                var (rest, terms) = Split(b.Left);
                return (Div(rest, b.Right), terms.Select(t => (Div(t.Item1, b.Right), t.Item2)).ToList());
            }
            default:
                throw NotLinear();
        }
    }

    public static CalculusException NotLinear() =>
        new("the Hessian of an unknown is estimated only where it is summed with weights: write sum(a*diag(hess(u))), dot(a, diag(hess(u))), tr(hess(u)) or dot(v, hess(u)*v), linear in the Hessian",
            DiagnosticCodes.HessianNotContracted);

    /// <summary>Σ_i coefficient_i · intermediate_i as an estimate of u's Hessian times the coefficient's scalar factors.</summary>
    private static BoundExpr Reduce(BoundExpr coefficient, BoundDerivative intermediate, CoordinateFrame frame)
    {
        BoundExpr outside = One;
        BoundExpr? weight = null;
        foreach (var (factor, inverse) in Factors(coefficient))
        {
            if (factor.Type.IsScalar)
            {
                outside = inverse ? Div(outside, factor) : Mul(outside, factor);
                continue;
            }
            if (BoundExprWalker.Any(factor, n => n is BoundDerivative))
                throw new CalculusException(
                    $"the weights of a Hessian of an unknown must be a formula of the coordinates, params and dims, but {ExpressionPrinter.Print(factor)} reads an unknown; a scalar factor may read it, as in u*sum(x*diag(hess(u)))",
                    DiagnosticCodes.HessianWeightOfUnknown);
            weight = weight is null ? (inverse ? Div(One, factor) : factor) : inverse ? Div(weight, factor) : Mul(weight, factor);
        }
        var unknown = intermediate.Unknown;
        BoundExpr Estimate(DerivativeKind kind, BoundExpr w) =>
            new BoundDerivative(kind, EquatableArray<string>.Empty, ExprType.Scalar) { Unknown = unknown, Weight = w };
        BoundExpr estimate;
        if (intermediate.Kind == DerivativeKind.HessianDiagonal)
        {
            estimate = weight is null
                ? new BoundDerivative(DerivativeKind.Laplacian, EquatableArray<string>.Empty, ExprType.Scalar) { Unknown = unknown }
                : Estimate(DerivativeKind.HessianDiagonal, weight);
        }
        else
        {
            var v = intermediate.Weight!;
            if (BoundExprWalker.Any(v, n => n is BoundDerivative))
                throw new CalculusException($"the direction v of hess(u)*v must be a formula of the coordinates, params and dims, but {ExpressionPrinter.Print(v)} reads an unknown",
                    DiagnosticCodes.HessianWeightOfUnknown);
            var w = weight ?? Ones(frame);
            estimate = w.Equals(v)
                ? Estimate(DerivativeKind.QuadraticForm, v)
                : Mul(Number(0.25), Sub(Estimate(DerivativeKind.QuadraticForm, Add(w, v)), Estimate(DerivativeKind.QuadraticForm, Sub(w, v))));
        }
        return Mul(outside, estimate);
    }

    /// <summary>The factors of a product or quotient, each with whether it divides.</summary>
    private static IEnumerable<(BoundExpr Factor, bool Inverse)> Factors(BoundExpr e)
    {
        switch (e)
        {
            case BoundBinary { Operator: BinaryOperator.Multiply } b:
                return Factors(b.Left).Concat(Factors(b.Right));
            case BoundBinary { Operator: BinaryOperator.Divide } b:
                return Factors(b.Left).Concat(Factors(b.Right).Select(f => (f.Factor, !f.Inverse)));
            case BoundNegate n:
                return new[] { ((BoundExpr)Number(-1), false) }.Concat(Factors(n.Operand));
            default:
                return IsOne(e) ? Enumerable.Empty<(BoundExpr, bool)>() : new[] { (e, false) };
        }
    }

    /// <summary>The vector of ones over the spatial columns (the weight of a plain <c>sum</c>).</summary>
    private static BoundExpr Ones(CoordinateFrame frame)
    {
        var blocks = frame.Spatial.ToDictionary(c => c.Name, _ => (BoundExpr)One);
        return new Gradient(blocks, Zero).ToVector(frame);
    }
}
