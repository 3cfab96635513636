using System;
using System.Collections.Generic;
using System.Linq;
using PdeDsl.Language.Binding;
using PdeDsl.Language.Calculus;

namespace PdeDsl.Language.Grouping;

/// <summary>
/// The stage after calculus: <see cref="CalculusProblem"/> in, <see cref="GroupedProblem"/> out. It chooses which noise
/// group each derivative of u reads, so that wherever the residual multiplies two or more estimates their factors come
/// from disjoint noise samples. For independent unbiased factors
/// E[â·b̂] = E[â]·E[b̂], where one estimate squared adds its variance (E[â²] = a² + Var â). A product's factors get
/// disjoint group ranges, a sum's terms share theirs, a whole power p counts as p factors, and a term in no product
/// keeps the estimate from all samples (the lowest variance). A non-polynomial function of an estimate (sin u, 1/u,
/// |grad u|) stays biased; its argument is still kept independent of the other factors. <c>|grad u|^2</c> is one
/// quantity, already unbiased from two halves of its group's samples.
/// </summary>
internal sealed class NoiseGrouping
{
    // Assign's context: the estimate from all samples, not yet inside a product of estimates.
    private const int AllSamples = -1;
    private readonly Dictionary<BoundExpr, int> degrees = new(ByReference.Instance);

    /// <summary>The problem with every equation's derivatives assigned to groups and its group count set.</summary>
    public static GroupedProblem Apply(CalculusProblem problem) =>
        new(problem.Name, problem.Namespace, problem.Dims, problem.Params, problem.Coordinates,
            problem.Pdes.Select(Apply).ToEquatableArray(), problem.Conditions.Select(Apply).ToEquatableArray(), problem.Exact, problem.Span)
        {
            Ansatz = problem.Ansatz,
            Observations = problem.Observations,
            Regions = problem.Regions,
            TrainSettings = problem.TrainSettings,
            Unknowns = problem.Unknowns,
            UnknownExacts = problem.UnknownExacts,
        };

    private static GroupedEquation Apply(CalculusEquation equation)
    {
        var stage = new NoiseGrouping();
        var left = stage.Assign(equation.Left, AllSamples);
        var right = stage.Assign(equation.Right, AllSamples);
        int groups = new[] { left, right }.SelectMany(BoundExprWalker.Nodes).OfType<BoundDerivative>().Select(d => d.Group).DefaultIfEmpty(0).Max();
        return new GroupedEquation(equation.Region, left, right, equation.SourceText, equation.Span, Math.Max(1, groups));
    }

    /// <summary>
    /// How many estimates multiply in the worst monomial of <paramref name="e"/>: 0 without u, 1 for a derivative of u
    /// (or <c>|grad u|^2</c>), the sum over a product's factors, the maximum over a sum's terms.
    /// </summary>
    private int Degree(BoundExpr e)
    {
        if (degrees.TryGetValue(e, out int known)) return known;
        PdeCompiler.EnsureStack();
        int degree = e switch
        {
            _ when BoundPatterns.IsGradientSquaredNorm(e) => 1,
            BoundDerivative => 1,
            BoundBinary { Operator: BinaryOperator.Multiply or BinaryOperator.Divide } b => Degree(b.Left) + Degree(b.Right),
            BoundBinary { Operator: BinaryOperator.Power } b when WholePower(b) is int p => p * Degree(b.Left),
            BoundBinary { Operator: BinaryOperator.Power } b => Degree(b.Left) + Degree(b.Right),
            BoundCall { Function: "dot" } c => Degree(c.Arguments[0]) + Degree(c.Arguments[1]),
            _ => BoundExprWalker.Children(e).Select(Degree).DefaultIfEmpty(0).Max(),
        };
        degrees[e] = degree;
        return degree;
    }

    /// <summary>
    /// <paramref name="e"/> with its derivatives assigned: in the all-sample context, estimates outside any product stay
    /// all-sample and a product of estimates starts at group 1; inside a product, <paramref name="first"/> is the first
    /// 0-based group of the range <paramref name="e"/> may use (it uses <see cref="Degree"/> of them).
    /// </summary>
    private BoundExpr Assign(BoundExpr e, int first)
    {
        PdeCompiler.EnsureStack();
        int degree = Degree(e);
        if (degree == 0) return e;
        if (first == AllSamples)
        {
            // Linear in its estimates (a sum, a negation, a constant factor, a component): each term decides alone.
            if (IsLinear(e)) return BoundExprWalker.Map(e, child => Assign(child, AllSamples));
            if (degree == 1) return e;
            first = 0;
        }
        switch (e)
        {
            case BoundDerivative d:
                return d with { Group = first + 1 };
            case var gradientSquaredNorm when BoundPatterns.IsGradientSquaredNorm(gradientSquaredNorm):
                return BoundExprWalker.Map(e, child => Assign(child, first));
            case BoundBinary { Operator: BinaryOperator.Multiply or BinaryOperator.Divide } b:
                return b with { Left = Assign(b.Left, first), Right = Assign(b.Right, first + Degree(b.Left)) };
            case BoundBinary { Operator: BinaryOperator.Power } b when WholePower(b) is int p:
                return Copies(b, p, first);
            case BoundBinary { Operator: BinaryOperator.Power } b:
                return b with { Left = Assign(b.Left, first), Right = Assign(b.Right, first + Degree(b.Left)) };
            case BoundCall { Function: "dot" } c:
                return c with { Arguments = EquatableArray.Of(Assign(c.Arguments[0], first), Assign(c.Arguments[1], first + Degree(c.Arguments[0]))) };
            default:
                // A sum's terms, a function's argument: the same range.
                return BoundExprWalker.Map(e, child => Assign(child, first));
        }
    }

    // base^p as p independent factors: |v|^2 of a vector is dot(v₁, v₂), anything else b₁·b₂·…·b_p.
    private BoundExpr Copies(BoundBinary power, int p, int first)
    {
        var factor = power.Left;
        int step = Degree(factor);
        if (p == 2 && factor is BoundNorm { Operand.Type.IsVector: true } norm)
            return new BoundCall("dot", EquatableArray.Of(Assign(norm.Operand, first), Assign(norm.Operand, first + step)), ExprType.Scalar);
        if (p % 2 == 0 && factor is BoundNorm { Operand.Type.IsScalar: true } abs)
            factor = abs.Operand;                                                   // |a|^p = a^p for even p
        BoundExpr product = Assign(factor, first);
        for (int k = 1; k < p; k++)
            product = new BoundBinary(BinaryOperator.Multiply, product, Assign(factor, first + k * step), power.ResultType);
        return product;
    }

    // The exponent when it is a whole number from 2 up and the base reads u: that many factors.
    private int? WholePower(BoundBinary power) =>
        power.Right is BoundNumber { Value: var v } && v >= 2 && v <= 64 && v == Math.Floor(v) && Degree(power.Left) > 0 ? (int)v : null;

    private bool IsLinear(BoundExpr e) => e switch
    {
        BoundBinary { Operator: BinaryOperator.Add or BinaryOperator.Subtract } => true,
        BoundBinary { Operator: BinaryOperator.Multiply } b => Degree(b.Left) == 0 || Degree(b.Right) == 0,
        BoundBinary { Operator: BinaryOperator.Divide } b => Degree(b.Right) == 0,
        BoundCall { Function: "dot" } c => Degree(c.Arguments[0]) == 0 || Degree(c.Arguments[1]) == 0,
        BoundCall { Function: "sum" } => true,
        BoundNegate or BoundIndex or BoundSlice or BoundConcat or BoundPad => true,
        _ => false,
    };

}
