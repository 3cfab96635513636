namespace PdeDsl;

/// <summary>
/// A coordinate of the input: its name, first column, length (1 for a scalar), whether it is time,
/// and its bounds [Lower, Upper] for the current params.
/// </summary>
public sealed record CoordinateInfo(string Name, int Offset, int Length, bool IsVector, bool IsTime, double Lower, double Upper);
