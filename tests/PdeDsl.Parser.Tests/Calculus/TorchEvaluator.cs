using System.Globalization;
using TorchSharp;
using static TorchSharp.torch;

namespace PdeDsl.Language.Tests.Calculus;

/// <summary>
/// Evaluates a bound expression (as written, before any symbolic differentiation) on a batch of points with
/// TorchSharp in float64, so autograd can differentiate it: the autograd oracle of the calculus tests. Every value
/// is [B, L]: L = 1 for a scalar, the length for a vector. Points are rows of <see cref="Points"/>: t, then y when
/// present, then x (the layout <see cref="DerivativeOracleTests"/> uses). u is the closed form of that test.
/// </summary>
internal sealed class TorchEvaluator
{
    public required Tensor Points { get; init; }

    public required int N { get; init; }

    public required bool WithY { get; init; }

    public Dictionary<string, double> Params { get; init; } = new();

    private Tensor Column(int index, int length) => Points.narrow(1, index, length);

    private Tensor T => Column(0, 1);

    private Tensor Y => Column(1, 1);

    private Tensor X => Column(2, N);

    private static Tensor Constant(double v) => tensor(new[] { v }, dtype: ScalarType.Float64).reshape(1, 1);

    /// <summary>u = cos(t) sin(w) + |x|^2/(2n), w = y + sum(x)/n, as tensors (the test's closed form).</summary>
    private Tensor U()
    {
        var w = X.sum(1, keepdim: true).div(N);
        if (WithY) w = w + Y;
        return T.cos() * w.sin() + X.square().sum(1, keepdim: true).div(2.0 * N);
    }

    public Tensor Eval(BoundExpr e) => e switch
    {
        BoundNumber n => Constant(n.Value),
        BoundParam p => Constant(Params[p.Name]),
        BoundDim d => Constant(d.Name == "n" ? N : throw new InvalidOperationException(d.Name)),
        BoundCoordinate { Name: "t" } => T,
        BoundCoordinate { Name: "y" } => Y,
        BoundCoordinate { Name: "x" } => X,
        BoundIndex i => Eval(i.Vector).narrow(1, Whole(i.Index) - 1, 1),
        BoundNegate n => Eval(n.Operand).neg(),
        BoundBinary b => Binary(b.Operator, Eval(b.Left), Eval(b.Right)),
        BoundCall { Function: "sum" } s => Eval(s.Arguments[0]).sum(1, keepdim: true),
        BoundCall { Function: "dot" } d => (Eval(d.Arguments[0]) * Eval(d.Arguments[1])).sum(1, keepdim: true),
        BoundCall { Function: "min" } m => minimum(Eval(m.Arguments[0]), Eval(m.Arguments[1])),
        BoundCall { Function: "max" } m => maximum(Eval(m.Arguments[0]), Eval(m.Arguments[1])),
        BoundCall c => Function(c.Function, Eval(c.Arguments[0])),
        BoundNorm { Operand.Type.IsVector: true } n => Eval(n.Operand).square().sum(1, keepdim: true).sqrt(),
        BoundNorm n => Eval(n.Operand).abs(),
        BoundDerivative { Kind: DerivativeKind.Value } => U(),
        BoundSlice s => Eval(s.Vector).narrow(1, Whole(s.From) - 1, Whole(s.To) - Whole(s.From) + 1),
        _ => throw new InvalidOperationException("the oracle does not evaluate " + e.GetType().Name),
    };

    private static Tensor Binary(BinaryOperator op, Tensor l, Tensor r) => op switch
    {
        BinaryOperator.Add => l + r,
        BinaryOperator.Subtract => l - r,
        BinaryOperator.Multiply => l * r,
        BinaryOperator.Divide => l / r,
        _ => l.pow(r),
    };

    private static Tensor Function(string f, Tensor x) => f switch
    {
        "sin" => x.sin(),
        "cos" => x.cos(),
        "tan" => x.tan(),
        "exp" => x.exp(),
        "ln" or "log" => x.log(),
        "sqrt" => x.sqrt(),
        "tanh" => x.tanh(),
        "sinh" => x.sinh(),
        "cosh" => x.cosh(),
        "abs" => x.abs(),
        _ => throw new InvalidOperationException(f),
    };

    // Indices and slice bounds are whole numbers of dims and literals: evaluated on a constant row.
    private int Whole(BoundExpr e)
    {
        double v = Eval(e).flatten()[0].ToDouble();
        if (v != Math.Floor(v)) throw new InvalidOperationException("not whole: " + v.ToString(CultureInfo.InvariantCulture));
        return (int)v;
    }
}
