using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace PdeDsl.EndToEnd.Tests;

/// <summary>
/// The packed pdedsl tool, installed with dotnet tool install --tool-path from the test's feed, used as a user would:
/// check reports a broken file at its line and column (exit 1), train trains a problem from the file alone to its MSE,
/// new writes a project that builds against the packed PdeDsl, and emit gives the very file the compiler generates.
/// </summary>
[Collection(PackedCollection.Name)]
public class ToolTests
{
    private readonly PackedPackage package;
    private readonly Xunit.Abstractions.ITestOutputHelper log;

    public ToolTests(PackedPackage package, Xunit.Abstractions.ITestOutputHelper log)
    {
        this.package = package;
        this.log = log;
        _ = package.Tool;
        log.WriteLine($"tool: pack {package.ToolSetup.Pack.TotalSeconds:F1} s, install {package.ToolSetup.Install.TotalSeconds:F1} s, package {package.ToolSetup.Bytes / 1e6:F1} MB");
    }

    private DotnetProcess.Result Pdedsl(string folder, params string[] arguments) =>
        DotnetProcess.RunProgram(package.Tool, folder, arguments, PackedPackage.Timeout,
            new Dictionary<string, string> { ["PDEDSL_CACHE"] = Path.Combine(package.Root, "cache") });

    private string Folder(string name)
    {
        var folder = Path.Combine(package.Root, name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    [Fact]
    public void Check_reports_a_broken_file_at_its_line_and_column_and_exits_1()
    {
        var folder = Folder("check");
        File.WriteAllText(Path.Combine(folder, "heat.pde"), """
            problem Heat {
              param kappa = 0.5
              domain t in [0, 1], x in [0, 1]
              pde    u_t = kapa*u_xx
              on t = 0: u = sin(pi*x)
            }
            """);
        var run = Pdedsl(folder, "check", "heat.pde");
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("heat.pde(4,16): error PDE0010: unknown name 'kapa': did you mean 'kappa'?", run.Output);

        File.WriteAllText(Path.Combine(folder, "heat.pde"), File.ReadAllText(Path.Combine(folder, "heat.pde")).Replace("kapa", "kappa"));
        var clean = Pdedsl(folder, "check", "heat.pde");
        Assert.True(clean.ExitCode == 0 && clean.Output.Trim().Length == 0, clean.ToString());
    }

    [Fact]
    public void Train_trains_a_problem_from_the_file_alone_and_reaches_its_mse()
    {
        var folder = Folder("train");
        File.WriteAllText(Path.Combine(folder, "poisson.pde"), """
            problem Poisson1D {
              domain x in [0, 1]
              pde    u_xx = -pi^2*sin(pi*x)
              on boundary: u = 0
              exact  sin(pi*x)
              train  samples = 64, network = 2x32 tanh, noise = per-point, lr = 5e-3, threads = 1
            }
            """);
        var run = Pdedsl(folder, "train", "poisson.pde", "--steps", "300", "--device", "cpu", "--report", "report.json");
        log.WriteLine($"train 300 steps: {run.Elapsed.TotalSeconds:F1} s");
        Assert.True(run.ExitCode == 0, run.ToString());
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "report.json")))!;
        Assert.Equal(300, (int)report["steps"]!);
        Assert.Equal(64, (int)report["samples"]!); // from the file's train statement
        double untrained = (double)report["history"]![0]!["mse"]!, mse = (double)report["mse"]!;
        log.WriteLine($"MSE against sin(pi x): {untrained:G3} at step 0 -> {mse:G3}");
        // Measured: about 1e-3 after 300 steps (untrained: about 0.5).
        Assert.True(mse < 1e-2 && mse < untrained / 20, $"MSE {untrained} -> {mse}\n{run}");

        // The second run of the unchanged file loads the cached assembly (the cache holds one, unchanged).
        var cached = Directory.GetFiles(Path.Combine(package.Root, "cache", "assemblies"), "*.dll").Single();
        var written = File.GetLastWriteTimeUtc(cached);
        var again = Pdedsl(folder, "train", "poisson.pde", "--steps", "0", "--device", "cpu");
        log.WriteLine($"second run, 0 steps: {again.Elapsed.TotalSeconds:F1} s");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(written, File.GetLastWriteTimeUtc(Directory.GetFiles(Path.Combine(package.Root, "cache", "assemblies"), "*.dll").Single()));
    }

    [Fact]
    public void New_builds_and_emit_gives_the_file_the_compiler_generates_byte_for_byte()
    {
        var created = Pdedsl(package.Root, "new", "Fresh");
        Assert.True(created.ExitCode == 0, created.ToString());
        var folder = Path.Combine(package.Root, "Fresh");
        File.Copy(Path.Combine(PackedPackage.RepositoryRoot(), "samples", "Hjb", "hjb.pde"), Path.Combine(folder, "hjb.pde"));

        var build = PackedPackage.Dotnet(folder, "build", "-c", "Release", "-p:EmitCompilerGeneratedFiles=true", "-p:TreatWarningsAsErrors=true");
        log.WriteLine($"new project: restore and build {build.Elapsed.TotalSeconds:F1} s");
        Assert.True(build.ExitCode == 0, build.ToString());

        var generated = Directory.GetFiles(Path.Combine(folder, "obj"), "*.g.cs", SearchOption.AllDirectories)
            .Where(f => f.Contains("PdeDsl.Generator", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, generated.Count); // Fresh.Poisson and Samples.Hjb.Hjb
        foreach (var (pde, rootNamespace) in new[] { ("hjb.pde", (string?)null), ("poisson.pde", "Fresh") })
        {
            var output = Path.Combine(package.Root, "emitted-" + pde);
            var args = new List<string> { "emit", Path.Combine(folder, pde), "--out", output };
            if (rootNamespace is not null) args.AddRange(new[] { "--namespace", rootNamespace });
            var emit = Pdedsl(package.Root, args.ToArray());
            Assert.True(emit.ExitCode == 0, emit.ToString());
            var emitted = Directory.GetFiles(output).Single();
            var compiled = generated.Single(f => Path.GetFileName(f) == Path.GetFileName(emitted));
            Assert.Equal(File.ReadAllBytes(compiled), File.ReadAllBytes(emitted));
        }
    }
}
