using System.Globalization;

namespace PdeDsl.Language.Tests.Calculus;

/// <summary>
/// Evaluates a bound expression at one point in double precision (a scalar is an array of one): the oracle side
/// of the calculus tests. u and its derivatives come from <see cref="U"/>.
/// </summary>
internal sealed class NumericEvaluator
{
    public required IReadOnlyList<CoordinateModel> Coordinates { get; init; }

    public required Dictionary<string, double[]> Point { get; init; }

    public Dictionary<string, double> Dims { get; init; } = new();

    public Dictionary<string, double> Params { get; init; } = new();

    public Func<BoundDerivative, double[]> U { get; init; } = d => throw new InvalidOperationException("no u here: " + d);

    private int LengthOf(string coordinate) => Point[coordinate].Length;

    public double Scalar(BoundExpr e) => Eval(e)[0];

    public double[] Eval(BoundExpr e)
    {
        switch (e)
        {
            case BoundNumber n: return [n.Value];
            case BoundParam p: return [Params[p.Name]];
            case BoundDim d: return [Dims[d.Name]];
            case BoundCoordinate c: return Point[c.Name];
            case BoundIndex i: return [Eval(i.Vector)[Whole(i.Index) - 1]];
            case BoundNegate n: return Eval(n.Operand).Select(v => -v).ToArray();
            case BoundBinary b:
            {
                var l = Eval(b.Left);
                var r = Eval(b.Right);
                int len = Math.Max(l.Length, r.Length);
                if (b.Left.Type.IsVector && b.Right.Type.IsVector && l.Length != r.Length) throw new InvalidOperationException("length mismatch in " + ExpressionPrinter.Print(b));
                var result = new double[len];
                for (int k = 0; k < len; k++)
                {
                    double x = l[l.Length == 1 ? 0 : k], y = r[r.Length == 1 ? 0 : k];
                    result[k] = b.Operator switch
                    {
                        BinaryOperator.Add => x + y,
                        BinaryOperator.Subtract => x - y,
                        BinaryOperator.Multiply => x * y,
                        BinaryOperator.Divide => x / y,
                        _ => Math.Pow(x, y),
                    };
                }
                return result;
            }
            case BoundCall { Function: "sum" } s: return [Eval(s.Arguments[0]).Sum()];
            case BoundCall { Function: "dot" } d:
            {
                var a = Eval(d.Arguments[0]);
                var b = Eval(d.Arguments[1]);
                return [a.Zip(b, (x, y) => x * y).Sum()];
            }
            case BoundCall c when c.Arguments.Count == 2:
            {
                var a = Eval(c.Arguments[0]);
                var b = Eval(c.Arguments[1]);
                int len = Math.Max(a.Length, b.Length);
                return Enumerable.Range(0, len).Select(k => c.Function == "min"
                    ? Math.Min(a[a.Length == 1 ? 0 : k], b[b.Length == 1 ? 0 : k])
                    : Math.Max(a[a.Length == 1 ? 0 : k], b[b.Length == 1 ? 0 : k])).ToArray();
            }
            case BoundCall c: return Eval(c.Arguments[0]).Select(v => Function(c.Function, v)).ToArray();
            case BoundNorm { Operand.Type.IsVector: true } n: return [Math.Sqrt(Eval(n.Operand).Sum(v => v * v))];
            case BoundNorm n: return [Math.Abs(Eval(n.Operand)[0])];
            case BoundDerivative { Kind: DerivativeKind.DirectionalDerivative } a:
            {
                // wᵀ∇u from U's gradient: the calculus stage's dot(w, grad u), evaluated as written.
                var w = Eval(a.Weight!);
                var g = U(new BoundDerivative(DerivativeKind.Gradient, EquatableArray<string>.Empty, ExprType.Vector(VectorLength.Of(w.Length)), a.Group) { Unknown = a.Unknown });
                return [w.Zip(g, (x, y) => x * y).Sum()];
            }
            case BoundDerivative d: return U(d);
            case BoundSlice s:
            {
                var v = Eval(s.Vector);
                int from = Whole(s.From), to = Whole(s.To);
                return v.Skip(from - 1).Take(to - from + 1).ToArray();
            }
            case BoundConcat c: return c.Parts.SelectMany(Eval).ToArray();
            case BoundUnit u:
            {
                var v = new double[LengthOf(u.Coordinate)];
                v[Whole(u.Index) - 1] = 1;
                return v;
            }
            case BoundPad p:
            {
                var inner = Eval(p.Vector);
                var v = new double[LengthOf(p.Coordinate)];
                int before = Whole(p.Before);
                Array.Copy(inner, 0, v, before, inner.Length);
                return v;
            }
            default: throw new InvalidOperationException("cannot evaluate " + e.GetType().Name);
        }
    }

    private int Whole(BoundExpr e)
    {
        var v = Scalar(e);
        if (v != Math.Floor(v)) throw new InvalidOperationException("not whole: " + v.ToString(CultureInfo.InvariantCulture));
        return (int)v;
    }

    private static double Function(string f, double x) => f switch
    {
        "sin" => Math.Sin(x),
        "cos" => Math.Cos(x),
        "tan" => Math.Tan(x),
        "exp" => Math.Exp(x),
        "ln" or "log" => Math.Log(x),
        "sqrt" => Math.Sqrt(x),
        "tanh" => Math.Tanh(x),
        "sinh" => Math.Sinh(x),
        "cosh" => Math.Cosh(x),
        "abs" => Math.Abs(x),
        _ => throw new InvalidOperationException(f),
    };
}
