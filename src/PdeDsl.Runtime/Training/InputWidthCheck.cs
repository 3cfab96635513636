using System;
using System.Globalization;
using System.Linq;

namespace PdeDsl;

/// <summary>
/// Refuses, from the input width alone, a problem whose network cannot be held in memory: it reads only
/// <see cref="IPdeProblem.InputDimension"/> and the dims, so it runs before anything of that width exists (the terms'
/// column lists, the first layer), which <see cref="MemoryEstimate"/> needs. <see cref="TrainingSettings.For"/> and every
/// <see cref="Trainer"/> that makes its own network run it unless <see cref="TrainingOptions.CheckMemory"/> is false.
/// </summary>
public static class InputWidthCheck
{
    /// <summary>
    /// Throws <see cref="ProblemTooLargeException"/> when a first layer of <paramref name="width"/> units on the problem's
    /// inputs (weights, gradients and Adam's two moments, plus one column index per input) exceeds
    /// <paramref name="available"/> bytes (<see cref="MemoryEstimate.AvailableBytes"/> when null).
    /// </summary>
    public static void Check(IPdeProblem problem, int width, Precision precision, double? available = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        long inputs = problem.InputDimension;
        string dims = string.Join(", ", problem.Dims.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Key} = {d.Value}")));
        if (inputs < 1)
            throw new ProblemTooLargeException($"Problem {problem.Name} has more inputs than a network can take ({dims})", inputs, double.PositiveInfinity, available ?? double.NaN);
        double bytes = inputs * (4.0 * width * (precision == Precision.Float64 ? 8 : 4) + 2 * sizeof(int));
        double free = available ?? MemoryEstimate.AvailableBytes();
        if (bytes <= free) return;
        throw new ProblemTooLargeException(string.Create(CultureInfo.InvariantCulture,
            $"Problem {problem.Name} has {inputs:N0} inputs ({dims}): the first layer of its network alone needs about {Gib(bytes)} (weights, gradients and Adam's moments at width {width}) but {Gib(free)} is available"),
            inputs, bytes, free);
    }

    /// <summary>
    /// <see cref="Check(IPdeProblem, int, Precision, double?)"/> at the width a run will have: <paramref name="options"/>'
    /// when <paramref name="widthGiven"/>, else the narrowest the rules may choose (<see cref="ProblemDefaults.NarrowestWidth"/>),
    /// since they have not chosen yet.
    /// </summary>
    public static void Check(IPdeProblem problem, TrainingOptions options, bool widthGiven)
    {
        ArgumentNullException.ThrowIfNull(options);
        Check(problem, widthGiven ? options.HiddenWidth : Math.Min(options.HiddenWidth, ProblemDefaults.NarrowestWidth), options.Precision);
    }

    /// <summary>Bytes as GiB with one decimal.</summary>
    internal static string Gib(double bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1L << 30):0.0} GiB");
}
