using System.Collections.Generic;
using System.Linq;

namespace PdeDsl.Language.Binding;

/// <summary>Gathers which derivatives of u an equation reads, in the coordinates' declaration order.</summary>
internal static class RequestCollector
{
    public static DerivativeRequestModel Collect(IReadOnlyList<string> coordinateOrder, params BoundExpr[] sides)
    {
        bool value = false, gradient = false, laplacian = false;
        var first = new HashSet<string>();
        var second = new HashSet<(string, string)>();
        foreach (var side in sides)
            foreach (var node in BoundExprWalker.Nodes(side))
            {
                if (node is not BoundDerivative d) continue;
                switch (d.Kind)
                {
                    case DerivativeKind.Value: value = true; break;
                    case DerivativeKind.FirstPartial: first.Add(d.Coordinates[0]); break;
                    case DerivativeKind.SecondPartial: second.Add((d.Coordinates[0], d.Coordinates[1])); break;
                    case DerivativeKind.Gradient: gradient = true; break;
                    case DerivativeKind.Laplacian: laplacian = true; break;
                }
            }
        int Order(string name)
        {
            for (int k = 0; k < coordinateOrder.Count; k++)
                if (coordinateOrder[k] == name) return k;
            return int.MaxValue;
        }
        return new DerivativeRequestModel(
            value,
            first.OrderBy(Order).ToEquatableArray(),
            gradient,
            laplacian,
            second.OrderBy(p => Order(p.Item1)).ThenBy(p => Order(p.Item2)).Select(p => new SecondPartialModel(p.Item1, p.Item2)).ToEquatableArray());
    }
}
