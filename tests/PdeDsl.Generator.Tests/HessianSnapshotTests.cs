using ApprovalTests;
using PdeDsl.Generator.Tests.Infrastructure;

namespace PdeDsl.Generator.Tests;

/// <summary>
/// The generated source of Hessian problems, approved by reading it: Black-Scholes-Barenblatt in 100 dimensions asks for one
/// weighted Hessian diagonal with weights x*x (proved non-negative), computed by a private method from the points, and its
/// residual reads RequireHessianDiagonal(0); the forms problem shows quadratic forms (one direction, and two by
/// polarisation), a Fokker-Planck diffusion term reduced by the product rule, and another unknown's diagonal.
/// The harness also compiles each against the runtime.
/// </summary>
public class HessianSnapshotTests
{
    internal const string BlackScholesBarenblatt = """
        problem BlackScholesBarenblatt {
          dim n = 100
          param r = 0.05
          param s = 0.4
          param T = 1
          domain t in [0, T], x in [0, 1]^n
          pde u_t + 0.5*s^2*sum(x*x*diag(hess(u))) - r*(u - dot(x, grad u)) = 0
          on t = T: u = |x|^2
          exact exp((r + s^2)*(T - t))*|x|^2
        }
        """;

    internal const string Forms = """
        problem HessianForms {
          unknown u, p
          dim n = 3
          let a(y) = exp(-y*y)
          let b(y) = -y
          domain t in [0, 1], x in [0, 1]^n
          pde u_t + dot(x, hess(u)*x) + dot(sin(x), hess(u)*x) + u*tr(hess(u)) = 0
          pde p_t = -div(b(x)*p) + 0.5*sum(diag(hess(a(x)*p)))
          on t = 0: u = |x|^2
          on t = 0: p = exp(-|x|^2)
        }
        """;

    private static void Verify(string text, string path)
    {
        var run = GeneratorHarness.RunFile(text, path);
        Assert.Empty(run.Exceptions);
        Assert.Empty(run.Diagnostics);
        Approvals.VerifyWithExtension(run.SingleSource.Replace("\r\n", "\n"), ".cs");
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void BlackScholesBarenblatt_file() => Verify(BlackScholesBarenblatt, "/project/bsb.pde");

    [Fact]
    public void Hessian_forms_file() => Verify(Forms, "/project/forms.pde");
}
