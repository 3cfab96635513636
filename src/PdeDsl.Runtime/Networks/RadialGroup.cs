namespace PdeDsl;

/// <summary>
/// A vector coordinate of a <see cref="RadialInputMap"/>: its first column, its length, and the scale s that divides
/// |x_C|² (the mean of |x_C|² over the problem's points, so the feature is about 1 there).
/// </summary>
public readonly record struct RadialGroup(int Offset, int Length, double Scale);
