namespace PdeDsl;

/// <summary>
/// A coordinate of a <see cref="ScaledInputMap"/>: its first column, its length, and the scale s that divides it (the
/// root mean square of its components over the problem's points, so the network reads components of size about 1).
/// </summary>
public readonly record struct CoordinateScale(int Offset, int Length, double Scale);
