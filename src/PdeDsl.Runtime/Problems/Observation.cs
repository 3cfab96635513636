using System.Collections.Generic;

namespace PdeDsl;

/// <summary>
/// One <c>observe "file.csv": u</c> statement: the file as written (read relative to the working folder unless
/// <c>--data</c> points elsewhere), the observed unknowns, and the statement's line in the problem's source.
/// </summary>
public sealed record Observation(string File, IReadOnlyList<string> Unknowns, int Line);
