using System;

namespace PdeDsl;

/// <summary>
/// The equation in the interior, as the <c>pde</c> statement of a <c>.pde</c> file without its keyword:
/// <c>[Pde("lap(u) = -sin(x + y)")]</c>. Put it on a <c>partial</c> class; the PdeDsl generator adds the
/// other half, which implements <see cref="IPdeProblem"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class PdeAttribute : Attribute
{
    /// <summary>Declares the equation <paramref name="equation"/> (<c>left = right</c>).</summary>
    public PdeAttribute(string equation) => Equation = equation;

    /// <summary>The equation as written.</summary>
    public string Equation { get; }
}
