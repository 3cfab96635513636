using System.Collections.Generic;
using System.Linq;

namespace PdeDsl.Language.Binding;

/// <summary>
/// An integer expression over dims, <c>Constant + Σ coefficient·dim</c>: enough to compare an index such as
/// <c>n + 1</c> with a vector length <c>n</c> without knowing n.
/// </summary>
internal sealed class LinearForm
{
    public LinearForm(double constant, Dictionary<string, double> coefficients)
    {
        Constant = constant;
        Coefficients = coefficients;
    }

    public double Constant { get; }

    public Dictionary<string, double> Coefficients { get; }

    public bool IsConstant => Coefficients.Values.All(c => c == 0);

    public static LinearForm Of(VectorLength length)
    {
        var d = new Dictionary<string, double>();
        foreach (var dim in length.Dims) d[dim] = d.TryGetValue(dim, out var c) ? c + 1 : 1;
        return new LinearForm(length.Constant, d);
    }

    /// <summary>The linear form of a bound index, or null when it is not linear in dims (a param, a product of dims...).</summary>
    public static LinearForm? Of(BoundExpr e)
    {
        switch (e)
        {
            case BoundNumber n: return new LinearForm(n.Value, new Dictionary<string, double>());
            case BoundDim d: return new LinearForm(0, new Dictionary<string, double> { [d.Name] = 1 });
            case BoundNegate n: return Of(n.Operand)?.Scale(-1);
            case BoundBinary { Operator: BinaryOperator.Add or BinaryOperator.Subtract } b:
                var l = Of(b.Left);
                var r = Of(b.Right);
                if (l is null || r is null) return null;
                return l.Plus(b.Operator == BinaryOperator.Add ? r : r.Scale(-1));
            case BoundBinary { Operator: BinaryOperator.Multiply } m:
                var a = Of(m.Left);
                var c = Of(m.Right);
                if (a is null || c is null) return null;
                if (a.IsConstant) return c.Scale(a.Constant);
                if (c.IsConstant) return a.Scale(c.Constant);
                return null;
            default: return null;
        }
    }

    public LinearForm Scale(double k) => new(Constant * k, Coefficients.ToDictionary(p => p.Key, p => p.Value * k));

    public LinearForm Plus(LinearForm other)
    {
        var d = new Dictionary<string, double>(Coefficients);
        foreach (var p in other.Coefficients) d[p.Key] = d.TryGetValue(p.Key, out var c) ? c + p.Value : p.Value;
        return new LinearForm(Constant + other.Constant, d);
    }

    public LinearForm Minus(LinearForm other) => Plus(other.Scale(-1));
}
