using System;
using System.Collections.Generic;
using PdeDsl.Language;

namespace PdeDsl.Generator.Emission;

/// <summary>
/// Writes an expression as TorchSharp operations on whole batches: one local per distinct
/// subexpression (bound expressions compare by value, so a repeated subexpression is computed once),
/// element-wise tensor methods, no loop over points. Scalars are [N], vectors [N, L]; a scalar meeting
/// a vector is unsqueezed to [N, 1] so it broadcasts over the vector's columns.
/// </summary>
internal sealed class TensorEmitter
{
    private readonly SourceWriter writer;
    private readonly ConstantEmitter constants;
    private readonly string points;
    private readonly string derivatives;
    private readonly Dictionary<BoundExpr, Operand> written = new();
    private int next;

    public TensorEmitter(SourceWriter writer, ConstantEmitter constants, string points, string derivatives)
    {
        this.writer = writer;
        this.constants = constants;
        this.points = points;
        this.derivatives = derivatives;
    }

    /// <summary>The C# of the outward <c>normal</c> ([N, S]) where the equation being written holds; null outside conditions.</summary>
    public string? NormalCode { get; init; }

    /// <summary>The C# of the network's value [N] where u's value stands (an ansatz's <c>net</c>); null: the derivative result's.</summary>
    public string? NetworkCode { get; init; }

    /// <summary>Whether a written expression indexed a vector (so the class needs its component helper).</summary>
    public bool UsesComponent { get; private set; }

    /// <summary>The C# name of the component helper: 1-based index to 0-based column, checked.</summary>
    public const string ComponentHelper = "pdeComponent";

    /// <summary>The C# name of the helper that reads a learned param: the trainer's tensor, or a [1] tensor of the property.</summary>
    public const string LearnedHelper = "pdeLearned";

    /// <summary>Writes <paramref name="expr"/> and returns a [N] tensor expression for it.</summary>
    public string EmitScalarTensor(BoundExpr expr)
    {
        var operand = Emit(expr);
        if (operand.IsTensor && ConstantEmitter.IsConstant(expr)) return $"{operand.Code}.expand({points}.shape[0])"; // a learned param alone: [1] to [N]
        return operand.IsTensor ? operand.Code : $"global::TorchSharp.torch.full_like({points}.select(1, 0), {operand.Code})";
    }

    /// <summary>Writes <paramref name="expr"/>: constants stay C# doubles; everything else becomes a tensor local.</summary>
    public Operand Emit(BoundExpr expr)
    {
        if (constants.IsFixed(expr)) return Operand.Constant(constants.Emit(expr)); // constants only ever appear as method arguments
        if (written.TryGetValue(expr, out var known)) return known;
        var code = Compute(expr);
        var local = "v" + next++.ToString(System.Globalization.CultureInfo.InvariantCulture);
        writer.Line($"var {local} = {code};");
        var result = Operand.Tensor(local, expr.Type.IsVector);
        written[expr] = result;
        return result;
    }

    private string Compute(BoundExpr expr) => BoundPatterns.IsGradientSquaredNorm(expr) ? $"{Estimates(new BoundDerivative(DerivativeKind.Gradient, EquatableArray<string>.Empty, ExprType.Scalar, BoundPatterns.GradientSquaredNormGroup(expr)))}.RequireGradientSquaredNorm()" : expr switch
    {
        BoundCoordinate { CoordinateType.IsVector: true } c => $"{points}.narrow(1, {Naming.Offset(c.Name)}, {Naming.Length(c.Name)})",
        BoundCoordinate c => $"{points}.select(1, {Naming.Offset(c.Name)})",
        BoundParam { Type.IsVector: true } p => $"{Naming.VectorParam(p.Name)}Rows({points})",
        BoundParam p => $"{LearnedHelper}({CSharpText.String(p.Name)}, {constants.Emit(p)}, {points})",
        BoundDerivative { Kind: DerivativeKind.Value } when NetworkCode is not null => NetworkCode,
        BoundDerivative d => Derivative(d),
        BoundOutwardNormal => NormalCode ?? throw new NotSupportedException("normal is defined only in a condition."),
        BoundIndex i => Index(i),
        BoundNegate n => $"{Emit(n.Operand).Code}.neg()",
        BoundNorm { Operand.Type.IsVector: true } n => $"{Emit(n.Operand).Code}.square().sum(1).sqrt()",
        BoundNorm n => $"{Emit(n.Operand).Code}.abs()",
        BoundBinary { Operator: BinaryOperator.Power } b => Power(b),
        BoundBinary b => Arithmetic(b),
        BoundCall c => Call(c),
        BoundSlice s => Slice(s),
        BoundConcat c => Concat(c),
        BoundUnit u => Unit(u),
        BoundPad p => Pad(p),
        _ => throw new NotSupportedException($"'{expr.GetType().Name}' cannot be written as a tensor expression."),
    };

    private string Derivative(BoundDerivative d) => d.Kind switch
    {
        DerivativeKind.Value => $"{Estimates(d)}.RequireValue()",
        DerivativeKind.FirstPartial => $"{Estimates(d)}.RequireFirstPartial({Naming.Offset(d.Coordinates[0])})",
        DerivativeKind.SecondPartial => $"{Estimates(d)}.RequireSecondPartial({Naming.Offset(d.Coordinates[0])}, {Naming.Offset(d.Coordinates[d.Coordinates.Count - 1])})",
        DerivativeKind.Gradient => $"{Estimates(d)}.RequireGradient()",
        DerivativeKind.Laplacian => $"{Estimates(d)}.RequireLaplacian()",
        DerivativeKind.HessianDiagonal => $"{Estimates(d)}.RequireHessianDiagonal({Count(RequestOf(d).HessianDiagonalIndex(d.Weight!))})",
        DerivativeKind.QuadraticForm => $"{Estimates(d)}.RequireQuadraticForm({Count(RequestOf(d).QuadraticFormIndex(d.Weight!))})",
        DerivativeKind.DirectionalDerivative => $"{Estimates(d)}.RequireDirectionalDerivative({Count(RequestOf(d).DirectionalDerivativeIndex(d.Weight!))})",
        _ => throw new NotSupportedException($"Unknown derivative kind '{d.Kind}'."),
    };

    /// <summary>The request of the term being written: its Hessian estimates are read by their index in it.</summary>
    public PdeDsl.Language.Lowering.EmitDerivativeRequest? Request { get; init; }

    private PdeDsl.Language.Lowering.EmitDerivativeRequest RequestOf(BoundDerivative d) =>
        Request ?? throw new NotSupportedException($"{ExpressionPrinter.Print(d)} is read only in a term's residual.");

    private static string Count(int k) => k.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The unknowns in network-output order (u first): unknown k ≥ 1 reads <c>derivatives.ByUnknown[k]</c>.</summary>
    public System.Collections.Generic.IReadOnlyList<string> Unknowns { get; init; } = new[] { "u" };

    // Unknown 0 (u) reads the top-level estimates, unknown k the runtime's ByUnknown[k]; then group 0 reads the estimates
    // from all noise samples, group g ≥ 1 the runtime's independent group g (0-based g − 1).
    private string Estimates(BoundDerivative d)
    {
        int unknown = 0;
        for (int k = 0; k < Unknowns.Count; k++) if (Unknowns[k] == d.Unknown) unknown = k;
        var estimates = unknown == 0 ? derivatives : $"{derivatives}.ByUnknown[{unknown.ToString(System.Globalization.CultureInfo.InvariantCulture)}]";
        return d.Group == 0 ? estimates : $"{estimates}.Groups[{(d.Group - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}]";
    }

    private string Index(BoundIndex index)
    {
        if (!ConstantEmitter.IsConstant(index.Index))
            throw new NotSupportedException("A vector index must not depend on the point.");
        UsesComponent = true;
        var k = constants.Emit(index.Index);
        if (index.Vector is BoundCoordinate c)
            return $"{points}.select(1, {Naming.Offset(c.Name)} + {ComponentHelper}({k}, {Naming.Length(c.Name)}))";
        var vector = Emit(index.Vector).Code;
        return $"{vector}.select(1, {ComponentHelper}({k}, {vector}.shape[1]))";
    }

    // Components From..To, 1-based and inclusive: bounds are constants of dims.
    private string Slice(BoundSlice s)
    {
        var vector = Emit(s.Vector).Code;
        var from = constants.Emit(s.From);
        var to = constants.Emit(s.To);
        return $"{vector}.narrow(1, (long)({from}) - 1, (long)({to}) - (long)({from}) + 1)";
    }

    // A gradient over several coordinates: their blocks side by side, scalars as one column each.
    private string Concat(BoundConcat c)
    {
        var parts = new List<string>();
        foreach (var part in c.Parts)
        {
            var o = Emit(part);
            parts.Add(!o.IsTensor ? $"global::TorchSharp.torch.full_like({points}.narrow(1, 0, 1), {o.Code})"
                : o.IsVector ? o.Code : o.Code + ".unsqueeze(1)");
        }
        return $"global::TorchSharp.torch.cat(new[] {{ {string.Join(", ", parts)} }}, 1)";
    }

    // e_k over a vector coordinate's columns, at every point.
    private string Unit(BoundUnit u)
    {
        UsesComponent = true;
        var k = constants.Emit(u.Index);
        return $"global::TorchSharp.torch.zeros_like({points}.narrow(1, {Naming.Offset(u.Coordinate)}, {Naming.Length(u.Coordinate)})).index_fill(1, global::TorchSharp.torch.tensor(new long[] {{ {ComponentHelper}({k}, {Naming.Length(u.Coordinate)}) }}, device: {points}.device), 1.0)";
    }

    // A vector placed at component Before + 1 of a coordinate's columns, zeros around it.
    private string Pad(BoundPad p)
    {
        var vector = Emit(p.Vector).Code;
        var before = constants.Emit(p.Before);
        return $"global::TorchSharp.torch.nn.functional.pad({vector}, new long[] {{ (long)({before}), {Naming.Length(p.Coordinate)} - (long)({before}) - {vector}.shape[1] }})";
    }

    private string Power(BoundBinary b)
    {
        if (b.Left is BoundNorm { Operand.Type.IsVector: true } norm && b.Right is BoundNumber { Value: 2.0 })
            return $"{Emit(norm.Operand).Code}.square().sum(1)";
        var left = Emit(b.Left);
        var right = Emit(b.Right);
        if (!right.IsTensor)
        {
            return b.Right is BoundNumber n
                ? n.Value switch
                {
                    2.0 => $"{left.Code}.square()",
                    0.5 => $"{left.Code}.sqrt()",
                    -1.0 => $"{left.Code}.reciprocal()",
                    _ => $"{left.Code}.pow({right.Code})",
                }
                : $"{left.Code}.pow({right.Code})";
        }
        if (!left.IsTensor)
        {
            // c^v = exp(v ln c); e^v is exp(v).
            return b.Left is BoundNumber { Value: Math.E }
                ? $"{right.Code}.exp()"
                : $"{right.Code}.mul(global::System.Math.Log({constants.Emit(b.Left)})).exp()";
        }
        var (l, r) = Broadcast(left, right);
        return $"{l}.pow({r})";
    }

    // A product or quotient of two estimates from different noise groups, a(g)·b(h), is written as the mean of it and
    // a(h)·b(g): both are unbiased, and the mean reads each factor from both groups' samples, which about halves the
    // variance that reading each factor from its own group alone adds.
    private string Arithmetic(BoundBinary b)
    {
        if (b.Operator is BinaryOperator.Multiply or BinaryOperator.Divide && NoiseGroups.Swapped(b.Left, b.Right) is { } swapped)
            return $"{Plain(b)}.add({Plain(b with { Left = swapped.Left, Right = swapped.Right })}).mul(0.5)";
        return Plain(b);
    }

    // Method calls, not operators: the C# compiler resolves TorchSharp's many operator overloads about ten
    // times slower than a method group, which shows in the user's build for long formulas.
    private string Plain(BoundBinary b)
    {
        var left = Emit(b.Left);
        var right = Emit(b.Right);
        var method = b.Operator switch
        {
            BinaryOperator.Add => "add",
            BinaryOperator.Subtract => "sub",
            BinaryOperator.Multiply => "mul",
            BinaryOperator.Divide => "div",
            _ => throw new NotSupportedException($"'{b.Operator}' is not arithmetic."),
        };
        if (left.IsTensor)
        {
            var (l, r) = Broadcast(left, right);
            return $"{l}.{method}({r})";
        }
        // constant (op) tensor
        return b.Operator switch
        {
            BinaryOperator.Add or BinaryOperator.Multiply => $"{right.Code}.{method}({left.Code})",
            BinaryOperator.Subtract => $"{right.Code}.neg().add({left.Code})",
            _ => $"{right.Code}.reciprocal().mul({left.Code})",
        };
    }

    private string Call(BoundCall call)
    {
        switch (call.Function)
        {
            case "sum":
                return $"{Emit(call.Arguments[0]).Code}.sum(1)";
            case "dot":
            {
                var (a, b) = Broadcast(Emit(call.Arguments[0]), Emit(call.Arguments[1]));
                if (NoiseGroups.Swapped(call.Arguments[0], call.Arguments[1]) is { } swapped)
                {
                    var (c, d) = Broadcast(Emit(swapped.Left), Emit(swapped.Right));
                    return $"{a}.mul({b}).add({c}.mul({d})).sum(1).mul(0.5)";
                }
                return $"{a}.mul({b}).sum(1)";
            }
            case "min":
            case "max":
            {
                var a = Emit(call.Arguments[0]);
                var b = Emit(call.Arguments[1]);
                if (a.IsTensor && b.IsTensor)
                {
                    var (l, r) = Broadcast(a, b);
                    return $"global::TorchSharp.torch.{(call.Function == "min" ? "minimum" : "maximum")}({l}, {r})";
                }
                var (tensor, constant) = a.IsTensor ? (a, b) : (b, a);
                return $"{tensor.Code}.{(call.Function == "min" ? "clamp_max" : "clamp_min")}({constant.Code})";
            }
            default:
                return $"{Emit(call.Arguments[0]).Code}.{TensorFunction(call.Function)}()";
        }
    }

    private static string TensorFunction(string function) => function switch
    {
        "sin" or "cos" or "tan" or "exp" or "sqrt" or "tanh" or "sinh" or "cosh" or "abs" => function,
        "ln" or "log" => "log",
        _ => throw new NotSupportedException($"The function '{function}' has no tensor form."),
    };

    private static (string Left, string Right) Broadcast(Operand left, Operand right)
    {
        if (left.IsTensor && right.IsTensor && left.IsVector != right.IsVector)
        {
            return left.IsVector ? (left.Code, right.Code + ".unsqueeze(1)") : (left.Code + ".unsqueeze(1)", right.Code);
        }
        return (left.Code, right.Code);
    }
}
