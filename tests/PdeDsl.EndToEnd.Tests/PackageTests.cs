using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PdeDsl.EndToEnd.Tests;

/// <summary>
/// The packed PdeDsl package in fresh console projects: a .pde file and an attributed class each build
/// (warnings as errors), train a few steps with loss going down, and a typo fails the build with
/// error PDExxxx at the exact line and column (inside the attribute's string for the attribute form).
/// </summary>
[Collection(PackedCollection.Name)]
public class PackageTests
{
    private readonly PackedPackage package;
    private readonly Xunit.Abstractions.ITestOutputHelper log;

    public PackageTests(PackedPackage package, Xunit.Abstractions.ITestOutputHelper log)
    {
        this.package = package;
        this.log = log;
        log.WriteLine($"pack: {package.PackTime.TotalSeconds:F1} s");
    }

    [Fact]
    public void A_pde_file_project_builds_trains_and_reports_a_typo_at_its_line_and_column()
    {
        var folder = package.CreateProject("FileApp",
            ("poisson.pde", UserCode.PoissonPde),
            ("Program.cs", UserCode.Program("new FileApp.Poisson2D()")));

        var run = PackedPackage.BuildAndRun(folder, UserCode.TrainArguments);
        log.WriteLine($"restore, build and run: {run.Elapsed.TotalSeconds:F1} s");
        Assert.True(run.ExitCode == 0, run.ToString());
        var report = Report(folder, run);
        Assert.Equal("Poisson2D", (string?)report["problem"]);
        Assert.NotNull(report["mse"]); // the problem has an exact solution

        var typo = UserCode.PoissonPde.Replace("-sin(x + y)\n", "-sinn(x + y)\n");
        File.WriteAllText(Path.Combine(folder, "poisson.pde"), typo);
        var build = PackedPackage.Dotnet(folder, "build", "--no-restore", "-c", "Release");
        log.WriteLine($"build with a typo: {build.Elapsed.TotalSeconds:F1} s");
        Assert.NotEqual(0, build.ExitCode);
        var (line, column) = Find(typo, "sinn");
        Assert.Matches(new Regex($@"poisson\.pde\({line},{column}\): error PDE\d{{4}}: .*sinn"), build.Output);
    }

    [Fact]
    public void A_program_trains_from_code_loads_its_solution_and_eval_prints_the_same_values()
    {
        var folder = package.CreateProject("CodeApp", ("poisson.pde", UserCode.PoissonPde), ("Program.cs", UserCode.SolutionProgram));
        var run = PackedPackage.BuildAndRun(folder);
        log.WriteLine($"restore, build, train and evaluate: {run.Elapsed.TotalSeconds:F1} s");
        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Output.Split('\n');
        double mse = double.Parse(lines.Single(l => l.StartsWith("mse ")).Substring(4), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(mse < 1e-2, $"MSE {mse}: the loaded solution is not the trained one");
        var values = lines.Single(l => l.StartsWith("values ")).Substring(7).Trim().Split(' ');

        var eval = DotnetProcess.Run(folder, new[] { "run", "--no-build", "-c", "Release", "--", "eval", "--checkpoint", "p.ckpt", "--points", "points.csv", "--device", "cpu" }, PackedPackage.Timeout);
        Assert.True(eval.ExitCode == 0, eval.ToString());
        var rows = eval.Output.Trim().Split('\n').SkipWhile(r => !r.StartsWith("x,y,u")).Skip(1).Select(r => r.Split(',')[2].Trim()).ToArray();
        Assert.Equal(values, rows);
    }

    [Fact]
    public void An_attribute_project_builds_trains_and_reports_a_typo_inside_the_string()
    {
        var folder = package.CreateProject("AttributeApp",
            ("Hjb.cs", UserCode.HjbAttributes),
            ("Program.cs", UserCode.Program("new AttributeApp.Hjb()")));

        var run = PackedPackage.BuildAndRun(folder, UserCode.TrainArguments.Concat(new[] { "--dim", "n=3" }).ToArray());
        log.WriteLine($"restore, build and run: {run.Elapsed.TotalSeconds:F1} s");
        Assert.True(run.ExitCode == 0, run.ToString());
        var report = Report(folder, run);
        Assert.Equal("Hjb", (string?)report["problem"]);
        Assert.Equal(3, (int?)report["dims"]!["n"]);
        Assert.Null(report["mse"]);

        var typo = UserCode.HjbAttributes.Replace("lambda*|grad", "lambdaa*|grad");
        File.WriteAllText(Path.Combine(folder, "Hjb.cs"), typo);
        var build = PackedPackage.Dotnet(folder, "build", "--no-restore", "-c", "Release");
        log.WriteLine($"build with a typo: {build.Elapsed.TotalSeconds:F1} s");
        Assert.NotEqual(0, build.ExitCode);
        var (line, column) = Find(typo, "lambdaa");
        Assert.Matches(new Regex($@"Hjb\.cs\({line},{column}\): error PDE\d{{4}}: .*lambdaa"), build.Output);
    }

    /// <summary>The run's JSON report, after checking that it trained: the validation loss went down.</summary>
    private JsonNode Report(string folder, DotnetProcess.Result run)
    {
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "report.json")))!;
        var history = report["history"]!.AsArray();
        double first = (double)history[0]!["validationLoss"]!, last = (double)report["finalValidationLoss"]!;
        log.WriteLine($"{report["problem"]}: {report["steps"]} steps, validation loss {first:G4} at step {history[0]!["step"]} -> {last:G4}");
        Assert.Equal(60, (int)report["steps"]!);
        Assert.True(last < first, $"validation loss {first} -> {last}\n{run}");
        return report;
    }

    /// <summary>1-based line and column of <paramref name="needle"/>, as the compiler prints them.</summary>
    private static (int Line, int Column) Find(string text, string needle)
    {
        int index = text.IndexOf(needle, System.StringComparison.Ordinal);
        var before = text.Substring(0, index);
        return (before.Split('\n').Length, index - before.LastIndexOf('\n'));
    }
}
