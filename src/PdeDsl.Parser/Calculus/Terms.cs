using System.Collections.Generic;
using static PdeDsl.Language.Calculus.Algebra;

namespace PdeDsl.Language.Calculus;

/// <summary>Splits a vector into signed, scaled terms (scalar coefficient, kernel), so unit vectors can be met one by one.</summary>
internal static class Terms
{
    public static List<(BoundExpr Coefficient, BoundExpr Kernel)> Of(BoundExpr v)
    {
        var terms = new List<(BoundExpr, BoundExpr)>();
        Collect(v, One, terms);
        return terms;
    }

    private static void Collect(BoundExpr v, BoundExpr k, List<(BoundExpr, BoundExpr)> terms)
    {
        switch (v)
        {
            case BoundBinary { Operator: BinaryOperator.Add } b when b.Type.IsVector:
                Collect(b.Left, k, terms);
                Collect(b.Right, k, terms);
                break;
            case BoundBinary { Operator: BinaryOperator.Subtract } b when b.Type.IsVector:
                Collect(b.Left, k, terms);
                Collect(b.Right, Neg(k), terms);
                break;
            case BoundNegate n when n.Type.IsVector:
                Collect(n.Operand, Neg(k), terms);
                break;
            case BoundBinary { Operator: BinaryOperator.Multiply } m when m.Left.Type.IsScalar && m.Right is BoundUnit:
                Collect(m.Right, Mul(k, m.Left), terms);
                break;
            default:
                terms.Add((k, v));
                break;
        }
    }
}
