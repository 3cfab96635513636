using ApprovalTests;
using PdeDsl.Generator.Tests.Infrastructure;

namespace PdeDsl.Generator.Tests;

/// <summary>
/// The generated source of language-2.md's GrayScott (two unknowns), approved by reading it: u's derivatives read the
/// top-level estimates, v's read ByUnknown[1], one request per term covers both, and the class implements IUnknowns
/// with each unknown's exact solution. The harness also compiles it against the runtime.
/// </summary>
public class UnknownsSnapshotTests
{
    private const string GrayScott = """
        problem GrayScott {
          unknown u, v
          param F = 0.04
          param k = 0.06
          domain t in [0, 1], x in [0, 1], y in [0, 1]
          pde u_t = 0.1*lap(u) - u*v^2 + F*(1 - u)
          pde v_t = 0.05*lap(v) + u*v^2 - (F + k)*v
          on t = 0: u = 1 - 0.5*exp(-20*((x-0.5)^2 + (y-0.5)^2))
          on t = 0: v = 0.25*exp(-20*((x-0.5)^2 + (y-0.5)^2))
          on boundary: dot(normal, grad u) = 0
          on boundary: dot(normal, grad v) = 0
          exact v = t*x*y
        }
        """;

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
