using System.Linq;
using PdeDsl.Generator.Tests.Infrastructure;
using PdeDsl.Language;
using static TorchSharp.torch;

namespace PdeDsl.Generator.Tests;

/// <summary>
/// The emitted samplers and normals of the second edition (docs/language.md), compiled and run: each term's points follow the
/// laws (a law reads the columns drawn before it), spheres lie on their sphere, and normals point outward.
/// </summary>
public class EmittedLawTests
{
    private static readonly TorchSharp.torch.Generator Rng = new(4321);

    private static IPdeProblem Load(string text)
    {
        var result = PdeCompiler.CompileFile(text);
        Assert.Empty(result.Diagnostics);
        return CompiledProblem.Load(result.Problems.Single());
    }

    [Fact]
    public void Hjb_on_Rn_draws_x_along_the_forward_process_and_at_t_equal_T_on_the_terminal_term()
    {
        var problem = Load(SampleProblems.HjbRn);
        problem.SetDim("n", 50);
        problem.SetParam("T", 2.0);
        Assert.Equal(CoordinateSet.Real, problem.Coordinates[1].Set);

        using var interior = problem.Sample(0, 4000, Rng, CPU, float64);
        var t = interior[.., 0];
        Assert.True((t >= 0).all().item<bool>() && (t <= 2).all().item<bool>());
        // x | t ~ N(0, 2t I): x / sqrt(2t) is standard normal in every component.
        var z = interior[.., 1..] / (2 * t).sqrt().unsqueeze(1);
        Assert.InRange(z.mean().item<double>(), -0.01, 0.01);
        Assert.InRange(z.var().item<double>(), 0.97, 1.03);

        using var terminal = problem.Sample(1, 4000, Rng, CPU, float64);
        Assert.True((terminal[.., 0] == 2.0).all().item<bool>());
        Assert.InRange(terminal[.., 1..].var().item<double>(), 4 * 0.97, 4 * 1.03); // 2T = 4
    }

    [Fact]
    public void Ball_samples_lie_in_the_ball_radially_and_the_sphere_term_on_the_sphere()
    {
        var problem = Load(SampleProblems.BallPoisson);
        problem.SetDim("n", 20);
        using var interior = problem.Sample(0, 4000, Rng, CPU, float64);
        var radius = interior.norm(1);
        Assert.True((radius <= 1 + 1e-12).all().item<bool>());
        Assert.InRange(radius.mean().item<double>(), 0.48, 0.52); // radial: the radius is uniform in [0, 1]

        using var sphere = problem.Sample(1, 500, Rng, CPU, float64);
        Assert.True(((sphere.norm(1) - 1).abs() < 1e-12).all().item<bool>());
        var value = sphere.sum(1).sin() / 20;
        Assert.True((problem.Residual(1, sphere, new DerivativeResult { Value = value }).abs().max().item<double>()) < 1e-12);
    }

    [Fact]
    public void The_normal_on_a_box_points_out_of_each_face_and_the_exact_neumann_data_vanish()
    {
        var problem = Load(SampleProblems.BoxNeumann);
        using var boundary = problem.Sample(1, 400, Rng, CPU, float64);
        var x = boundary[.., 0];
        var y = boundary[.., 1];
        // u = cos x cos y: grad u = (-sin x cos y, -cos x sin y); the condition holds with the true outward normal.
        var gradient = stack(new[] { -x.sin() * y.cos(), -x.cos() * y.sin() }, 1);
        // dot(normal, grad u) is a directional derivative along the normal the generated request computes.
        var residual = problem.Residual(1, boundary, new DerivativeResult { DirectionalDerivatives = ExactDirectionalDerivatives.Of(problem, 1, boundary, gradient) });
        Assert.True(residual.abs().max().item<double>() < 1e-12);
        // With the normal reversed the residual would be -2 dot(n, grad u): it does not vanish on the faces x = 1, y = 2.
        var flipped = problem.Residual(1, boundary, new DerivativeResult { DirectionalDerivatives = ExactDirectionalDerivatives.Of(problem, 1, boundary, -gradient) });
        Assert.True(flipped.abs().max().item<double>() > 0.1);
    }

    [Fact]
    public void Laws_read_earlier_columns_spheres_are_shifted_and_the_sphere_normal_is_padded_with_zeros()
    {
        var problem = Load(SampleProblems.Laws);
        problem.SetParam("a", 0.5);
        problem.SetParam("r", 2.0);
        using var points = problem.Sample(0, 4000, Rng, CPU, float64);
        var t = points[.., 0];
        var y = points[.., 1];
        var z = points[.., 2];
        var standard = (z - y) / (1 + t).sqrt(); // z ~ normal(y, sqrt(1 + t))
        Assert.InRange(standard.mean().item<double>(), -0.06, 0.06);
        Assert.InRange(standard.var().item<double>(), 0.93, 1.07);
        Assert.True(((points[.., 3..] - 0.5).norm(1) <= 2 + 1e-12).all().item<bool>());

        using var sphere = problem.Sample(1, 200, Rng, CPU, float64);
        var offset = sphere[.., 3..] - 0.5;
        Assert.True(((offset.norm(1) - 2).abs() < 1e-12).all().item<bool>());
        var gradient = randn(200, 5, dtype: float64, generator: Rng); // y, z, x1..x3
        var expected = (gradient[.., 2..] * offset / 2).sum(1) - sphere[.., 2];
        Assert.True((problem.Residual(1, sphere, new DerivativeResult { DirectionalDerivatives = ExactDirectionalDerivatives.Of(problem, 1, sphere, gradient) }) - expected).abs().max().item<double>() < 1e-12);

        using var face = problem.Sample(2, 200, Rng, CPU, float64);
        Assert.True((face[.., 1] == 1.0).all().item<bool>());
        var u = randn(200, dtype: float64, generator: Rng);
        var onFace = problem.Residual(2, face, new DerivativeResult { DirectionalDerivatives = ExactDirectionalDerivatives.Of(problem, 2, face, gradient), Value = u });
        Assert.True((onFace - (gradient[.., 0] + u - face[.., 2])).abs().max().item<double>() < 1e-12); // normal (+1, 0, 0, 0, 0)
    }

    [Fact]
    public void The_boundary_of_intervals_beside_R_lies_on_their_faces_with_the_rest_from_its_law()
    {
        var problem = Load(SampleProblems.Strip);
        using var boundary = problem.Sample(1, 2000, Rng, CPU, float64);
        var y = boundary[.., 0];
        Assert.True((y == 0).logical_or(y == 1).all().item<bool>());
        Assert.InRange((y == 1).to_type(float64).mean().item<double>(), 0.45, 0.55);
        Assert.InRange(boundary[.., 1].std().item<double>(), 1.9, 2.1);
    }
}
