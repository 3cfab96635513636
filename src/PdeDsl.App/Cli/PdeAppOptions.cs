using System;
using System.Collections.Generic;
using System.Linq;
using System.IO;
using System.Threading;

namespace PdeDsl;

/// <summary>How a program's <see cref="PdeApp"/> behaves beyond the command line: its embedded defaults and hooks.</summary>
public sealed record PdeAppOptions
{
    private readonly TrainingOptions? _defaults;

    /// <summary>
    /// The defaults the command line starts from (a sample embeds the settings it was measured with). A program that sets
    /// them fixes every one of them; a program that leaves them unset gets, for each setting its user does not give,
    /// the value <see cref="ProblemDefaults"/> chooses from the problem.
    /// </summary>
    public TrainingOptions Defaults { get => _defaults ?? new(); init => _defaults = value; }

    /// <summary>Whether the program set <see cref="Defaults"/> (then only <see cref="ChosenFromProblem"/> is chosen from the problem).</summary>
    internal bool FixesDefaults => _defaults is not null;

    /// <summary>
    /// Settings that a program which sets <see cref="Defaults"/> still leaves to <see cref="ProblemDefaults"/>' rules, by
    /// <see cref="TrainingOptions"/> property name (names from <see cref="ProblemDefaults.Chosen"/>): for a setting whose right
    /// value depends on what the user sets, such as σ, which must shrink as <c>--dim n=...</c> widens a ball. The user's
    /// command line still wins. Ignored when <see cref="Defaults"/> is unset (then every setting is chosen from the problem).
    /// </summary>
    public IReadOnlyCollection<string> ChosenFromProblem { get; init; } = Array.Empty<string>();

    /// <summary>
    /// The settings the rules choose when the user does not give them: all, or <see cref="ChosenFromProblem"/> (checked:
    /// a name the rules do not choose is an ArgumentException). Called once, when the train command's options are built.
    /// </summary>
    internal IReadOnlyCollection<string> RuleChosenSettings()
    {
        if (!FixesDefaults) return ProblemDefaults.Chosen;
        foreach (var name in ChosenFromProblem)
            if (!ProblemDefaults.Chosen.Contains(name))
                throw new ArgumentException($"PdeAppOptions.ChosenFromProblem names '{name}', which the problem's rules do not choose; they choose {string.Join(", ", ProblemDefaults.Chosen)}.");
        return ChosenFromProblem;
    }

    /// <summary>A sentence shown at the top of <c>--help</c> (what this program solves).</summary>
    public string? Description { get; init; }

    /// <summary>
    /// Called after training, before the report is written: add sections to <see cref="TrainingOutcome.Report"/> and rows
    /// to <see cref="TrainingOutcome.Summary"/> (the table printed at the end).
    /// </summary>
    public Action<TrainingOutcome>? AfterTraining { get; init; }

    /// <summary>Where normal output goes (default: the console).</summary>
    public TextWriter? Output { get; init; }

    /// <summary>Stops training like Ctrl+C does (for hosts and tests).</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Where errors go (default: the console's error stream).</summary>
    public TextWriter? Error { get; init; }
}
