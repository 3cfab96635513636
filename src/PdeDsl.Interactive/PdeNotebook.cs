using System;
using System.Collections.Generic;
using System.Linq;

namespace PdeDsl;

/// <summary>
/// What the notebook's <c>#!pde</c> cells made, for its C# cells: the problems compiled so far and the solutions
/// trained. A problem compiled again (its cell changed and ran) replaces the earlier one; training it again replaces
/// its solution (the earlier one is disposed).
/// </summary>
public static class PdeNotebook
{
    private static readonly object Gate = new();
    private static readonly Dictionary<string, CompiledProblems> Compiled = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, Trainer> Trained = new(StringComparer.Ordinal);

    /// <summary>The names of the problems the notebook's cells have compiled.</summary>
    public static IReadOnlyList<string> Problems
    {
        get { lock (Gate) return Compiled.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList(); }
    }

    /// <summary>A new instance of the problem named <paramref name="name"/> (params at their declared values).</summary>
    public static IPdeProblem Problem(string name)
    {
        CompiledProblems? compiled;
        lock (Gate) Compiled.TryGetValue(name, out compiled);
        return compiled?.Create(name) ?? throw new ArgumentException(
            $"No #!pde cell has compiled a problem '{name}'" + (Problems.Count > 0 ? $"; there are {string.Join(", ", Problems)}." : " yet."));
    }

    /// <summary>The solution the last train cell of <paramref name="name"/> learned.</summary>
    public static Solution Solution(string name)
    {
        lock (Gate)
            return Trained.TryGetValue(name, out var trainer) ? trainer.Solution
                : throw new ArgumentException($"The problem '{name}' has not been trained here: run a #!pde cell 'train {name}' first.");
    }

    internal static void Add(CompiledProblems compiled)
    {
        lock (Gate) foreach (var name in compiled.Names) Compiled[name] = compiled;
    }

    internal static void Keep(string name, Trainer trainer)
    {
        Trainer? old;
        lock (Gate)
        {
            Trained.TryGetValue(name, out old);
            Trained[name] = trainer;
        }
        old?.Dispose();
    }
}
