using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ScottPlot;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// PNG figures of a run: loss curves (training loss per step and validation loss, log scale) and, for problems with
/// exactly two spatial coordinates, the paper's Figure 2: truth, learned solution and point-wise error as heatmaps.
/// </summary>
public static class Plots
{
    /// <summary>
    /// Writes the loss curves to <paramref name="path"/> and, where the problem has two coordinates, the heatmaps to
    /// the same name with <c>-solution</c> added; for time and two space coordinates, every unknown at three times to
    /// the name with <c>-unknowns</c> added. Returns the files written.
    /// </summary>
    public static IReadOnlyList<string> Write(Trainer trainer, string path)
    {
        ArgumentNullException.ThrowIfNull(trainer);
        var written = new List<string> { WriteLossCurves(trainer, path) };
        var coordinates = trainer.Problem.Coordinates;
        if (trainer.Problem.InputDimension == 2 && coordinates.All(c => !c.IsTime))
        {
            string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            string solution = Path.Combine(folder, Path.GetFileNameWithoutExtension(path) + "-solution.png");
            written.Add(WriteHeatmaps(trainer, solution, 101));
        }
        var spatial = coordinates.Where(c => !c.IsTime).ToList();
        if (trainer.Problem.InputDimension == 3 && coordinates.Count == 3 && spatial.Count == 2 && coordinates.All(c => !c.IsVector)
            && coordinates.All(c => double.IsFinite(c.Lower) && double.IsFinite(c.Upper)))
        {
            string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            string unknowns = Path.Combine(folder, Path.GetFileNameWithoutExtension(path) + "-unknowns.png");
            written.Add(WriteUnknownsOverTime(trainer, unknowns, 81));
        }
        return written;
    }

    /// <summary>
    /// For a problem in t and two space coordinates: every unknown (rows) at the first, middle and last time (columns),
    /// as heatmaps over space.
    /// </summary>
    private static string WriteUnknownsOverTime(Trainer trainer, string path, int resolution)
    {
        var c = trainer.Problem.Coordinates;
        int time = c.ToList().FindIndex(k => k.IsTime);
        var (sx, sy) = (c.Select((k, i) => i).First(i => i != time), c.Select((k, i) => i).Last(i => i != time));
        double[] times = { c[time].Lower, (c[time].Lower + c[time].Upper) / 2, c[time].Upper };
        var unknowns = trainer.Unknowns;
        var figure = new Multiplot();
        figure.AddPlots(unknowns.Count * times.Length);
        figure.Layout = new ScottPlot.MultiplotLayouts.Grid(unknowns.Count, times.Length);
        for (int tIndex = 0; tIndex < times.Length; tIndex++)
        {
            var grid = new double[resolution * resolution * 3];
            for (int i = 0; i < resolution; i++)
                for (int j = 0; j < resolution; j++)
                {
                    int row = i * resolution + j;
                    grid[3 * row + time] = times[tIndex];
                    grid[3 * row + sx] = c[sx].Lower + (c[sx].Upper - c[sx].Lower) * j / (resolution - 1);
                    grid[3 * row + sy] = c[sy].Upper - (c[sy].Upper - c[sy].Lower) * i / (resolution - 1); // row 0 at the top
                }
            for (int k = 0; k < unknowns.Count; k++)
            {
                double[] learned;
                using (var scope = NewDisposeScope())
                {
                    var points = tensor(grid, dtype: ScalarType.Float64).reshape(resolution * resolution, 3);
                    learned = trainer.Predict(points, k).to(ScalarType.Float64).cpu().data<double>().ToArray();
                }
                var values = new double[resolution, resolution];
                for (int i = 0; i < resolution; i++)
                    for (int j = 0; j < resolution; j++) values[i, j] = learned[i * resolution + j];
                var plot = figure.GetPlot(k * times.Length + tIndex);
                var map = plot.Add.Heatmap(values);
                map.Extent = new CoordinateRect(c[sx].Lower, c[sx].Upper, c[sy].Lower, c[sy].Upper);
                map.Colormap = new ScottPlot.Colormaps.Viridis();
                plot.Add.ColorBar(map);
                plot.Title(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{unknowns[k]} at {c[time].Name} = {times[tIndex]:G3}"));
                plot.XLabel(c[sx].Name);
                plot.YLabel(c[sy].Name);
            }
        }
        figure.SavePng(path, 380 * times.Length, 340 * unknowns.Count);
        return path;
    }

    private static string WriteLossCurves(Trainer trainer, string path)
    {
        var plot = new Plot();
        var steps = trainer.StepLosses;
        int first = trainer.CompletedSteps - steps.Count;
        var trainPoints = Enumerable.Range(0, steps.Count).Where(i => steps[i] > 0 && double.IsFinite(steps[i]))
            .Select(i => new Coordinates(first + i + 1, Math.Log10(steps[i]))).ToList();
        if (trainPoints.Count > 0)
        {
            var train = plot.Add.ScatterLine(trainPoints);
            train.LegendText = "training loss (per step)";
            train.LineWidth = 1;
            train.Color = Colors.SteelBlue.WithAlpha(0.5);
        }
        AddValidationLine(plot, trainer.History.Where(h => h.ValidationLoss > 0 && double.IsFinite(h.ValidationLoss))
            .Select(h => new Coordinates(h.Step, Math.Log10(h.ValidationLoss))).ToList(), "validation loss", Colors.OrangeRed);
        AddValidationLine(plot, trainer.History.Where(h => h.Mse is > 0).Select(h => new Coordinates(h.Step, Math.Log10(h.Mse!.Value))).ToList(),
            "MSE vs exact solution", Colors.ForestGreen);
        plot.Title($"{trainer.Problem.Name}: loss");
        plot.XLabel("step");
        plot.YLabel("loss (log10 scale)");
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = y => $"1e{y:0.#}",
            IntegerTicksOnly = true,
        };
        plot.ShowLegend(Alignment.UpperRight);
        Save(plot, path, 900, 550);
        return path;
    }

    // A quantity measured at each validation: a bold line with markers.
    private static void AddValidationLine(Plot plot, List<Coordinates> points, string legend, Color color)
    {
        if (points.Count == 0) return;
        var line = plot.Add.ScatterLine(points);
        line.LegendText = legend;
        line.LineWidth = 2;
        line.Color = color;
        line.MarkerSize = 4;
    }

    private static string WriteHeatmaps(Trainer trainer, string path, int resolution)
    {
        var c = trainer.Problem.Coordinates;
        double x0 = c[0].Lower, x1 = c[0].Upper, y0 = c[1].Lower, y1 = c[1].Upper;
        var grid = new double[resolution * resolution * 2];
        for (int i = 0; i < resolution; i++)
            for (int j = 0; j < resolution; j++)
            {
                int row = i * resolution + j;
                grid[2 * row] = x0 + (x1 - x0) * j / (resolution - 1);
                grid[2 * row + 1] = y1 - (y1 - y0) * i / (resolution - 1); // row 0 at the top of the image
            }
        double[] learned, truth;
        using (var scope = NewDisposeScope())
        {
            var points = tensor(grid, dtype: ScalarType.Float64).reshape(resolution * resolution, 2);
            learned = trainer.Predict(points).to(ScalarType.Float64).cpu().data<double>().ToArray();
            truth = trainer.Problem.HasExactSolution
                ? trainer.Problem.ExactSolution(points.to(trainer.DType)).to(ScalarType.Float64).cpu().data<double>().ToArray()
                : Array.Empty<double>();
        }

        var panels = new List<(string Title, double[] Values)>();
        if (truth.Length > 0) panels.Add(("ground truth u*", truth));
        panels.Add(("learned u", learned));
        if (truth.Length > 0) panels.Add(("|u - u*|", learned.Zip(truth, (a, b) => Math.Abs(a - b)).ToArray()));

        var figure = new Multiplot();
        figure.AddPlots(panels.Count);
        figure.Layout = new ScottPlot.MultiplotLayouts.Columns();
        for (int p = 0; p < panels.Count; p++)
        {
            var plot = figure.GetPlot(p);
            var values = new double[resolution, resolution];
            for (int i = 0; i < resolution; i++)
                for (int j = 0; j < resolution; j++) values[i, j] = panels[p].Values[i * resolution + j];
            var map = plot.Add.Heatmap(values);
            map.Extent = new CoordinateRect(x0, x1, y0, y1);
            map.Colormap = new ScottPlot.Colormaps.Viridis();
            plot.Add.ColorBar(map);
            plot.Title(panels[p].Title);
            plot.XLabel(c[0].Name);
            plot.YLabel(c[1].Name);
        }
        figure.SavePng(path, 420 * panels.Count, 400);
        return path;
    }

    private static void Save(Plot plot, string path, int width, int height)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        plot.SavePng(path, width, height);
    }
}
