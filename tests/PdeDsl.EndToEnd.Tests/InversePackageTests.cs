using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace PdeDsl.EndToEnd.Tests;

/// <summary>
/// Every example of the second edition (docs/language.md) in a fresh console project that references only the packed package: it builds
/// with warnings as errors, GrayScott trains its two unknowns, HeatInverse reads its observations through the package's
/// CSV dependency and trains kappa a few steps in both forms, and a missing data file stops the run with exit 2.
/// </summary>
[Collection(PackedCollection.Name)]
public class InversePackageTests
{
    private readonly PackedPackage package;
    private readonly Xunit.Abstractions.ITestOutputHelper log;

    public InversePackageTests(PackedPackage package, Xunit.Abstractions.ITestOutputHelper log)
    {
        this.package = package;
        this.log = log;
    }

    [Fact]
    public void Systems_and_inverse_problems_build_and_train_from_the_package()
    {
        var folder = package.CreateProject("InverseApp",
            ("heat-inverse.pde", InverseUserCode.HeatInversePde),
            ("gray-scott.pde", InverseUserCode.GrayScottPde),
            ("HeatAttributes.cs", InverseUserCode.HeatAttributes),
            ("Program.cs", InverseUserCode.Program));

        var run = PackedPackage.BuildAndRun(folder, InverseUserCode.TrainArguments);
        log.WriteLine($"restore, build and run: {run.Elapsed.TotalSeconds:F1} s");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("kappa", run.Output);
        foreach (var name in new[] { "HeatInverse", "HeatAttributes" })
        {
            var report = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, name + ".json")))!;
            double kappa = (double)report["params"]!["kappa"]!;
            log.WriteLine($"{name}: kappa {kappa}");
            Assert.Equal(6, (int)report["steps"]!);
            Assert.NotEqual(0.5, kappa);
            Assert.Equal(kappa, (double)report["history"]!.AsArray()[^1]!["params"]!["kappa"]!);
            Assert.Equal(36, (int)report["observations"]!.AsArray()[0]!["rows"]!);
        }

        var grayScott = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "GrayScott.json")))!;
        Assert.Equal(6, (int)grayScott["steps"]!);
        Assert.Equal(new[] { "u", "v" }, grayScott["unknowns"]!.AsArray().Select(u => (string)u!).ToArray());
        Assert.True(double.IsFinite((double)grayScott["finalValidationLoss"]!));

        var missing = DotnetProcess.Run(folder, new[] { "run", "--no-build", "-c", "Release", "--" }
            .Concat(InverseUserCode.TrainArguments).Concat(new[] { "--data", "heat=nowhere.csv" }), PackedPackage.Timeout);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("The observation file 'nowhere.csv' (for \"heat.csv\") does not exist", missing.Output);
    }
}
