using System;
using System.Collections.Generic;

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
            switch (e)
            {
                case BoundIndex i: stack.Push(i.Index); stack.Push(i.Vector); break;
                case BoundNegate n: stack.Push(n.Operand); break;
                case BoundBinary b: stack.Push(b.Right); stack.Push(b.Left); break;
                case BoundCall c: for (int k = c.Arguments.Count - 1; k >= 0; k--) stack.Push(c.Arguments[k]); break;
                case BoundNorm n: stack.Push(n.Operand); break;
            }
        }
    }

    public static bool Any(BoundExpr root, Func<BoundExpr, bool> predicate)
    {
        foreach (var e in Nodes(root))
            if (predicate(e)) return true;
        return false;
    }

    /// <summary>True when the expression reads the point (a coordinate) or the unknown (u or a derivative).</summary>
    public static bool DependsOnPoint(BoundExpr e) => Any(e, n => n is BoundCoordinate or BoundDerivative);
}
