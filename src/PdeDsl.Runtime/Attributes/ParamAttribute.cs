using System;

namespace PdeDsl;

/// <summary>
/// A real parameter with its default, as the <c>param</c> statement: <c>[Param("lambda", 1.0)]</c>.
/// The generated class exposes it as a settable property (here <c>Lambda</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ParamAttribute : Attribute
{
    /// <summary>Declares the param <paramref name="name"/> with default <paramref name="value"/>.</summary>
    public ParamAttribute(string name, double value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The param's name.</summary>
    public string Name { get; }

    /// <summary>The default value.</summary>
    public double Value { get; }
}
