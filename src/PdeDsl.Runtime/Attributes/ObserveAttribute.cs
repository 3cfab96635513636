using System;

namespace PdeDsl;

/// <summary>
/// Observations, as <c>observe "heat.csv": u</c>: <c>[Observe("heat.csv", "u")]</c>. The file (no quotes) is read when
/// training starts; its columns are the coordinates and the observed unknowns (separated by ',' in the second argument).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ObserveAttribute : Attribute
{
    /// <summary>Declares that <paramref name="file"/> holds observations of <paramref name="unknowns"/>.</summary>
    public ObserveAttribute(string file, string unknowns)
    {
        File = file;
        Unknowns = unknowns;
    }

    /// <summary>The CSV file, relative to the working folder.</summary>
    public string File { get; }

    /// <summary>The observed unknowns, as written (<c>u</c> or <c>u, v</c>).</summary>
    public string Unknowns { get; }
}
