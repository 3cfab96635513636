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
        var info = PdeDsl.Checkpoint.ReadInfo(path);
        if (info.Problem != problem.Name)
            throw new ArgumentException($"Checkpoint '{path}' is for problem {info.Problem}, not {problem.Name}.");
        foreach (var (name, value) in info.Dims) problem.SetDim(name, value);
        foreach (var (name, value) in info.Params) problem.SetParam(name, value);
        // Drawn vector params are the run's: the checkpoint holds them, whatever the seed.
        foreach (var (name, values) in info.VectorParams) problem.SetVectorParam(name, values);

        var points = new List<double[]>();
        foreach (var (text, i) in (parsed.GetValue(cli.At) ?? Array.Empty<string>()).Select((t, i) => (t, i)))
            points.Add(PointList.Parse(text, problem, $"--at #{i + 1}"));
        if (parsed.GetValue(cli.Points) is string file) points.AddRange(PointList.ReadCsv(file, problem));
        if (points.Count == 0) throw new ArgumentException("No points to evaluate: give --at x,y,... or --points file.csv.");

        var options = new TrainingOptions
        {
            Steps = Math.Max(info.Steps, 1),
            HiddenLayers = info.HiddenLayers,
            HiddenWidth = info.HiddenWidth,
            Precision = PrecisionExtensions.ParsePrecision(info.Precision),
            Backend = BackendNames.Parse(info.Backend),
            Sigma = info.Sigma,
            EvaluationSamples = parsed.GetValue(cli.Samples),
            Device = DeviceSelection.Parse(parsed.GetValue(cli.Device)!),
            ValidationPoints = 1,
        };
        using var trainer = new Trainer(problem, options);
        trainer.LoadCheckpoint(path);

        using var scope = NewDisposeScope();
        int width = problem.InputDimension;
        var input = tensor(points.SelectMany(p => p).ToArray(), dtype: ScalarType.Float64).reshape(points.Count, width);
        var u = trainer.Predict(input).to(ScalarType.Float64).cpu().data<double>().ToArray();
        // Several unknowns: a column for each after u's (unknown u, v).
        var others = Enumerable.Range(1, trainer.Unknowns.Count - 1)
            .Select(k => trainer.Predict(input, k).to(ScalarType.Float64).cpu().data<double>().ToArray()).ToList();
        double[]? exact = problem.HasExactSolution
            ? problem.ExactSolution(input.to(trainer.DType).to(trainer.Device)).to(ScalarType.Float64).cpu().data<double>().ToArray()
            : null;

        var columns = problem.Coordinates.SelectMany(c => c.Length == 1 && !c.IsVector ? new[] { c.Name } : Enumerable.Range(1, c.Length).Select(i => $"{c.Name}[{i}]"));
        output.WriteLine(string.Join(",", columns.Append("u").Concat(trainer.Unknowns.Skip(1)).Concat(exact is null ? Array.Empty<string>() : new[] { "exact", "error" })));
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
