using System;
using System.Collections.Generic;
using System.Linq;
using ScottPlot;

namespace PdeDsl.Samples.EstimatorAblation;

/// <summary>The two log-log panels (gradient, Laplacian) of error against K, one line per estimator.</summary>
public static class AblationPlot
{
    /// <summary>Saves the figure as a PNG at <paramref name="path"/>.</summary>
    public static void Save(string path, IReadOnlyList<AblationRow> rows, int dim, double sigma)
    {
        var multiplot = new Multiplot();
        multiplot.AddPlots(2);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Columns();
        var panels = new[] { ("gradient", "∇u"), ("laplacian", "Δu") };
        for (int i = 0; i < panels.Length; i++)
        {
            var (derivative, title) = panels[i];
            var plot = multiplot.GetPlot(i);
            foreach (var estimator in new[] { "vanilla", "controlVariate", "antithetic" })
            {
                var series = rows.Where(r => r.Derivative == derivative && r.Estimator == estimator && r.L1Error > 0).ToArray();
                var line = plot.Add.Scatter(series.Select(r => Math.Log10(r.Samples)).ToArray(), series.Select(r => Math.Log10(r.L1Error)).ToArray());
                line.LegendText = estimator;
                line.LineWidth = 2;
                // Control variate and antithetic gradients nearly coincide (the paper's "slightly"): dash one.
                line.MarkerSize = estimator == "controlVariate" ? 9 : 6;
                line.MarkerShape = estimator == "controlVariate" ? MarkerShape.OpenSquare : MarkerShape.FilledCircle;
                if (estimator == "controlVariate") line.LinePattern = LinePattern.Dashed;
            }
            plot.Title($"{title}: L1 error vs K (D = {dim}, σ = {sigma})");
            plot.XLabel("samples K");
            plot.YLabel("L1 error");
            foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
                axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
                {
                    MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
                    IntegerTicksOnly = true,
                    LabelFormatter = v => $"1e{v:0}",
                };
            plot.ShowLegend(Alignment.LowerLeft);
        }
        multiplot.SavePng(path, 1400, 560);
    }
}
