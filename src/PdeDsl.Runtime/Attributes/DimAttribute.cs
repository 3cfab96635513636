using System;

namespace PdeDsl;

/// <summary>
/// An integer dimension with its default, as the <c>dim</c> statement: <c>[Dim("n", 100)]</c>.
/// The generated class exposes it as a settable property (here <c>N</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class DimAttribute : Attribute
{
    /// <summary>Declares the dim <paramref name="name"/> with default <paramref name="value"/>.</summary>
    public DimAttribute(string name, int value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The dim's name.</summary>
    public string Name { get; }

    /// <summary>The default value.</summary>
    public int Value { get; }
}
