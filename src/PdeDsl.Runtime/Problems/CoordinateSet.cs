namespace PdeDsl;

/// <summary>The set a coordinate ranges over (docs/language.md, "Domains and sampling laws").</summary>
public enum CoordinateSet
{
    /// <summary>A bounded interval [Lower, Upper] (each component of a vector coordinate): a box.</summary>
    Interval,

    /// <summary>All of R (or R^n): unbounded, so the coordinate needs a sampling law; Lower = −∞, Upper = +∞.</summary>
    Real,

    /// <summary>A ball |c − a| ≤ r in R^n; Lower and Upper bound its components (a − r, a + r for a scalar centre a).</summary>
    Ball,

    /// <summary>
    /// A scalar coordinate of a <see cref="PdeDsl.Region"/> over several coordinates (<c>(x, y) in box(...) minus disk(...)</c>):
    /// drawn with the others by the region; Lower and Upper are the region's bounding interval along it.
    /// </summary>
    Region,
}
