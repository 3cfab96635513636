using System;

namespace PdeDsl;

/// <summary>
/// Coordinates of the domain, as the <c>domain</c> statement without its keyword:
/// <c>[Domain("t in [0, T], x in [0, 1]^n")]</c>. Several attributes append coordinates in order.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class DomainAttribute : Attribute
{
    /// <summary>Declares the coordinates <paramref name="coordinates"/>.</summary>
    public DomainAttribute(string coordinates) => Coordinates = coordinates;

    /// <summary>The coordinates as written.</summary>
    public string Coordinates { get; }
}
