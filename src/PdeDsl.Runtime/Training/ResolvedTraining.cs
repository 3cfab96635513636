using System.Collections.Generic;

namespace PdeDsl;

/// <summary>
/// The settings of a run after <see cref="ProblemDefaults.Resolve"/>: the options, the CPU thread count (not a trainer
/// option: it is process-wide) and the names of the settings chosen from the problem rather than set by the user.
/// </summary>
public sealed record ResolvedTraining(TrainingOptions Options, int Threads, IReadOnlyList<string> ChosenFromProblem);
