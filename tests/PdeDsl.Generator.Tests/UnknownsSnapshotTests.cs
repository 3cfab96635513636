using ApprovalTests;
using PdeDsl.Generator.Tests.Infrastructure;
using PdeDsl.Tests.Shared;

namespace PdeDsl.Generator.Tests;

/// <summary>
/// The generated source of the second edition's GrayScott (two unknowns), approved by reading it: u's derivatives read the
/// top-level estimates, v's read ByUnknown[1], one request per term covers both, and the class implements IUnknowns
/// with each unknown's exact solution. The harness also compiles it against the runtime.
/// </summary>
public class UnknownsSnapshotTests
{
    // the second edition's GrayScott with an exact solution for v, so the snapshot shows IUnknowns' exact values too.
    private static readonly string GrayScott =
        LanguageExamples.GrayScott.Replace("  on boundary: dot(normal, grad v) = 0\n", "  on boundary: dot(normal, grad v) = 0\n  exact v = t*x*y\n");

    [Fact]
    public void GrayScott_file()
    {
        var run = GeneratorHarness.RunFile(GrayScott, "/project/grayscott.pde");
        Assert.Empty(run.Exceptions);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Approvals.VerifyWithExtension(run.SingleSource.Replace("\r\n", "\n"), ".cs");
    }
}
