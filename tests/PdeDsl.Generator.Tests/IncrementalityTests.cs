using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PdeDsl.Generator.Tests.Infrastructure;
using static PdeDsl.Generator.Tests.Infrastructure.StepAssertions;

namespace PdeDsl.Generator.Tests;

/// <summary>
/// The pipeline reuses its cache: an edit of unrelated C# re-runs neither parsing nor emission, and an
/// edit of one .pde file re-emits only that file's problems. Step outputs never hold compiler objects.
/// </summary>
public class IncrementalityTests
{
    private const string Unrelated = "namespace UserProject; public static class Helper { public static int One() => 1; }";

    private static readonly AdditionalText HjbFile = new InMemoryAdditionalText("/project/hjb.pde", SampleProblems.Hjb);
    private static readonly AdditionalText PoissonFile = new InMemoryAdditionalText("/project/poisson.pde", SampleProblems.Poisson2D);

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun()
    {
        var compilation = GeneratorHarness.Compilation(
            ("/project/Poisson2DAttr.cs", SampleProblems.Poisson2DAttributes.Replace("class Poisson2D", "class Poisson2DAttr")),
            ("/project/Helper.cs", Unrelated));
        var driver = GeneratorHarness.Driver(new[] { HjbFile, PoissonFile }).RunGenerators(compilation);
        var first = driver.GetRunResult();
        Assert.Equal(3, first.GeneratedTrees.Length);
        Assert.Empty(first.Diagnostics);
        HoldsNoCompilerObjects(first);
        return (driver, compilation);
    }

    [Fact]
    public void Editing_unrelated_csharp_reruns_neither_parsing_nor_emission()
    {
        var (driver, compilation) = FirstRun();
        var helper = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("Helper.cs"));
        var edited = compilation.ReplaceSyntaxTree(helper,
            CSharpSyntaxTree.ParseText(Unrelated.Replace("=> 1", "=> 2"), GeneratorHarness.ParseOptions, helper.FilePath));

        var second = driver.RunGenerators(edited).GetRunResult();

        foreach (var step in new[] { TrackingNames.ReadFile, TrackingNames.ParseFile, TrackingNames.ParseAttributes, TrackingNames.Emit })
        {
            var reasons = Reasons(second, step);
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        }
        // The attribute extraction itself re-runs (it sees a new compilation) but produces an equal value.
        Assert.All(Reasons(second, TrackingNames.ExtractAttributes), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.All(second.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        HoldsNoCompilerObjects(second);
    }

    [Fact]
    public void Editing_one_pde_file_reparses_and_reemits_only_its_problems()
    {
        var (driver, compilation) = FirstRun();
        var editedHjb = new InMemoryAdditionalText(HjbFile.Path, SampleProblems.Hjb.Replace("param lambda = 1.0", "param lambda = 2.0"));

        var second = driver.ReplaceAdditionalText(HjbFile, editedHjb).RunGenerators(compilation).GetRunResult();

        var parses = Values(second, TrackingNames.ParseFile).Zip(Reasons(second, TrackingNames.ParseFile)).ToList();
        Assert.Equal(2, parses.Count);
        Assert.Single(parses, p => p.Second == IncrementalStepRunReason.Modified);
        Assert.Single(parses, p => p.Second == IncrementalStepRunReason.Cached);

        var emits = Values(second, TrackingNames.Emit).Zip(Reasons(second, TrackingNames.Emit)).ToList();
        var rerun = emits.Where(e => e.Second != IncrementalStepRunReason.Cached).ToList();
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(rerun).Second);
        Assert.Contains("Lambda { get; set; } = 2.0;", rerun[0].First.ToString());
        Assert.Equal(2, emits.Count(e => e.Second == IncrementalStepRunReason.Cached)); // Poisson file + attribute class
        Assert.All(Reasons(second, TrackingNames.ParseAttributes), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        // The set of problem names did not change, so it does not invalidate the other problems' emission.
        Assert.True(Assert.Single(Reasons(second, TrackingNames.ProblemNames)) is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        HoldsNoCompilerObjects(second);
    }

    [Fact]
    public void Editing_one_law_reparses_and_reemits_only_its_problem()
    {
        var hjb = new InMemoryAdditionalText("/project/hjb.pde", SampleProblems.HjbRn);
        var ball = new InMemoryAdditionalText("/project/ball.pde", SampleProblems.BallPoisson);
        var compilation = GeneratorHarness.Compilation(("/project/Helper.cs", Unrelated));
        var driver = GeneratorHarness.Driver(new[] { hjb, ball }).RunGenerators(compilation);
        Assert.Equal(2, driver.GetRunResult().GeneratedTrees.Length);
        var edited = new InMemoryAdditionalText(hjb.Path, SampleProblems.HjbRn.Replace("normal(0, sqrt(2*t))", "normal(0, sqrt(3*t))"));

        var second = driver.ReplaceAdditionalText(hjb, edited).RunGenerators(compilation).GetRunResult();

        var parses = Reasons(second, TrackingNames.ParseFile).ToList();
        Assert.Single(parses, r => r == IncrementalStepRunReason.Modified);
        Assert.Single(parses, r => r == IncrementalStepRunReason.Cached);
        var emits = Values(second, TrackingNames.Emit).Zip(Reasons(second, TrackingNames.Emit)).ToList();
        var rerun = Assert.Single(emits, e => e.Second != IncrementalStepRunReason.Cached);
        Assert.Equal(IncrementalStepRunReason.Modified, rerun.Second);
        Assert.Contains("v0.mul(3.0)", rerun.First.ToString());
        HoldsNoCompilerObjects(second);
    }

    [Fact]
    public void Moving_a_diagnostic_does_not_reemit_code()
    {
        var broken = SampleProblems.Poisson2D + "\nproblem Broken { domain x in [0, 1]  pde lap(u) = z }\n";
        var file = new InMemoryAdditionalText("/project/p.pde", broken);
        var compilation = GeneratorHarness.Compilation(("/project/Helper.cs", Unrelated));
        var driver = GeneratorHarness.Driver(new[] { (AdditionalText)file }).RunGenerators(compilation);
        Assert.Single(driver.GetRunResult().Diagnostics);

        // Same problems, the error one column further right: diagnostics change, the emitted problem does not.
        var moved = new InMemoryAdditionalText(file.Path, broken.Replace("= z", "=  z"));
        var second = driver.ReplaceAdditionalText(file, moved).RunGenerators(compilation).GetRunResult();
        Assert.All(Reasons(second, TrackingNames.Emit), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.Diagnostics));
    }
}
