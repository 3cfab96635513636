using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace PdeDsl;

/// <summary>Reads evaluation points from command-line text and CSV files, checking each against the problem's inputs.</summary>
internal static class PointList
{
    /// <summary>
    /// One point from "a,b,...": either one value per input column, or one per coordinate (a vector coordinate repeats its
    /// value in every component, so "0,0" is t = 0, x = 0 for an HJB in 100 dimensions).
    /// </summary>
    public static double[] Parse(string text, IPdeProblem problem, string where)
    {
        var values = text.Split(',', StringSplitOptions.TrimEntries).Select((v, i) => Number(v, where, i + 1)).ToArray();
        int width = problem.InputDimension;
        if (values.Length == width) return values;
        var coordinates = problem.Coordinates;
        if (values.Length == coordinates.Count)
        {
            var point = new double[width];
            for (int c = 0; c < coordinates.Count; c++)
                for (int i = 0; i < coordinates[c].Length; i++) point[coordinates[c].Offset + i] = values[c];
            return point;
        }
        throw new ArgumentException($"{where} has {values.Length} values; {problem.Name} needs {width} (one per input column) "
            + $"or {coordinates.Count} (one per coordinate: {string.Join(", ", coordinates.Select(c => c.Name))}).");
    }

    /// <summary>All points of a CSV file; a first line that is not numeric is a header and is skipped.</summary>
    public static List<double[]> ReadCsv(string path, IPdeProblem problem)
    {
        if (!File.Exists(path)) throw new ArgumentException($"Points file '{path}' does not exist.");
        var points = new List<double[]>();
        var lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (i == 0 && !double.TryParse(line.Split(',')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out _)) continue;
            points.Add(Parse(line, problem, $"line {i + 1} of '{path}'"));
        }
        if (points.Count == 0) throw new ArgumentException($"Points file '{path}' has no points.");
        return points;
    }

    private static double Number(string text, string where, int position) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) && double.IsFinite(x)
            ? x
            : throw new ArgumentException($"{where}: value {position} '{text}' is not a finite number.");
}
