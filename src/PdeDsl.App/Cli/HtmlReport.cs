using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// The page a user opens after a run (<c>--report run.html</c>): one self-contained HTML file with the settings and where
/// each came from, the loss and validation curves, the learned solution against the exact one (every problem: learned
/// against exact at the validation points, and u along one coordinate at three times (<see cref="ReportCharts"/>); two
/// coordinates: the heatmaps too), the error's histogram and the learned params over the validations (a chart and a table). Images are embedded (PNG as data URIs, the rest inline SVG), so the file travels alone.
/// </summary>
public static class HtmlReport
{
    /// <summary>The section ids, in page order (a test finds each).</summary>
    public static IReadOnlyList<string> Sections { get; } = new[] { "summary", "settings", "curves", "solution", "errors", "params" };

    /// <summary>Writes the page for <paramref name="trainer"/>'s run to <paramref name="path"/>, atomically.</summary>
    public static void Write(Trainer trainer, JsonObject report, string path)
    {
        ArgumentNullException.ThrowIfNull(trainer);
        ArgumentNullException.ThrowIfNull(report);
        string text = Build(trainer, report);
        Checkpoint.WriteAtomically(path, stream =>
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            stream.Write(bytes, 0, bytes.Length);
        });
    }

    /// <summary>The page's text.</summary>
    public static string Build(Trainer trainer, JsonObject report)
    {
        ArgumentNullException.ThrowIfNull(trainer);
        string title = $"{trainer.Problem.Name}: training report";
        return new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title>\n<style>")
            .Append("body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}").Append(Style).Append("</style></head><body>\n")
            .Append("<h1>").Append(E(title)).Append("</h1>\n")
            .Append(AllSections(trainer, report))
            .Append("</body></html>\n").ToString();
    }

    /// <summary>
    /// The page's sections alone, in one <c>div</c> with its own style: what a notebook shows under a training cell
    /// (the same sections, ids and figures as <see cref="Build"/>).
    /// </summary>
    public static string Fragment(Trainer trainer, JsonObject report)
    {
        ArgumentNullException.ThrowIfNull(trainer);
        return new StringBuilder("<div class=\"pdedsl-report\"><style>.pdedsl-report{font-family:sans-serif;color:#222}")
            .Append(Scoped(Style, ".pdedsl-report"))
            .Append("</style>\n").Append(AllSections(trainer, report)).Append("</div>\n").ToString();
    }

    private const string Style = "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}th{background:#eee}"
        + "img{max-width:100%}section{margin-bottom:2em}.source-rules{color:#06c}.source-file{color:#080}.source-command-line{color:#a40}";

    // Each rule of css applied only inside scope, so a notebook's own page keeps its look.
    private static string Scoped(string css, string scope) => string.Concat(css.Split('}', StringSplitOptions.RemoveEmptyEntries).Select(rule =>
    {
        var parts = rule.Split('{');
        return string.Join(",", parts[0].Split(',').Select(selector => scope + " " + selector)) + "{" + parts[1] + "}";
    }));

    // Every section, in page order.
    private static string AllSections(Trainer trainer, JsonObject report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        var figures = Figures(trainer);
        Summary(html, report);
        Settings(html, trainer, report);
        Curves(html, figures);
        // The learned and exact values at the pde's validation points, read once for the solution and error sections.
        var atPoints = trainer.Problem.HasExactSolution ? AtValidationPoints(trainer) : ((double[], double[])?)null;
        Solution(html, trainer, atPoints, figures);
        Errors(html, atPoints);
        Params(html, trainer);
        return html.ToString();
    }

    private static void Summary(StringBuilder html, JsonObject report)
    {
        Open(html, "summary", "Summary");
        Table(html, new[] { "quantity", "value" }, new[]
        {
            new[] { "stopped", Text(report["stopReason"]) },
            new[] { "steps", Text(report["steps"]) + " of " + Text(report["plannedSteps"]) },
            new[] { "backend", Text(report["backend"]) },
            new[] { "final validation loss", Text(report["finalValidationLoss"]) },
            new[] { "MSE against the exact solution", Text(report["mse"]) },
            new[] { "relative L2 error", Text(report["relativeL2Error"]) },
            new[] { "its standard error (over the validation points)", Text(report["relativeL2StandardError"]) },
            new[] { "seconds", Text(report["seconds"]) },
            new[] { "steps per second", Text(report["stepsPerSecond"]) },
        });
        html.Append("</section>\n");
    }

    // Each setting with its value and where it came from (the report's settingSources; the library's defaults where none).
    private static void Settings(StringBuilder html, Trainer trainer, JsonObject report)
    {
        Open(html, "settings", "Settings and where each came from");
        var sources = report["settingSources"] as JsonObject;
        var rows = new List<string[]>();
        foreach (var setting in TrainingSettings.All)
        {
            string key = setting.Option.TrimStart('-');
            string value = setting.Property == ProblemDefaults.Threads ? Text(report["threads"]) : setting.Current(trainer.Options);
            rows.Add(new[] { key, value, sources?[key] is JsonNode source ? source.ToString() : "library" });
        }
        html.Append("<table><tr><th>setting</th><th>value</th><th>source</th></tr>\n");
        foreach (var row in rows)
            html.Append("<tr><td>").Append(E(row[0])).Append("</td><td>").Append(E(row[1])).Append("</td><td class=\"source-")
                .Append(row[2].Replace(' ', '-')).Append("\">").Append(E(row[2])).Append("</td></tr>\n");
        html.Append("</table>\n</section>\n");
    }

    private static void Curves(StringBuilder html, List<(string Kind, byte[] Bytes)> figures)
    {
        Open(html, "curves", "Loss and validation curves");
        foreach (var image in figures.Where(f => f.Kind == "loss")) Image(html, image.Bytes, "loss curves");
        html.Append("</section>\n");
    }

    private static void Solution(StringBuilder html, Trainer trainer, (double[] Learned, double[] Exact)? atPoints, List<(string Kind, byte[] Bytes)> figures)
    {
        Open(html, "solution", "The learned solution against the exact one");
        if (atPoints is not { } values)
        {
            html.Append("<p>The problem states no exact solution; the learned one is in the checkpoint (<code>eval</code>).</p>\n");
        }
        else
        {
            var (learned, exact) = values;
            html.Append("<p>Learned u against exact u* at the ").Append(learned.Length).Append(" validation points of the pde (on the diagonal: exact).</p>\n");
            html.Append(Scatter(exact, learned, "u*", "u"));
        }
        if (ReportCharts.SolutionSlices(trainer) is { } slices) html.Append("<p>").Append(slices).Append("</p>\n");
        foreach (var image in figures.Where(f => f.Kind != "loss")) Image(html, image.Bytes, "solution slices");
        html.Append("</section>\n");
    }

    private static void Errors(StringBuilder html, (double[] Learned, double[] Exact)? atPoints)
    {
        Open(html, "errors", "Error histogram");
        if (atPoints is not { } values)
        {
            html.Append("<p>No exact solution, so no error to show.</p>\n");
        }
        else
        {
            var (learned, exact) = values;
            var errors = learned.Zip(exact, (u, e) => Math.Abs(u - e)).ToArray();
            html.Append("<p>|u − u*| at the validation points of the pde: median ").Append(F(Median(errors))).Append(", largest ").Append(F(errors.Max()))
                .Append(".</p>\n").Append(Histogram(errors, 30));
        }
        html.Append("</section>\n");
    }

    private static void Params(StringBuilder html, Trainer trainer)
    {
        Open(html, "params", "Learned params over the validations");
        var names = trainer.LearnedParams.Keys.ToList();
        if (names.Count == 0)
        {
            html.Append("<p>The problem learns no params.</p>\n");
        }
        else
        {
            if (ReportCharts.LearnedParams(trainer) is { } chart) html.Append("<p>").Append(chart).Append("</p>\n");
            var rows = trainer.History.Where(h => h.LearnedParams is not null)
                .Select(h => new[] { h.Step.ToString(CultureInfo.InvariantCulture) }.Concat(names.Select(n => F(h.LearnedParams![n]))).ToArray()).ToList();
            rows.Add(new[] { "final" }.Concat(names.Select(n => F(trainer.LearnedParams[n]))).ToArray());
            Table(html, new[] { "step" }.Concat(names).ToArray(), rows);
        }
        html.Append("</section>\n");
    }

    // The PNG figures Plots draws, rendered into a scratch folder and read back.
    private static List<(string Kind, byte[] Bytes)> Figures(Trainer trainer)
    {
        string folder = Path.Combine(Path.GetTempPath(), "pdedsl-report-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            return Plots.Write(trainer, Path.Combine(folder, "run.png"))
                .Select(file => (Path.GetFileNameWithoutExtension(file) == "run" ? "loss" : "solution", File.ReadAllBytes(file))).ToList();
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static (double[] Learned, double[] Exact) AtValidationPoints(Trainer trainer)
    {
        using var scope = NewDisposeScope();
        var points = trainer.ValidationPoints(trainer.PdeTermIndex());
        var learned = trainer.Predict(points).to(ScalarType.Float64).cpu().data<double>().ToArray();
        var exact = trainer.Problem.ExactSolution(points).to(ScalarType.Float64).cpu().data<double>().ToArray();
        return (learned, exact);
    }

    private static string Scatter(double[] x, double[] y, string xLabel, string yLabel)
    {
        const int size = 420, pad = 50;
        double lo = Math.Min(x.Min(), y.Min()), hi = Math.Max(x.Max(), y.Max());
        if (!(hi > lo)) hi = lo + 1;
        double Px(double v) => pad + (v - lo) / (hi - lo) * (size - 2 * pad);
        double Py(double v) => size - pad - (v - lo) / (hi - lo) * (size - 2 * pad);
        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{size}\" height=\"{size}\" role=\"img\"><title>{E(yLabel)} against {E(xLabel)}</title>\n");
        svg.Append(Inv($"<rect x=\"{pad}\" y=\"{pad}\" width=\"{size - 2 * pad}\" height=\"{size - 2 * pad}\" fill=\"none\" stroke=\"#888\"/>"));
        svg.Append(Inv($"<line x1=\"{Px(lo):F1}\" y1=\"{Py(lo):F1}\" x2=\"{Px(hi):F1}\" y2=\"{Py(hi):F1}\" stroke=\"#c33\"/>\n"));
        for (int i = 0; i < x.Length; i++) svg.Append(Inv($"<circle cx=\"{Px(x[i]):F1}\" cy=\"{Py(y[i]):F1}\" r=\"1.6\" fill=\"#25a\" fill-opacity=\"0.6\"/>"));
        svg.Append(Inv($"\n<text x=\"{size / 2}\" y=\"{size - 12}\" text-anchor=\"middle\">{E(xLabel)} ({F(lo)} to {F(hi)})</text>"));
        svg.Append(Inv($"<text x=\"14\" y=\"{size / 2}\" transform=\"rotate(-90 14 {size / 2})\" text-anchor=\"middle\">{E(yLabel)}</text></svg>\n"));
        return svg.ToString();
    }

    private static string Histogram(double[] values, int bins)
    {
        const int width = 640, height = 260, pad = 40;
        double hi = values.Max();
        if (!(hi > 0)) hi = 1;
        var counts = new int[bins];
        foreach (var v in values) counts[Math.Min(bins - 1, (int)(v / hi * bins))]++;
        int most = Math.Max(1, counts.Max());
        double bar = (width - 2.0 * pad) / bins;
        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" role=\"img\"><title>histogram of the error</title>\n");
        for (int b = 0; b < bins; b++)
        {
            double h = (height - 2.0 * pad) * counts[b] / most;
            svg.Append(Inv($"<rect x=\"{pad + b * bar:F1}\" y=\"{height - pad - h:F1}\" width=\"{bar - 1:F1}\" height=\"{h:F1}\" fill=\"#25a\"><title>{counts[b]}</title></rect>"));
        }
        svg.Append(Inv($"\n<text x=\"{pad}\" y=\"{height - 12}\">0</text><text x=\"{width - pad}\" y=\"{height - 12}\" text-anchor=\"end\">{F(hi)}</text>"));
        svg.Append(Inv($"<text x=\"{width / 2}\" y=\"{height - 12}\" text-anchor=\"middle\">|u − u*|</text><text x=\"4\" y=\"{pad - 8}\">points (most {most})</text></svg>\n"));
        return svg.ToString();
    }

    private static void Open(StringBuilder html, string id, string heading) =>
        html.Append("<section id=\"").Append(id).Append("\"><h2>").Append(E(heading)).Append("</h2>\n");

    private static void Table(StringBuilder html, string[] header, IEnumerable<string[]> rows)
    {
        html.Append("<table><tr>");
        foreach (var h in header) html.Append("<th>").Append(E(h)).Append("</th>");
        html.Append("</tr>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row) html.Append("<td>").Append(E(cell)).Append("</td>");
            html.Append("</tr>\n");
        }
        html.Append("</table>\n");
    }

    private static void Image(StringBuilder html, byte[] png, string alt) =>
        html.Append("<p><img alt=\"").Append(E(alt)).Append("\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(png)).Append("\"></p>\n");

    private static double Median(double[] values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[sorted.Length / 2];
    }

    private static string Text(JsonNode? node) => node is null ? "-" : node is JsonValue v && v.TryGetValue(out double d) ? F(d) : node.ToString();

    private static string F(double value) => value.ToString("G5", CultureInfo.InvariantCulture);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
