using System.Linq;
using ApprovalTests;
using PdeDsl.Generator.Tests.Infrastructure;

namespace PdeDsl.Generator.Tests;

/// <summary>
/// The generated source of each sample and edge case, approved once by reading it line by line. Each
/// run also compiles the generated code against the runtime: no error, no warning, nullable on.
/// </summary>
public class SnapshotTests
{
    [Fact]
    public void Hjb_file() => Verify(GeneratorHarness.RunFile(SampleProblems.Hjb, "/project/hjb.pde"));

    [Fact]
    public void Poisson2D_file() => Verify(GeneratorHarness.RunFile(SampleProblems.Poisson2D, "/project/poisson.pde"));

    [Fact]
    public void Poisson2D_attributes() =>
        Verify(GeneratorHarness.Run(System.Array.Empty<(string, string)>(), ("/project/Poisson2D.cs", SampleProblems.Poisson2DAttributes)));

    [Fact]
    public void Mixed_coordinates_lets_and_unicode() => Verify(GeneratorHarness.RunFile(SampleProblems.Mixed, "/project/mixed.pde"));

    [Fact]
    public void Neumann_conditions_and_exact_solution() => Verify(GeneratorHarness.RunFile(SampleProblems.Neumann, "/project/neumann.pde"));

    [Fact]
    public void Hjb_on_Rn_file() => Verify(GeneratorHarness.RunFile(SampleProblems.HjbRn, "/project/hjb.pde"));

    [Fact]
    public void BallPoisson_file() => Verify(GeneratorHarness.RunFile(SampleProblems.BallPoisson, "/project/ball.pde"));

    [Fact]
    public void Laws_spheres_and_normals_file() => Verify(GeneratorHarness.RunFile(SampleProblems.Laws, "/project/laws.pde"));

    [Fact]
    public void Strip_boundary_beside_R_file() => Verify(GeneratorHarness.RunFile(SampleProblems.Strip, "/project/strip.pde"));

    [Fact]
    public void Box_normals_file() => Verify(GeneratorHarness.RunFile(SampleProblems.BoxNeumann, "/project/box.pde"));

    [Fact]
    public void Diffusion2D_file() => Verify(GeneratorHarness.RunFile(SampleProblems.Diffusion2D, "/project/diffusion.pde"));

    [Fact]
    public void SineGordonTwoBody_file() => Verify(GeneratorHarness.RunFile(SampleProblems.SineGordonTwoBody, "/project/sine-gordon.pde"));

    [Fact]
    public void Calculus_forms_file() => Verify(GeneratorHarness.RunFile(SampleProblems.CalculusForms, "/project/calculus.pde"));

    [Fact]
    public void Plate_with_a_hole_file() => Verify(GeneratorHarness.RunFile(SampleProblems.Plate, "/project/plate.pde"));

    private static void Verify(GeneratorRun run)
    {
        Assert.Empty(run.Exceptions);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Approvals.VerifyWithExtension(run.SingleSource.Replace("\r\n", "\n"), ".cs");
    }
}
