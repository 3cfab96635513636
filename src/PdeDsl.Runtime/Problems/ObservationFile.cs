using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;

namespace PdeDsl;

/// <summary>
/// Reads the CSV file of an <c>observe</c> statement with CsvHelper. The header names the columns: each coordinate (a
/// vector coordinate x of length n as x1..xn) and each observed unknown; other columns are ignored. Every problem with the
/// file is one line of an ArgumentException naming the file, the row and the column (the command line exits 2).
/// </summary>
public static class ObservationFile
{
    /// <summary>
    /// Where <paramref name="observation"/>'s file is: <paramref name="dataFiles"/>'s path for its name as written or its
    /// name without folder and extension (<c>--data heat=other.csv</c>), else the name as written, relative to the working folder.
    /// </summary>
    public static string Resolve(Observation observation, IReadOnlyDictionary<string, string>? dataFiles)
    {
        ArgumentNullException.ThrowIfNull(observation);
        if (dataFiles is null) return observation.File;
        if (dataFiles.TryGetValue(observation.File, out var path)) return path;
        return dataFiles.TryGetValue(Path.GetFileNameWithoutExtension(observation.File), out path) ? path : observation.File;
    }

    /// <summary>
    /// Checks that every name of <paramref name="dataFiles"/> (<c>--data NAME=PATH</c>) is an observed file of
    /// <paramref name="problem"/>; an ArgumentException lists them otherwise.
    /// </summary>
    public static void CheckNames(IPdeProblem problem, IReadOnlyDictionary<string, string>? dataFiles)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (dataFiles is null || dataFiles.Count == 0) return;
        var observations = problem is IObservedProblem observed ? observed.Observations : Array.Empty<Observation>();
        foreach (var name in dataFiles.Keys)
        {
            if (observations.Any(o => o.File == name || Path.GetFileNameWithoutExtension(o.File) == name)) continue;
            throw new ArgumentException(observations.Count == 0
                ? $"--data {name}=...: the problem {problem.Name} observes no file."
                : $"--data {name}=...: the problem {problem.Name} observes no file of that name; it observes {string.Join(", ", observations.Select(o => "\"" + o.File + "\""))}.");
        }
    }

    /// <summary>The columns <paramref name="observation"/>'s file must have, in input order, then the unknowns.</summary>
    public static IReadOnlyList<string> Columns(IPdeProblem problem, Observation observation)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(observation);
        var columns = new List<string>();
        foreach (var c in problem.Coordinates)
        {
            if (c.IsVector) for (int k = 1; k <= c.Length; k++) columns.Add(c.Name + k.ToString(CultureInfo.InvariantCulture));
            else columns.Add(c.Name);
        }
        columns.AddRange(observation.Unknowns);
        return columns;
    }

    /// <summary>Reads <paramref name="path"/> as <paramref name="observation"/>'s file for <paramref name="problem"/>'s current dims.</summary>
    public static ObservedData Read(IPdeProblem problem, Observation observation, string path)
    {
        var columns = Columns(problem, observation);
        var what = path == observation.File ? $"'{path}'" : $"'{path}' (for \"{observation.File}\")";
        if (!File.Exists(path))
            throw new ArgumentException($"The observation file {what} does not exist (observe at line {observation.Line}); write it, or point to it with --data {Path.GetFileNameWithoutExtension(observation.File)}=PATH.");
        var options = new CsvReaderOptions { Separator = ',', TrackLineNumbers = true, TrimWhitespace = true };
        try
        {
            using var reader = CsvReader.FromFile(path, options);
            var header = reader.Headers.Select(h => h.Trim()).ToList();
            if (header.Count == 0 || header.All(h => h.Length == 0))
                throw new ArgumentException($"The observation file {what} is empty: its first row must name the columns {string.Join(", ", columns)}.");
            var index = new int[columns.Count];
            for (int j = 0; j < columns.Count; j++)
            {
                index[j] = header.IndexOf(columns[j]);
                if (index[j] < 0)
                    throw new ArgumentException($"The observation file {what}, row 1 (the header): no column '{columns[j]}'; it has {string.Join(", ", header)} and needs {string.Join(", ", columns)}.");
            }
            int inputs = columns.Count - observation.Unknowns.Count;
            var points = new List<double>();
            var values = new List<double>();
            int rows = 0;
            while (reader.Read())
            {
                long line = reader.LineNumber;
                if (reader.FieldCount != header.Count)
                    throw new ArgumentException($"The observation file {what}, row {line}: {reader.FieldCount} columns, but the header has {header.Count}.");
                for (int j = 0; j < columns.Count; j++)
                {
                    var text = reader.GetString(index[j]).Trim();
                    if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
                        throw new ArgumentException($"The observation file {what}, row {line}, column '{columns[j]}': '{text}' is not a finite number.");
                    (j < inputs ? points : values).Add(value);
                }
                rows++;
            }
            if (rows == 0)
                throw new ArgumentException($"The observation file {what} has a header but no rows of data.");
            return new ObservedData(observation.File, path, observation.Unknowns, rows, points.ToArray(), values.ToArray());
        }
        catch (CsvFormatException e)
        {
            throw new ArgumentException($"The observation file {what} is not a valid CSV file: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new ArgumentException($"The observation file {what} cannot be read: {e.Message}", e);
        }
    }
}
