using System;

namespace PdeDsl;

/// <summary>
/// One setting of a run as a file's <c>train</c> statement and the command line name it: its option, what a value must be,
/// the <see cref="TrainingOptions"/> property it sets (null for the process-wide thread count), and how a value applies.
/// </summary>
/// <param name="Option">The command-line option, as <c>--steps</c>; the <c>train</c> key is the same without <c>--</c>.</param>
/// <param name="Expected">What a value must be, in the words of error messages ("a whole number, at least 1").</param>
/// <param name="Property">The <see cref="TrainingOptions"/> property (the name <see cref="ProblemDefaults.Chosen"/> uses), or <see cref="ProblemDefaults.Threads"/>.</param>
/// <param name="Apply">The options with this setting's value, parsed in the invariant culture; null when the text is not a valid value.</param>
public sealed record TrainingSetting(string Option, string Expected, string Property, Func<TrainingOptions, string, TrainingOptions?> Apply);
