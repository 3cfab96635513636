using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PdeDsl.EndToEnd.Tests;

/// <summary>
/// The packed PdeDsl.Compiler package in fresh projects: a console program compiles a problem from a string, trains it
/// and evaluates its solution as the packed tool's eval does on the same checkpoint; an xunit project snapshots its
/// problem's generated C# with ApprovalTests and fails when the problem changes.
/// </summary>
[Collection(PackedCollection.Name)]
public class CompilerPackageTests
{
    private readonly PackedPackage package;
    private readonly Xunit.Abstractions.ITestOutputHelper log;

    public CompilerPackageTests(PackedPackage package, Xunit.Abstractions.ITestOutputHelper log)
    {
        this.package = package;
        this.log = log;
    }

    [Fact]
    public void A_program_compiles_a_problem_from_a_string_trains_it_and_evaluates_as_the_tools_eval()
    {
        var folder = package.CreateCompilerProject("StringApp", ("Program.cs", CompilerUserCode.Program));
        var run = PackedPackage.BuildAndRun(folder);
        log.WriteLine($"restore, build, compile from a string, train 200 steps and evaluate: {run.Elapsed.TotalSeconds:F1} s");
        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Output.Split('\n');
        Assert.Contains("cached True", lines.Select(l => l.Trim()));
        double mse = double.Parse(lines.Single(l => l.StartsWith("mse ")).Substring(4), System.Globalization.CultureInfo.InvariantCulture);
        log.WriteLine($"MSE against the exact solution at 1,000 points: {mse:E2}");
        Assert.True(mse < 1e-2, $"MSE {mse}: the loaded solution is not the trained one");
        var values = lines.Single(l => l.StartsWith("values ")).Substring(7).Trim().Split(' ');

        var eval = DotnetProcess.RunProgram(package.Tool, folder, new[] { "eval", "bowl.pde", "--checkpoint", "bowl.ckpt", "--points", "points.csv", "--device", "cpu" },
            PackedPackage.Timeout, new Dictionary<string, string> { ["PDEDSL_CACHE"] = Path.Combine(package.Root, "cache") });
        Assert.True(eval.ExitCode == 0, eval.ToString());
        var rows = eval.Output.Trim().Split('\n').SkipWhile(r => !r.StartsWith("x,y,u")).Skip(1).Select(r => r.Split(',')[2].Trim()).ToArray();
        Assert.Equal(values, rows);

        var broken = DotnetProcess.Run(folder, new[] { "run", "--no-build", "-c", "Release", "--", "broken" }, PackedPackage.Timeout);
        Assert.Equal(1, broken.ExitCode);
        var typo = CompilerUserCode.Problem.Replace("cos(y)\n", "coss(y)\n").Split('\n');
        int line = System.Array.FindIndex(typo, l => l.Contains("coss")) + 1;
        int column = typo[line - 1].IndexOf("coss", System.StringComparison.Ordinal) + 1;
        Assert.Matches($@"error bowl\.pde\({line},{column}\): error PDE\d{{4}}: .*coss", broken.Output);
    }

    [Fact]
    public void A_snapshot_test_of_the_generated_code_passes_once_approved_and_fails_when_the_problem_changes()
    {
        var folder = package.CreateSnapshotTestProject("SnapshotApp",
            ("bowl.pde", CompilerUserCode.Problem), ("GeneratedCodeTests.cs", CompilerUserCode.SnapshotTest),
            ("Directory.Build.targets", CompilerUserCode.CopyProblem));
        const string approved = "GeneratedCodeTests.Bowl_generates_the_approved_code.approved.cs";
        const string received = "GeneratedCodeTests.Bowl_generates_the_approved_code.received.cs";

        var first = PackedPackage.Dotnet(folder, "test", "-c", "Release");
        log.WriteLine($"restore, build and a first test run: {first.Elapsed.TotalSeconds:F1} s");
        Assert.True(first.ExitCode != 0, "nothing approved yet, yet the test passed\n" + first);
        Assert.True(File.Exists(Path.Combine(folder, received)), "no received file\n" + first);
        var snapshot = File.ReadAllText(Path.Combine(folder, received));
        Assert.Contains("generated from bowl.pde", snapshot);
        File.Move(Path.Combine(folder, received), Path.Combine(folder, approved));

        var second = PackedPackage.Dotnet(folder, "test", "-c", "Release", "--no-restore");
        Assert.True(second.ExitCode == 0, second.ToString());

        File.WriteAllText(Path.Combine(folder, "bowl.pde"), CompilerUserCode.Problem.Replace("-2*y - cos(y)", "-2*y - sin(y)"));
        var third = PackedPackage.Dotnet(folder, "test", "-c", "Release", "--no-restore");
        Assert.True(third.ExitCode != 0, "the problem changed, yet the snapshot test passed\n" + third);
        Assert.NotEqual(snapshot, File.ReadAllText(Path.Combine(folder, received)));
    }
}
