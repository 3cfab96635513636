namespace PdeDsl;

/// <summary>
/// A coordinate of the input: its name, first column, length (1 for a scalar), whether it is time,
/// its bounds [Lower, Upper] for the current params, and the set it ranges over (an interval by default;
/// R or a ball in the second edition of the language, see <see cref="CoordinateSet"/>), and whether the solution repeats
/// over the interval (<c>periodic x</c>: the network reads it through a <see cref="PeriodicInputMap"/>).
/// </summary>
public sealed record CoordinateInfo(string Name, int Offset, int Length, bool IsVector, bool IsTime, double Lower, double Upper,
    CoordinateSet Set = CoordinateSet.Interval, bool Periodic = false)
{
    /// <summary>True for a spatial interval that is not periodic: its ends are faces of the domain's boundary, with normals.</summary>
    public bool HasFaces => !IsTime && Set == CoordinateSet.Interval && !Periodic;
}
