using System;
using System.Linq;

namespace PdeDsl;

/// <summary>
/// One setting of a run, as the command line, a file's <c>train</c> statement and the help name it: its option, what it
/// does, what a value must be, the <see cref="TrainingOptions"/> property it sets, its value in a set of options, and how
/// a value applies.
/// </summary>
/// <param name="Option">The command-line option, as <c>--steps</c>; the <c>train</c> key is the same without <c>--</c>.</param>
/// <param name="Description">What the setting does, for <c>--help</c>.</param>
/// <param name="Expected">What a value must be, in the words of error messages ("a whole number, at least 1").</param>
/// <param name="Property">The <see cref="TrainingOptions"/> property (the name <see cref="ProblemDefaults.Chosen"/> uses), or <see cref="ProblemDefaults.Threads"/>.</param>
/// <param name="Current">The setting's value in a set of options, as a value would be written ("2000", "auto", "per-point").</param>
/// <param name="Apply">The options with this setting's value, parsed in the invariant culture; null when the text is not a valid value.</param>
public sealed record TrainingSetting(string Option, string Description, string Expected, string Property,
    Func<TrainingOptions, string> Current, Func<TrainingOptions, string, TrainingOptions?> Apply)
{
    /// <summary>Other names of the option (<c>-K</c> for <c>--samples</c>).</summary>
    public string[] Aliases { get; init; } = Array.Empty<string>();

    /// <summary>The values a choice takes (<c>--backend</c>: jet, difference, ...); empty for a number.</summary>
    public string[] Values { get; init; } = Array.Empty<string>();

    /// <summary>
    /// <paramref name="options"/> with this setting at some other valid value (null if none is found): how
    /// <see cref="TrainingSettings.For"/> tells a value a program set from one it left alone.
    /// </summary>
    internal TrainingOptions? Other(TrainingOptions options)
    {
        var now = Current(options);
        foreach (var candidate in Values.Concat(new[] { "1", "2", "0.5" }))
            if (Apply(options, candidate) is { } changed && Current(changed) != now) return changed;
        return null;
    }

    /// <summary>
    /// <paramref name="options"/> with <paramref name="value"/> applied, or an ArgumentException "<paramref name="asGiven"/> is
    /// not valid: it must be ..." (the caller says how the user wrote it: a train setting or a command-line option).
    /// </summary>
    public TrainingOptions ApplyOrThrow(TrainingOptions options, string value, string asGiven) =>
        Apply(options, value) ?? throw new InvalidSettingException($"{asGiven} is not valid: it must be {Expected}.", Option);
}
