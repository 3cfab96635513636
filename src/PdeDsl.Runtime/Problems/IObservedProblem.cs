using System.Collections.Generic;

namespace PdeDsl;

/// <summary>
/// A problem with observations: each adds a data-misfit term, the mean of (u(x) − observed)² over the file's rows, to the
/// loss (weighted like a condition). The runtime reads the files (<see cref="ObservationFile"/>) before training starts.
/// </summary>
public interface IObservedProblem
{
    /// <summary>The observations, in statement order.</summary>
    IReadOnlyList<Observation> Observations { get; }
}
