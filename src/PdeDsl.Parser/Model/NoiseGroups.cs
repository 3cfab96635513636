using System.Collections.Generic;
using System.Linq;
using PdeDsl.Language.Binding;

namespace PdeDsl.Language;

/// <summary>The noise groups a bound expression reads (see <see cref="BoundDerivative.Group"/>), for the generator.</summary>
public static class NoiseGroups
{
    /// <summary>The distinct groups the derivatives of u in <paramref name="expr"/> read (0: the all-sample estimate).</summary>
    public static IReadOnlyList<int> Read(BoundExpr expr) =>
        BoundExprWalker.Nodes(expr).OfType<BoundDerivative>().Select(d => d.Group).Distinct().ToList();

    /// <summary>
    /// The pair of factors a·b of a product whose factors read one group each, g and h ≠ g, both ≥ 1: then a(h)·b(g),
    /// the same product with the two groups exchanged, is an independent-factor estimate too, and the mean of the two
    /// uses every sample of both groups for each factor. Null when the product is not such a pair or is its own swap (u·u).
    /// </summary>
    public static (BoundExpr Left, BoundExpr Right)? Swapped(BoundExpr left, BoundExpr right)
    {
        var a = Read(left);
        var b = Read(right);
        if (a.Count != 1 || b.Count != 1 || a[0] < 1 || b[0] < 1 || a[0] == b[0]) return null;
        var swappedLeft = Swap(left, a[0], b[0]);
        var swappedRight = Swap(right, a[0], b[0]);
        return swappedLeft.Equals(right) && swappedRight.Equals(left) ? null : (swappedLeft, swappedRight);
    }

    private static BoundExpr Swap(BoundExpr e, int g, int h) => e switch
    {
        BoundDerivative d when d.Group == g => d with { Group = h },
        BoundDerivative d when d.Group == h => d with { Group = g },
        _ => BoundExprWalker.Map(e, child => Swap(child, g, h)),
    };
}
