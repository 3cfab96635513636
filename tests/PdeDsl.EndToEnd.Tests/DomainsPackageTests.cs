using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PdeDsl.EndToEnd.Tests;

/// <summary>
/// Every example of the second edition (docs/language.md) in one fresh console project that references only the packed package:
/// it builds with warnings as errors and trains each problem a few steps; a misspelt law fails the build at its place.
/// </summary>
[Collection(PackedCollection.Name)]
public class DomainsPackageTests
{
    private readonly PackedPackage package;
    private readonly Xunit.Abstractions.ITestOutputHelper log;

    public DomainsPackageTests(PackedPackage package, Xunit.Abstractions.ITestOutputHelper log)
    {
        this.package = package;
        this.log = log;
    }

    [Fact]
    public void Laws_balls_spheres_and_normals_build_and_train_from_the_package()
    {
        var folder = package.CreateProject("DomainsApp",
            ("hjb.pde", DomainsUserCode.HjbPde),
            ("ball.pde", DomainsUserCode.BallPoissonPde),
            ("statements.pde", DomainsUserCode.StatementsPde),
            ("Heat.cs", DomainsUserCode.HeatAttributes),
            ("Program.cs", DomainsUserCode.Program));

        var run = PackedPackage.BuildAndRun(folder, DomainsUserCode.TrainArguments);
        log.WriteLine($"restore, build and run: {run.Elapsed.TotalSeconds:F1} s");
        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var name in new[] { "Hjb", "BallPoisson", "BoxNeumann", "SphereRobin", "StripHeat", "Heat" })
        {
            var report = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, name + ".json")))!;
            double loss = (double)report["finalValidationLoss"]!;
            log.WriteLine($"{name}: {report["steps"]} steps, validation loss {loss:G4}, mse {report["mse"]}");
            Assert.Equal(name, (string?)report["problem"]);
            Assert.Equal(6, (int)report["steps"]!);
            Assert.True(double.IsFinite(loss) && loss >= 0, $"{name}: validation loss {loss}\n{run}");
            bool hasExact = name is "BallPoisson" or "BoxNeumann";
            Assert.Equal(hasExact, report["mse"] is not null);
            if (hasExact) Assert.True(double.IsFinite((double)report["mse"]!));
        }
        Assert.Equal(100, (int)JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "Hjb.json")))!["dims"]!["n"]!);

        var typo = DomainsUserCode.BallPoissonPde.Replace("~ radial", "~ radail");
        File.WriteAllText(Path.Combine(folder, "ball.pde"), typo);
        var build = PackedPackage.Dotnet(folder, "build", "--no-restore", "-c", "Release");
        Assert.NotEqual(0, build.ExitCode);
        int index = typo.IndexOf("radail", System.StringComparison.Ordinal);
        var before = typo.Substring(0, index);
        var (line, column) = (before.Split('\n').Length, index - before.LastIndexOf('\n'));
        Assert.Matches(new Regex($@"ball\.pde\({line},{column}\): error PDE0035: unknown law 'radail' \(did you mean 'radial'\?\)"), build.Output);
    }
}
