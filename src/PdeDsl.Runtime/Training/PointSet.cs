using System;
using System.Collections.Generic;
using System.Linq;

namespace PdeDsl;

/// <summary>
/// Points of a problem given by coordinate name, so no one has to remember the input columns' order:
/// <c>new PointSet(problem, 1000).Set("t", times).Set("x", positions)</c>, a scalar coordinate as one value per point and
/// a vector coordinate as a [count, length] array. <see cref="ToArray"/> lays them out as the network reads them.
/// </summary>
public sealed class PointSet
{
    private readonly IReadOnlyList<CoordinateInfo> coordinates;
    private readonly string problem;
    private readonly double[,] values;
    private readonly HashSet<string> set = new(StringComparer.Ordinal);

    /// <summary><paramref name="count"/> points of <paramref name="problem"/> (its dims must be set: they fix vector lengths).</summary>
    public PointSet(IPdeProblem problem, int count)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        this.problem = problem.Name;
        coordinates = problem.Coordinates;
        Count = count;
        InputDimension = problem.InputDimension;
        values = new double[count, problem.InputDimension];
    }

    /// <summary>How many points.</summary>
    public int Count { get; }

    /// <summary>The problem's input columns.</summary>
    public int InputDimension { get; }

    /// <summary>Whether these points are laid out as <paramref name="problem"/>'s inputs (the same coordinates, in the same columns).</summary>
    public bool Fits(IPdeProblem problem) =>
        problem.InputDimension == InputDimension && problem.Coordinates.Count == coordinates.Count
        && problem.Coordinates.Zip(coordinates, (a, b) => a.Name == b.Name && a.Offset == b.Offset && a.Length == b.Length).All(same => same);

    /// <summary>Scalar coordinate <paramref name="name"/> of every point (one value per point).</summary>
    public PointSet Set(string name, double[] coordinate)
    {
        ArgumentNullException.ThrowIfNull(coordinate);
        var c = Find(name);
        if (c.IsVector)
            throw new ArgumentException($"{name} is a vector of length {c.Length} in {problem}: give it as a [{Count}, {c.Length}] array.", nameof(name));
        if (coordinate.Length != Count) throw new ArgumentException($"{name} has {coordinate.Length} values for {Count} points.", nameof(coordinate));
        for (int i = 0; i < Count; i++) values[i, c.Offset] = coordinate[i];
        set.Add(c.Name);
        return this;
    }

    /// <summary>Vector coordinate <paramref name="name"/> of every point, as [count, length].</summary>
    public PointSet Set(string name, double[,] coordinate)
    {
        ArgumentNullException.ThrowIfNull(coordinate);
        var c = Find(name);
        if (coordinate.GetLength(0) != Count || coordinate.GetLength(1) != c.Length)
            throw new ArgumentException($"{name} needs a [{Count}, {c.Length}] array, not [{coordinate.GetLength(0)}, {coordinate.GetLength(1)}].", nameof(coordinate));
        for (int i = 0; i < Count; i++)
            for (int j = 0; j < c.Length; j++) values[i, c.Offset + j] = coordinate[i, j];
        set.Add(c.Name);
        return this;
    }

    /// <summary>The points as [count, input columns] in the problem's order; every coordinate must have been set.</summary>
    public double[,] ToArray()
    {
        var missing = coordinates.Where(c => !set.Contains(c.Name)).Select(c => c.Name).ToList();
        if (missing.Count > 0) throw new InvalidOperationException($"The points of {problem} lack {string.Join(", ", missing)}: set every coordinate.");
        return (double[,])values.Clone();
    }

    private CoordinateInfo Find(string name) => coordinates.FirstOrDefault(c => c.Name == name)
        ?? throw new ArgumentException($"{problem} has no coordinate '{name}'; its coordinates are {string.Join(", ", coordinates.Select(c => c.Name))}.", nameof(name));
}
