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

    /// <summary>
    /// Declares a param by its statement without the keyword: a vector param <c>[Param("c[n] ~ normal(0, 1)")]</c> or
    /// <c>[Param("c[n] = 0.5")]</c> (the generated class exposes its values as a <c>double[]</c> property, here <c>C</c>).
    /// </summary>
    public ParamAttribute(string declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        Name = declaration.Split('[', '=', '~')[0].Trim();
        Value = double.NaN;
        Declaration = declaration;
    }

    /// <summary>The statement as written for the one-string form; null for <c>[Param(name, value)]</c>.</summary>
    public string? Declaration { get; }

    /// <summary>The param's name.</summary>
    public string Name { get; }

    /// <summary>The default value (NaN for the one-string form).</summary>
    public double Value { get; }
}
