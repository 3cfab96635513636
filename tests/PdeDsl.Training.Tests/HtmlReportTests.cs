using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PdeDsl;
using Samples.Poisson2D;
using Xunit;

namespace PdeDsl.Training.Tests;

/// <summary>--report run.html: one self-contained page with every section, and the JSON report beside it.</summary>
public sealed class HtmlReportTests
{
    [Fact]
    public void A_report_named_html_is_a_self_contained_page_with_every_section_and_the_json_beside_it()
    {
        using var folder = new TempFolder();
        string page = folder.File("run.html");
        var output = new StringWriter();
        int code = PdeApp.Run(new Poisson2D(), new[]
        {
            "--steps", "30", "--hidden-layers", "1", "--hidden-width", "8", "--validation-points", "40", "--device", "cpu", "--report", page,
        }, new PdeAppOptions { Output = output, Error = output });
        Assert.True(code == 0, output.ToString());
        Assert.True(File.Exists(Path.ChangeExtension(page, ".json")), "no JSON report beside the page");
        string html = File.ReadAllText(page);

        // Every section, in order, each closed.
        var positions = HtmlReport.Sections.Select(id => html.IndexOf($"<section id=\"{id}\">", StringComparison.Ordinal)).ToArray();
        Assert.All(positions, p => Assert.True(p >= 0, "a section is missing"));
        Assert.Equal(positions.OrderBy(p => p), positions);
        Assert.Equal(HtmlReport.Sections.Count, Regex.Matches(html, "</section>").Count);

        // Self-contained: no external resource, and every embedded image is a PNG (Poisson2D: the loss curves and the heatmaps).
        Assert.DoesNotMatch("(src|href)=\"(http|//|file:)", html);
        var images = Regex.Matches(html, "src=\"data:image/png;base64,([^\"]+)\"").Select(m => Convert.FromBase64String(m.Groups[1].Value)).ToList();
        Assert.Equal(2, images.Count);
        Assert.All(images, png => Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png.Take(4).ToArray()));

        // The settings say where each came from; the solution and error sections draw the validation points.
        Assert.Contains("<td>steps</td><td>30</td><td class=\"source-command-line\">command line</td>", html);
        Assert.Contains("<td>backend</td><td>jet</td><td class=\"source-rules\">rules</td>", html);
        // The summary gives the relative L2 error with its standard error, as the JSON beside it has them.
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(page, ".json")))!;
        Assert.Contains($"<td>its standard error (over the validation points)</td><td>{((double)json["relativeL2StandardError"]!).ToString("G5", System.Globalization.CultureInfo.InvariantCulture)}</td>", html);
        string solution = html[positions[3]..positions[4]], errors = html[positions[4]..positions[5]];
        Assert.Equal(40, Regex.Matches(solution, "<circle ").Count);
        Assert.Equal(40, Regex.Matches(errors, "<title>(\\d+)</title>").Sum(m => int.Parse(m.Groups[1].Value)));
        // u along x with y at the middle of its range: the learned curve solid, the exact one dashed, 101 points each.
        Assert.Contains("<title>u along x (y = 0.5)</title>", solution);
        var curves = Regex.Matches(solution, "<polyline [^>]*?(stroke-dasharray=\"5,4\" )?points=\"([^\"]+)\"><title>([^<]+)</title>");
        Assert.Equal(new[] { ("learned u", false), ("exact u*", true) }, curves.Select(m => (m.Groups[3].Value, m.Groups[1].Success)));
        Assert.All(curves, m => Assert.Equal(101, m.Groups[2].Value.Split(' ').Length));
    }
}
