namespace PdeDsl;

/// <summary>Whether the network reads each vector coordinate's |x|² (<see cref="RadialInputMap"/>; the <c>radial-feature</c> setting).</summary>
public enum RadialFeatureMode
{
    /// <summary>No feature (<c>false</c>, the default).</summary>
    Off,

    /// <summary>|x|² beside x (<c>true</c>).</summary>
    Beside,

    /// <summary>|x|² instead of x (<c>only</c>): the solution depends on each vector coordinate through its norm alone, as a radial one does by symmetry.</summary>
    Only,
}
