using System;
using System.Globalization;
using System.Linq;
using PdeDsl.Language;

namespace PdeDsl.Generator.Emission;

/// <summary>
/// Writes expressions that do not depend on the point (numbers, params, dims and arithmetic on them)
/// as C# <c>double</c> expressions, read from the problem's properties at run time.
/// </summary>
internal sealed class ConstantEmitter
{
    private readonly Naming naming;
    private readonly System.Collections.Generic.HashSet<string> learned;

    /// <param name="naming">C# names of the problem's members.</param>
    /// <param name="learned">The learned params: tensors during training, so never folded into C# doubles in residuals.</param>
    public ConstantEmitter(Naming naming, System.Collections.Generic.IEnumerable<string>? learned = null)
    {
        this.naming = naming;
        this.learned = new System.Collections.Generic.HashSet<string>(learned ?? Array.Empty<string>(), StringComparer.Ordinal);
    }

    /// <summary>Whether <paramref name="name"/> is a learned param.</summary>
    public bool IsLearned(string name) => learned.Contains(name);

    /// <summary>Whether <paramref name="expr"/> is constant and reads no learned param: a C# double even during training.</summary>
    public bool IsFixed(BoundExpr expr) => IsConstant(expr) && (learned.Count == 0 || !ReadsLearned(expr));

    private bool ReadsLearned(BoundExpr expr) => expr switch
    {
        BoundParam p => learned.Contains(p.Name),
        BoundNegate n => ReadsLearned(n.Operand),
        BoundBinary b => ReadsLearned(b.Left) || ReadsLearned(b.Right),
        BoundCall c => c.Arguments.Any(ReadsLearned),
        BoundNorm n => ReadsLearned(n.Operand),
        _ => false,
    };

    /// <summary>Whether <paramref name="expr"/> is the same at every point (no coordinate, no u).</summary>
    public static bool IsConstant(BoundExpr expr) => expr switch
    {
        BoundNumber or BoundDim => true,
        BoundParam p => p.Type.IsScalar, // a vector param is a tensor
        BoundNegate n => IsConstant(n.Operand),
        BoundBinary b => IsConstant(b.Left) && IsConstant(b.Right),
        BoundCall c => c.ResultType.IsScalar && c.Arguments.All(IsConstant),
        BoundNorm n => n.Operand.Type.IsScalar && IsConstant(n.Operand),
        _ => false,
    };

    /// <summary>A C# double expression for a constant <paramref name="expr"/>, without outer parentheses.</summary>
    public string Emit(BoundExpr expr) => Strip(Write(expr));

    /// <summary>A C# double literal that round-trips <paramref name="value"/>.</summary>
    public static string Literal(double value)
    {
        if (double.IsNaN(value)) return "double.NaN";
        if (double.IsPositiveInfinity(value)) return "double.PositiveInfinity";
        if (double.IsNegativeInfinity(value)) return "double.NegativeInfinity";
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (text.IndexOfAny(new[] { '.', 'E', 'e' }) < 0) text += ".0";
        return value < 0 ? "(" + text + ")" : text;
    }

    private string Write(BoundExpr expr) => expr switch
    {
        BoundNumber n => Literal(n.Value),
        BoundParam p => naming.Param(p.Name),
        BoundDim d => "(double)" + naming.Dim(d.Name),
        BoundNegate n => "(-" + Write(n.Operand) + ")",
        BoundBinary { Operator: BinaryOperator.Power } b => $"global::System.Math.Pow({Strip(Write(b.Left))}, {Strip(Write(b.Right))})",
        BoundBinary b => $"({Write(b.Left)} {Operator(b.Operator)} {Write(b.Right)})",
        BoundNorm n => $"global::System.Math.Abs({Strip(Write(n.Operand))})",
        BoundCall c => Call(c),
        _ => throw new NotSupportedException($"'{expr.GetType().Name}' is not a constant expression."),
    };

    private string Call(BoundCall call)
    {
        var args = string.Join(", ", call.Arguments.Select(a => Strip(Write(a))));
        return "global::System.Math." + MathFunction(call.Function) + "(" + args + ")";
    }

    private static string MathFunction(string function) => function switch
    {
        "sin" => "Sin",
        "cos" => "Cos",
        "tan" => "Tan",
        "exp" => "Exp",
        "ln" or "log" => "Log",
        "sqrt" => "Sqrt",
        "tanh" => "Tanh",
        "sinh" => "Sinh",
        "cosh" => "Cosh",
        "abs" => "Abs",
        "min" => "Min",
        "max" => "Max",
        _ => throw new NotSupportedException($"The function '{function}' has no scalar form."),
    };

    /// <summary>The C# operator of an arithmetic binary operator.</summary>
    public static string Operator(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        _ => throw new NotSupportedException($"'{op}' has no C# operator."),
    };

    private static string Strip(string text)
    {
        if (text.Length < 2 || text[0] != '(' || text[text.Length - 1] != ')') return text;
        int depth = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')') depth--;
            if (depth == 0 && i < text.Length - 1) return text;
        }
        return text.Substring(1, text.Length - 2);
    }
}
