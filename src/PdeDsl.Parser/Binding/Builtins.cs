using System.Collections.Generic;

namespace PdeDsl.Language.Binding;

/// <summary>The built-in names: functions with their arities, derivative operators, constants and keywords.</summary>
internal static class Builtins
{
    /// <summary>Every built-in function with its number of arguments.</summary>
    public static readonly Dictionary<string, int> Arity = new()
    {
        ["sin"] = 1, ["cos"] = 1, ["tan"] = 1, ["exp"] = 1, ["ln"] = 1, ["log"] = 1, ["sqrt"] = 1,
        ["tanh"] = 1, ["sinh"] = 1, ["cosh"] = 1, ["abs"] = 1, ["min"] = 2, ["max"] = 2, ["sum"] = 1, ["dot"] = 2,
        ["grad"] = 1, ["lap"] = 1, ["div"] = 1, ["hess"] = 1, ["diag"] = 1, ["tr"] = 1,
    };

    /// <summary>The derivative and matrix operators, which "unknown function" messages do not list as functions.</summary>
    public static bool IsOperator(string name) => name is "grad" or "lap" or "div" or "hess" or "diag" or "tr";

    /// <summary>Names no declaration may take.</summary>
    public static readonly HashSet<string> Reserved = new()
    {
        "u", "pi", "π", "e", "grad", "lap", "div", "diff", "namespace", "problem", "dim", "param", "let", "domain", "sample", "pde", "on", "exact", "in", "boundary", "ansatz",
    };

    public static bool IsReserved(string name) => Reserved.Contains(name) || Arity.ContainsKey(name) || name.StartsWith("u_", System.StringComparison.Ordinal);

    /// <summary>Folds an element-wise function of a number; null when the result is not a finite number.</summary>
    public static double? Fold(string function, double x)
    {
        double r = function switch
        {
            "sin" => System.Math.Sin(x),
            "cos" => System.Math.Cos(x),
            "tan" => System.Math.Tan(x),
            "exp" => System.Math.Exp(x),
            "ln" or "log" => System.Math.Log(x),
            "sqrt" => System.Math.Sqrt(x),
            "tanh" => System.Math.Tanh(x),
            "sinh" => System.Math.Sinh(x),
            "cosh" => System.Math.Cosh(x),
            "abs" => System.Math.Abs(x),
            _ => double.NaN,
        };
        return double.IsNaN(r) || double.IsInfinity(r) ? null : r;
    }
}
