using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// The <c>eval</c> command: rebuilds the network a checkpoint describes (its dims and params are applied to the problem),
/// loads the weights and prints CSV: the point's columns, u, and the exact solution and error when the problem has one.
/// </summary>
internal static class EvalCommand
{
    public static int Run(IPdeProblem problem, EvalCommandOptions cli, ParseResult parsed, TextWriter output)
    {
        string path = parsed.GetValue(cli.Checkpoint)!;
        using var solution = Solution.Load(problem, path, parsed.GetValue(cli.Samples), DeviceSelection.Parse(parsed.GetValue(cli.Device)!));

        var points = new List<double[]>();
        foreach (var (text, i) in (parsed.GetValue(cli.At) ?? Array.Empty<string>()).Select((t, i) => (t, i)))
            points.Add(PointList.Parse(text, problem, $"--at #{i + 1}"));
        if (parsed.GetValue(cli.Points) is string file) points.AddRange(PointList.ReadCsv(file, problem));
        if (points.Count == 0) throw new ArgumentException("No points to evaluate: give --at x,y,... or --points file.csv.");

        using var scope = NewDisposeScope();
        int width = problem.InputDimension;
        var input = tensor(points.SelectMany(p => p).ToArray(), dtype: ScalarType.Float64).reshape(points.Count, width);
        var u = solution.Evaluate(input);
        // Several unknowns: a column for each after u's (unknown u, v).
        var others = solution.Unknowns.Skip(1).Select(name => solution.Evaluate(input, name)).ToList();
        double[]? exact = problem.HasExactSolution
            ? problem.ExactSolution(input.to(solution.DType).to(solution.Device)).to(ScalarType.Float64).cpu().data<double>().ToArray()
            : null;

        var columns = problem.Coordinates.SelectMany(c => c.Length == 1 && !c.IsVector ? new[] { c.Name } : Enumerable.Range(1, c.Length).Select(i => $"{c.Name}[{i}]"));
        output.WriteLine(string.Join(",", columns.Append("u").Concat(solution.Unknowns.Skip(1)).Concat(exact is null ? Array.Empty<string>() : new[] { "exact", "error" })));
        for (int i = 0; i < points.Count; i++)
        {
            var cells = points[i].Select(Format).Append(Format(u[i])).Concat(others.Select(o => Format(o[i])));
            if (exact is not null) cells = cells.Append(Format(exact[i])).Append(Format(u[i] - exact[i]));
            output.WriteLine(string.Join(",", cells));
        }
        return 0;
    }

    private static string Format(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
