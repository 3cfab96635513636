using System.Collections.Generic;
using System.Linq;
using PdeDsl.Generator.Tests.Infrastructure;
using TorchSharp;
using static TorchSharp.torch;

namespace PdeDsl.Generator.Tests;

/// <summary>
/// The calculus stage's output, compiled and run: with u = the exact solution and its derivatives taken by
/// central differences of the emitted exact solution (float64), the residual of a pde whose right side is the
/// operator of that solution (lap of a formula with a component and slices of x, a partial of a square) vanishes.
/// </summary>
public class EmittedCalculusTests
{
    [Fact]
    public void Derivatives_of_formulas_match_differences_of_the_exact_solution()
    {
        var model = PdeDsl.Language.PdeCompiler.CompileFile(SampleProblems.CalculusForms).Problems.Single();
        var problem = CompiledProblem.Load(model);
        var points = problem.Sample(0, 32, new torch.Generator(77), CPU, float64);
        var u = problem.ExactSolution(points);
        const double h = 1e-4;
        var laplacian = zeros_like(u);
        Tensor? uy = null;
        for (int column = 0; column < points.shape[1]; column++) // y, then x[1..4]: all spatial
        {
            var step = zeros_like(points);
            step[.., column] = h;
            var plus = problem.ExactSolution(points + step);
            var minus = problem.ExactSolution(points - step);
            laplacian += (plus - 2 * u + minus) / (h * h);
            if (column == 0) uy = (plus - minus) / (2 * h);
        }
        var firstPartials = new Dictionary<int, Tensor> { [0] = uy! };
        // diff(u^2, y) = 2·u·u_y reads u and u_y from two noise groups; exact derivatives are every group's.
        Assert.Equal(2, problem.Terms[0].Request.Groups);
        DerivativeResult Exact(Tensor lap)
        {
            var group = new DerivativeResult { Value = u, FirstPartials = firstPartials, Laplacian = lap };
            return new DerivativeResult { Value = u, FirstPartials = firstPartials, Laplacian = lap, Groups = new[] { group, group } };
        }
        var residual = problem.Residual(0, points, Exact(laplacian)).abs().max().item<double>();
        var scale = laplacian.abs().max().item<double>();
        Assert.True(residual < 1e-4 * (1 + scale), $"largest residual {residual} beside |lap u| up to {scale}");
        // A wrong Laplacian of u is seen: the test can fail.
        var wrong = problem.Residual(0, points, Exact(laplacian * 1.1));
        Assert.True(wrong.abs().max().item<double>() > 1e-3 * scale);
    }
}
