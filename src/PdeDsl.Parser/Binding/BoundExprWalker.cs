using System;
using System.Collections.Generic;
using System.Linq;

namespace PdeDsl.Language.Binding;

/// <summary>Visits every node of a bound expression (iteratively: long sums make deep left spines).</summary>
internal static class BoundExprWalker
{
    public static IEnumerable<BoundExpr> Nodes(BoundExpr root)
    {
        var stack = new Stack<BoundExpr>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            yield return e;
            var children = Children(e);
            for (int k = children.Count - 1; k >= 0; k--) stack.Push(children[k]);
        }
    }

    /// <summary>The direct subexpressions of a node, left to right.</summary>
    public static IReadOnlyList<BoundExpr> Children(BoundExpr e) => e switch
    {
        BoundIndex i => new[] { i.Vector, i.Index },
        BoundNegate n => new[] { n.Operand },
        BoundBinary b => new[] { b.Left, b.Right },
        BoundCall c => c.Arguments,
        BoundNorm n => new[] { n.Operand },
        BoundDifferential d => new[] { d.Operand },
        BoundSlice s => new[] { s.Vector, s.From, s.To },
        BoundConcat c => c.Parts,
        BoundUnit u => new[] { u.Index },
        BoundPad p => new[] { p.Vector, p.Before },
        BoundHessian h => new[] { h.Operand },
        BoundHessianProduct h => new[] { h.Operand, h.Direction },
        _ => Array.Empty<BoundExpr>(),
    };

    /// <summary>
    /// The node with each direct subexpression replaced: exactly the ones <see cref="Children"/> lists, in its order (the
    /// one rewriter of bound trees; a node kind added to one must be added to the other, which a test checks).
    /// </summary>
    public static BoundExpr Map(BoundExpr e, Func<BoundExpr, BoundExpr> f) => e switch
    {
        BoundIndex i => new BoundIndex(f(i.Vector), f(i.Index)),
        BoundNegate n => new BoundNegate(f(n.Operand)),
        BoundBinary b => b with { Left = f(b.Left), Right = f(b.Right) },
        BoundCall c => c with { Arguments = c.Arguments.Select(f).ToEquatableArray() },
        BoundNorm n => new BoundNorm(f(n.Operand)),
        BoundDifferential d => d with { Operand = f(d.Operand) },
        BoundSlice s => s with { Vector = f(s.Vector), From = f(s.From), To = f(s.To) },
        BoundConcat c => c with { Parts = c.Parts.Select(f).ToEquatableArray() },
        BoundUnit u => u with { Index = f(u.Index) },
        BoundPad p => p with { Vector = f(p.Vector), Before = f(p.Before) },
        BoundHessian h => h with { Operand = f(h.Operand) },
        BoundHessianProduct h => h with { Operand = f(h.Operand), Direction = f(h.Direction) },
        _ => e,
    };

    public static bool Any(BoundExpr root, Func<BoundExpr, bool> predicate)
    {
        foreach (var e in Nodes(root))
            if (predicate(e)) return true;
        return false;
    }

    /// <summary>True when the expression reads the point (a coordinate) or the unknown (u or a derivative), or is a derivative of a formula.</summary>
    public static bool DependsOnPoint(BoundExpr e) => Any(e, n => n is BoundCoordinate or BoundDerivative or BoundDifferential or BoundHessian or BoundHessianProduct);
}
