using ApprovalTests;
using PdeDsl.Generator.Tests.Infrastructure;

namespace PdeDsl.Generator.Tests;

/// <summary>
/// The generated source of an inverse problem (second edition, docs/language.md), approved by reading it: learned params become
/// tensors in residuals (beside a vector, in a power, alone as a whole side), stay doubles elsewhere, and the class
/// implements ILearnedParams and IObservedProblem. The harness also compiles it against the runtime.
/// </summary>
public class InverseSnapshotTests
{
    private const string InverseForms = """
        problem InverseForms {
          dim n = 2
          param kappa = 0.5 learn
          param c = 2
          param b = -1 learn
          domain t in [0, 1], x in [0, 1]^n
          pde u_t = kappa*lap(u) + c^b*u
          on t = 0: u = b
          on boundary: dot(normal, grad u) = kappa*sum(x*b)
          observe "data/heat.csv": u
          exact kappa*c
        }
        """;

    [Fact]
    public void Learned_params_and_observations_file()
    {
        var run = GeneratorHarness.RunFile(InverseForms, "/project/inverse.pde");
        Assert.Empty(run.Exceptions);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Approvals.VerifyWithExtension(run.SingleSource.Replace("\r\n", "\n"), ".cs");
    }
}
