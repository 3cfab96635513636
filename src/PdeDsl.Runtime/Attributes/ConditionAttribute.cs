using System;

namespace PdeDsl;

/// <summary>
/// A boundary, initial or terminal condition, as the <c>on</c> statement split at its colon:
/// <c>[Condition("boundary", "u = 0")]</c>, <c>[Condition("t = T", "u = g(x)")]</c>,
/// <c>[Condition("x = 0", "u_x = 0")]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ConditionAttribute : Attribute
{
    /// <summary>Declares that <paramref name="equation"/> holds where <paramref name="where"/> says.</summary>
    public ConditionAttribute(string where, string equation)
    {
        Where = where;
        Equation = equation;
    }

    /// <summary><c>boundary</c>, or a face such as <c>t = 0</c>.</summary>
    public string Where { get; }

    /// <summary>The equation as written.</summary>
    public string Equation { get; }
}
