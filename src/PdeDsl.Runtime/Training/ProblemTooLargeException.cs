using System;

namespace PdeDsl;

/// <summary>
/// A problem's network cannot be held in this machine's memory (a dim with three zeros too many): refused from the input
/// width alone, before anything of that width is allocated. <see cref="Summary"/> is the fact without advice, which the
/// command line completes with its own (check --dim, or --no-memory-check) and exit code 2; the message gives the
/// library's (check the dims, or <see cref="TrainingOptions.CheckMemory"/> = false).
/// </summary>
public sealed class ProblemTooLargeException : ArgumentException
{
    /// <summary>The refusal for <paramref name="summary"/> with the library's advice; the sizes it compared.</summary>
    public ProblemTooLargeException(string summary, long inputs, double bytesNeeded, double bytesAvailable)
        : base(summary + "; check the dims, or set TrainingOptions.CheckMemory to false to try anyway.")
    {
        Summary = summary;
        Inputs = inputs;
        BytesNeeded = bytesNeeded;
        BytesAvailable = bytesAvailable;
    }

    /// <summary>What was refused and why, in one sentence without advice.</summary>
    public string Summary { get; }

    /// <summary>The problem's input columns.</summary>
    public long Inputs { get; }

    /// <summary>About how many bytes the network's first layer alone needs.</summary>
    public double BytesNeeded { get; }

    /// <summary>How many bytes the machine has available.</summary>
    public double BytesAvailable { get; }
}
