namespace PdeDsl;

/// <summary>
/// A relative L2 error R = ‖u − u*‖₂/‖u*‖₂ over a set of points and its standard error as a Monte Carlo estimate over them
/// (<see cref="RelativeL2.Estimate"/>): NaN where it cannot be told (fewer than 2 points, a non-finite R), 0 for R = 0.
/// </summary>
/// <param name="Value">R.</param>
/// <param name="StandardError">R's standard error over the points.</param>
public readonly record struct RelativeL2Estimate(double Value, double StandardError);
