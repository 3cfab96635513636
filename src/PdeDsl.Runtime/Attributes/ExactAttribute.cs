using System;

namespace PdeDsl;

/// <summary>
/// The exact solution, when known, as the <c>exact</c> statement without its keyword:
/// <c>[Exact("0.5*sin(x + y)")]</c>. Evaluation reports the error against it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ExactAttribute : Attribute
{
    /// <summary>Declares the exact solution <paramref name="solution"/>.</summary>
    public ExactAttribute(string solution) => Solution = solution;

    /// <summary>The solution as written.</summary>
    public string Solution { get; }
}
