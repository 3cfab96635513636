using System.IO;
using System.Text.RegularExpressions;

namespace PdeDsl.EndToEnd.Tests;

/// <summary>
/// The packed PdeDsl package in fresh console projects: a .pde file and an attributed class each build
/// (warnings as errors), train a few steps with loss going down, and a typo fails the build with
/// error PDExxxx at the exact line and column (inside the attribute's string for the attribute form).
/// </summary>
public class PackageTests : IClassFixture<PackedPackage>
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

        var run = PackedPackage.Dotnet(folder, "run", "-c", "Release");
        log.WriteLine($"restore, build and run: {run.Elapsed.TotalSeconds:F1} s");
        Assert.True(run.ExitCode == 0, run.ToString());
        log.WriteLine(Regex.Match(run.Output, "problem .*").Value);
        Assert.Contains("problem Poisson2D: input 2, terms 2", run.Output);

        var typo = UserCode.PoissonPde.Replace("-sin(x + y)\n", "-sinn(x + y)\n");
        File.WriteAllText(Path.Combine(folder, "poisson.pde"), typo);
        var build = PackedPackage.Dotnet(folder, "build", "--no-restore", "-c", "Release");
        log.WriteLine($"build with a typo: {build.Elapsed.TotalSeconds:F1} s");
        Assert.NotEqual(0, build.ExitCode);
        var (line, column) = Find(typo, "sinn");
        Assert.Matches(new Regex($@"poisson\.pde\({line},{column}\): error PDE\d{{4}}: .*sinn"), build.Output);
    }

    [Fact]
    public void An_attribute_project_builds_trains_and_reports_a_typo_inside_the_string()
    {
        var folder = package.CreateProject("AttributeApp",
            ("Hjb.cs", UserCode.HjbAttributes),
            ("Program.cs", UserCode.Program("new AttributeApp.Hjb { N = 3 }")));

        var run = PackedPackage.Dotnet(folder, "run", "-c", "Release");
        log.WriteLine($"restore, build and run: {run.Elapsed.TotalSeconds:F1} s");
        Assert.True(run.ExitCode == 0, run.ToString());
        log.WriteLine(Regex.Match(run.Output, "problem .*").Value);
        Assert.Contains("problem Hjb: input 4, terms 2", run.Output);

        var typo = UserCode.HjbAttributes.Replace("lambda*|grad", "lambdaa*|grad");
        File.WriteAllText(Path.Combine(folder, "Hjb.cs"), typo);
        var build = PackedPackage.Dotnet(folder, "build", "--no-restore", "-c", "Release");
        log.WriteLine($"build with a typo: {build.Elapsed.TotalSeconds:F1} s");
        Assert.NotEqual(0, build.ExitCode);
        var (line, column) = Find(typo, "lambdaa");
        Assert.Matches(new Regex($@"Hjb\.cs\({line},{column}\): error PDE\d{{4}}: .*lambdaa"), build.Output);
    }

    /// <summary>1-based line and column of <paramref name="needle"/>, as the compiler prints them.</summary>
    private static (int Line, int Column) Find(string text, string needle)
    {
        int index = text.IndexOf(needle, System.StringComparison.Ordinal);
        var before = text.Substring(0, index);
        return (before.Split('\n').Length, index - before.LastIndexOf('\n'));
    }
}
