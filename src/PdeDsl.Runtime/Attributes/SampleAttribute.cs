using System;

namespace PdeDsl;

/// <summary>
/// The law a coordinate's points are drawn from, as the <c>sample</c> statement without its keyword:
/// <c>[Sample("x ~ normal(0, sqrt(2*t))")]</c>, <c>[Sample("x ~ radial")]</c>. The mean and standard deviation may
/// use numbers, params, dims and the coordinates declared before this one.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class SampleAttribute : Attribute
{
    /// <summary>Declares the law <paramref name="law"/>, as in <c>x ~ normal(0, 1)</c>.</summary>
    public SampleAttribute(string law) => Law = law;

    /// <summary>The law as written.</summary>
    public string Law { get; }
}
