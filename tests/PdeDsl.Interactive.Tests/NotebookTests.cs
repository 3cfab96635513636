using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Events;
using Xunit;
using Xunit.Abstractions;

namespace PdeDsl.Interactive.Tests;

/// <summary>
/// samples/Notebook/pdedsl.dib run cell by cell through a notebook's kernels (C# and the extension's #!pde), as Polyglot
/// Notebooks sends them: each cell's events are what a user would see under it.
/// </summary>
public sealed class NotebookTests : IDisposable
{
    private readonly ITestOutputHelper log;
    private readonly CompositeKernel kernel;

    public NotebookTests(ITestOutputHelper log)
    {
        this.log = log;
        var csharp = new CSharpKernel();
        csharp.AddAssemblyReferences(new[] { typeof(PdeNotebook).Assembly.Location, typeof(Solution).Assembly.Location });
        kernel = new CompositeKernel { csharp };
        kernel.DefaultKernelName = csharp.Name;
        // What #r "nuget: PdeDsl.Interactive" does after restoring: the package's extension.dib runs in the notebook.
        foreach (var cell in Cells("extension.dib"))
        {
            var loaded = kernel.SendAsync(new SubmitCode(cell.Contents, cell.KernelName)).GetAwaiter().GetResult();
            Assert.True(Failure(loaded.Events) is null, Failure(loaded.Events));
        }
    }

    private static IReadOnlyList<InteractiveDocumentElement> Cells(string file = "pdedsl.dib")
    {
        var kernels = new KernelInfoCollection { new("csharp", "csharp", Array.Empty<string>()), new("pde", "PdeDsl", Array.Empty<string>()) };
        kernels.DefaultKernelName = "csharp";
        return CodeSubmission.Parse(File.ReadAllText(file), kernels).Elements.Where(e => e.KernelName != "markdown").ToList();
    }

    private async Task<IReadOnlyList<KernelEvent>> Run(InteractiveDocumentElement cell)
    {
        var result = await kernel.SendAsync(new SubmitCode(cell.Contents, cell.KernelName));
        return result.Events;
    }

    private static string? Failure(IReadOnlyList<KernelEvent> events) => events.OfType<CommandFailed>().FirstOrDefault()?.Message;

    private static IEnumerable<string> Shown(IReadOnlyList<KernelEvent> events, string mimeType) => events.OfType<DisplayEvent>()
        .SelectMany(e => e.FormattedValues).Where(v => v.MimeType == mimeType).Select(v => v.Value);

    [Fact]
    public async Task The_sample_runs_cell_by_cell_and_each_training_cell_ends_with_curves_and_the_solution()
    {
        var cells = Cells();
        Assert.Equal(new[] { "csharp", "pde", "pde", "csharp", "pde", "pde", "csharp" }, cells.Select(c => c.KernelName));
        // The extension's script added the kernel once; running it again (an older host also loads the assembly) adds none.
        Assert.Single(kernel.ChildKernels, k => k.Name == PdeKernel.DefaultName);
        await new PdeKernelExtension().OnLoadAsync(kernel);
        Assert.Single(kernel.ChildKernels, k => k.Name == PdeKernel.DefaultName);
        Assert.StartsWith("#r \"nuget: PdeDsl.Interactive", cells[0].Contents);
        // The #r line: the constructor ran the package's extension.dib instead; the rest of that cell runs.
        cells[0].Contents = string.Join("\n", cells[0].Contents.Split('\n').Where(l => !l.StartsWith("#r ", StringComparison.Ordinal)));
        foreach (var cell in cells)
        {
            var started = DateTime.UtcNow;
            var events = await Run(cell);
            log.WriteLine($"#!{cell.KernelName} {cell.Contents.Split('\n')[0]}: {(DateTime.UtcNow - started).TotalSeconds:F1} s; " + string.Join(", ", events.Select(e => e.GetType().Name)) + " " + string.Join("|", Shown(events, "text/plain")));
            Assert.True(Failure(events) is null, $"{cell.Contents}\n{Failure(events)}");
            if (cell.KernelName == "pde" && cell.Contents.StartsWith("train", StringComparison.Ordinal))
            {
                var report = Assert.Single(Shown(events, "text/html"));
                foreach (var id in HtmlReport.Sections) Assert.Contains($"<section id=\"{id}\">", report);
                var flat = Regex.Replace(report, "\\s+", " ");
                Assert.Matches("<section id=\"curves\">[^§]*?<img alt=\"loss curves\" src=\"data:image/png;base64,", flat.Replace("</section>", "§"));
                if (cell.Contents.Contains("Poisson"))
                    Assert.Matches("<section id=\"solution\">[^§]*?<svg[^§]*?<img alt=\"solution slices\" src=\"data:image/png;base64,", flat.Replace("</section>", "§"));
                // The progress line was shown, then updated as the steps went by, up to the last.
                var steps = Regex.Match(cell.Contents, "--steps (\\d+)").Groups[1].Value;
                Assert.Contains(events.OfType<DisplayedValueUpdated>(), e => e.FormattedValues.Any(v => v.Value.StartsWith($"step {steps}/{steps} ", StringComparison.Ordinal)));
            }
        }
        // The C# cells read the trained solutions: Poisson's u(0.5, 0.5) near 1, the HJB's u(0, 0) near Cole-Hopf's 4.59.
        var poisson = PdeNotebook.Solution("Poisson").Evaluate(new double[,] { { 0.5, 0.5 } })[0];
        var hjb = PdeNotebook.Solution("HjbOnRn").Evaluate(new double[1, 101])[0];
        log.WriteLine($"Poisson u(0.5, 0.5) = {poisson:F4} (exact 1); HJB u(0, 0) = {hjb:F4} (Cole-Hopf 4.5902)");
        Assert.InRange(poisson, 0.9, 1.1);
        Assert.InRange(hjb, 4.0, 5.2);
        var solution = Assert.IsType<double[]>(Assert.Single((await Run(cells[3])).OfType<ReturnValueProduced>()).Value);
        Assert.Equal(PdeNotebook.Solution("Poisson").Evaluate(new double[,] { { 0.5, 0.5 }, { 0.25, 0.5 } }), solution);
    }

    [Fact]
    public async Task A_broken_cell_shows_PDE0010_at_its_line_as_it_is_typed_and_when_it_runs()
    {
        var poisson = Cells()[1];
        var broken = poisson.Contents.Replace("-2*pi^2", "-2*pii^2");
        var lines = broken.Split('\n');
        int line = Array.FindIndex(lines, l => l.Contains("pii")), column = lines[line].IndexOf("pii", StringComparison.Ordinal);

        var typed = await kernel.SendAsync(new RequestDiagnostics(broken, "pde"));
        var ran = await kernel.SendAsync(new SubmitCode(broken, "pde"));
        foreach (var events in new[] { typed.Events, ran.Events })
        {
            var diagnostic = Assert.Single(events.OfType<DiagnosticsProduced>().SelectMany(d => d.Diagnostics));
            Assert.Equal(("PDE0010", line, column, column + 3), (diagnostic.Code, diagnostic.LinePositionSpan.Start.Line, diagnostic.LinePositionSpan.Start.Character, diagnostic.LinePositionSpan.End.Character));
            Assert.Contains("pii", diagnostic.Message);
        }
        Assert.Contains($"cell({line + 1},{column + 1}): error PDE0010", Failure(ran.Events));

        // Fixed, the same cell compiles and says how to train it; a train cell of an unknown problem is one clear line.
        var fixedCell = await kernel.SendAsync(new SubmitCode(poisson.Contents, "pde"));
        Assert.Null(Failure(fixedCell.Events));
        Assert.Contains(Shown(fixedCell.Events, "text/plain"), s => s.StartsWith("Poisson: 2 inputs (x, y)", StringComparison.Ordinal));
        var unknown = await kernel.SendAsync(new SubmitCode("train Poison --steps 5", "pde"));
        Assert.Contains("No #!pde cell has compiled a problem 'Poison'", Failure(unknown.Events));
        var badOption = await kernel.SendAsync(new SubmitCode("train Poisson --step 5", "pde"));
        Assert.Contains("'--step' is not an option of a train cell", Failure(badOption.Events));
    }

    public void Dispose() => kernel.Dispose();
}
