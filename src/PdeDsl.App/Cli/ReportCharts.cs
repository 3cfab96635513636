using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// The HTML report's line charts, as inline SVG: the solution along one coordinate (learned solid, exact dashed, at the
/// first, middle and last time of a time-dependent problem) and each learned param over the validations.
/// </summary>
internal static class ReportCharts
{
    private static readonly string[] Colors = { "#25a", "#c33", "#080", "#a60", "#707" };

    /// <summary>One curve: its legend, its points, whether dashed.</summary>
    public sealed record Series(string Name, double[] X, double[] Y, int Color, bool Dashed = false);

    /// <summary>
    /// u along the first bounded space coordinate (else the first bounded one), every other coordinate at the middle of its
    /// range (0 on an unbounded one), at three times when there is a time; null when no coordinate is bounded.
    /// </summary>
    public static string? SolutionSlices(Trainer trainer)
    {
        var coordinates = trainer.Problem.Coordinates;
        static bool Bounded(CoordinateInfo c) => !c.IsVector && double.IsFinite(c.Lower) && double.IsFinite(c.Upper) && c.Upper > c.Lower;
        var axis = coordinates.FirstOrDefault(c => Bounded(c) && !c.IsTime) ?? coordinates.FirstOrDefault(Bounded);
        if (axis is null) return null;
        var time = coordinates.FirstOrDefault(c => c.IsTime && c != axis && Bounded(c));
        var times = time is null ? new[] { double.NaN } : new[] { time.Lower, (time.Lower + time.Upper) / 2, time.Upper };
        const int n = 101;
        var x = Enumerable.Range(0, n).Select(i => axis.Lower + (axis.Upper - axis.Lower) * i / (n - 1)).ToArray();
        var series = new List<Series>();
        for (int k = 0; k < times.Length; k++)
        {
            var points = new double[n, trainer.Problem.InputDimension];
            foreach (var c in coordinates)
                for (int j = 0; j < c.Length; j++)
                    for (int i = 0; i < n; i++)
                        points[i, c.Offset + j] = c == axis ? x[i] : c == time ? times[k] : Middle(c);
            string at = time is null ? "" : $" at {time.Name} = {F(times[k])}";
            using var scope = NewDisposeScope();
            var rows = Solution.AsTensor(points);
            series.Add(new Series("learned u" + at, x, trainer.Solution.Evaluate(rows), k));
            if (trainer.Problem.HasExactSolution)
                series.Add(new Series("exact u*" + at, x, trainer.Problem.ExactSolution(rows.to(trainer.DType).to(trainer.Device)).to(ScalarType.Float64).cpu().data<double>().ToArray(), k, Dashed: true));
        }
        var others = coordinates.Where(c => c != axis && c != time).Select(c => $"{c.Name} = {F(Middle(c))}").ToList();
        string title = $"u along {axis.Name}" + (others.Count > 0 ? $" ({string.Join(", ", others)})" : "");
        return Svg(title, axis.Name, "u", series);
    }

    /// <summary>Each learned param at each validation; null when the problem learns none.</summary>
    public static string? LearnedParams(Trainer trainer)
    {
        var names = trainer.LearnedParams.Keys.ToList();
        var history = trainer.History.Where(h => h.LearnedParams is not null).ToList();
        if (names.Count == 0 || history.Count == 0) return null;
        var steps = history.Select(h => (double)h.Step).ToArray();
        return Svg("learned params over the validations", "step", "value",
            names.Select((name, i) => new Series(name, steps, history.Select(h => h.LearnedParams![name]).ToArray(), i)).ToList());
    }

    private static double Middle(CoordinateInfo c) => double.IsFinite(c.Lower) && double.IsFinite(c.Upper) ? (c.Lower + c.Upper) / 2 : 0;

    private static string Svg(string title, string xLabel, string yLabel, IReadOnlyList<Series> series)
    {
        const int width = 640, height = 320, left = 60, right = 180, top = 30, bottom = 40;
        var xs = series.SelectMany(s => s.X).Where(double.IsFinite).DefaultIfEmpty(0).ToArray();
        var ys = series.SelectMany(s => s.Y).Where(double.IsFinite).DefaultIfEmpty(0).ToArray();
        double x0 = xs.Min(), x1 = xs.Max(), y0 = ys.Min(), y1 = ys.Max();
        if (!(x1 > x0)) x1 = x0 + 1;
        if (!(y1 > y0)) { y0 -= 0.5; y1 += 0.5; }
        double Px(double v) => left + (v - x0) / (x1 - x0) * (width - left - right);
        double Py(double v) => height - bottom - (v - y0) / (y1 - y0) * (height - top - bottom);
        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" role=\"img\"><title>{E(title)}</title>\n");
        svg.Append(Inv($"<text x=\"{left}\" y=\"18\">{E(title)}</text>"));
        svg.Append(Inv($"<rect x=\"{left}\" y=\"{top}\" width=\"{width - left - right}\" height=\"{height - top - bottom}\" fill=\"none\" stroke=\"#888\"/>\n"));
        for (int s = 0; s < series.Count; s++)
        {
            var line = series[s];
            var path = string.Join(" ", Enumerable.Range(0, line.X.Length).Where(i => double.IsFinite(line.Y[i])).Select(i => Inv($"{Px(line.X[i]):F1},{Py(line.Y[i]):F1}")));
            string color = Colors[line.Color % Colors.Length];
            svg.Append($"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"1.6\"{(line.Dashed ? " stroke-dasharray=\"5,4\"" : "")} points=\"{path}\"><title>{E(line.Name)}</title></polyline>\n");
            double ly = top + 14 + 16 * s;
            svg.Append(Inv($"<line x1=\"{width - right + 10}\" y1=\"{ly - 4}\" x2=\"{width - right + 30}\" y2=\"{ly - 4}\" stroke=\"{color}\" stroke-width=\"1.6\"{(line.Dashed ? " stroke-dasharray=\"5,4\"" : "")}/>"));
            svg.Append(Inv($"<text x=\"{width - right + 34}\" y=\"{ly}\" font-size=\"11\">{E(line.Name)}</text>\n"));
        }
        svg.Append(Inv($"<text x=\"{left}\" y=\"{height - 22}\" font-size=\"11\">{F(x0)}</text><text x=\"{width - right}\" y=\"{height - 22}\" font-size=\"11\" text-anchor=\"end\">{F(x1)}</text>"));
        svg.Append(Inv($"<text x=\"{(width - right + left) / 2}\" y=\"{height - 8}\" text-anchor=\"middle\">{E(xLabel)}</text>"));
        svg.Append(Inv($"<text x=\"{left - 4}\" y=\"{height - bottom}\" font-size=\"11\" text-anchor=\"end\">{F(y0)}</text><text x=\"{left - 4}\" y=\"{top + 10}\" font-size=\"11\" text-anchor=\"end\">{F(y1)}</text>"));
        svg.Append(Inv($"<text x=\"14\" y=\"{(height - bottom + top) / 2}\" transform=\"rotate(-90 14 {(height - bottom + top) / 2})\" text-anchor=\"middle\">{E(yLabel)}</text></svg>\n"));
        return svg.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string F(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
