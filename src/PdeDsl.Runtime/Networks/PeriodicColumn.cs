namespace PdeDsl;

/// <summary>
/// An input column in which the solution repeats: u(…, x + <paramref name="Period"/>, …) = u(…, x, …), with the interval
/// starting at <paramref name="Origin"/> (the coordinate's lower bound).
/// </summary>
public sealed record PeriodicColumn(int Column, double Origin, double Period);
