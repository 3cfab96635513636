using System.Collections.Generic;

namespace PdeDsl;

/// <summary>
/// The rows of one observation file: <see cref="Points"/> [Rows, InputDimension] in the network's input layout and
/// <see cref="Values"/> [Rows, Unknowns.Count], both row-major.
/// </summary>
public sealed record ObservedData(string File, string Path, IReadOnlyList<string> Unknowns, int Rows, double[] Points, double[] Values);
