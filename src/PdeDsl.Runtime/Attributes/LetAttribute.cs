using System;

namespace PdeDsl;

/// <summary>
/// A named expression or function, as the <c>let</c> statement without its keyword:
/// <c>[Let("g(y) = ln((1 + |y|^2) / 2)")]</c>. Lets are inlined where they are used.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class LetAttribute : Attribute
{
    /// <summary>Declares <paramref name="definition"/> (<c>name = expr</c> or <c>name(args) = expr</c>).</summary>
    public LetAttribute(string definition) => Definition = definition;

    /// <summary>The definition as written.</summary>
    public string Definition { get; }
}
