using System;

namespace PdeDsl;

/// <summary>
/// A learned param, as <c>param kappa = 0.5 learn</c>: <c>[Learn("kappa", 0.5)]</c>. Trained with the network from its
/// starting value; the generated class exposes it as a settable property (here <c>Kappa</c>) that follows the training.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class LearnAttribute : Attribute
{
    /// <summary>Declares the learned param <paramref name="name"/> starting at <paramref name="value"/>.</summary>
    public LearnAttribute(string name, double value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The param's name.</summary>
    public string Name { get; }

    /// <summary>The starting value.</summary>
    public double Value { get; }
}
