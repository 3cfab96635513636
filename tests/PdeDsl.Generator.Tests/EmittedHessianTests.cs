using System.Collections.Generic;
using System.Linq;
using PdeDsl.Generator.Tests.Infrastructure;
using TorchSharp;
using static TorchSharp.torch;

namespace PdeDsl.Generator.Tests;

/// <summary>
/// Black-Scholes-Barenblatt compiled and run: with u = exp((r + s²)(T − t))|x|², its exact derivatives, and the weighted
/// Hessian diagonal Σ w_i ∂²u/∂x_i² formed with the weights the generated request computes, the pde's residual vanishes at
/// sampled points (float64), and a wrong Hessian diagonal is seen.
/// </summary>
public class EmittedHessianTests
{
    [Fact]
    public void The_residual_of_Black_Scholes_Barenblatt_vanishes_on_its_exact_solution()
    {
        var model = PdeDsl.Language.PdeCompiler.CompileFile(HessianSnapshotTests.BlackScholesBarenblatt).Problems.Single();
        var problem = CompiledProblem.Load(model);
        problem.SetDim("n", 7);
        var request = problem.Terms[0].Request;
        var diagonal = Assert.Single(request.HessianDiagonals);
        Assert.True(diagonal.WeightsNonNegative);
        Assert.Equal(Enumerable.Range(1, 7), diagonal.Columns);

        var points = problem.Sample(0, 64, new torch.Generator(5), CPU, float64);
        double r = 0.05, s = 0.4, T = 1;
        var t = points.select(1, 0);
        var x = points.narrow(1, 1, 7);
        var growth = ((T - t) * (r + s * s)).exp();
        var u = growth * x.square().sum(1);
        var weights = diagonal.Weights(points);                                   // x*x, [N, 7]
        Assert.True(weights.allclose(x.square()));
        DerivativeResult Exact(Tensor hessianDiagonal) => new()
        {
            Value = u,
            FirstPartials = new Dictionary<int, Tensor> { [0] = -(r + s * s) * u },
            // x·∇u is a directional derivative along x.
            DirectionalDerivatives = ExactDirectionalDerivatives.Of(problem, 0, points, 2 * growth.unsqueeze(1) * x),
            HessianDiagonals = new[] { hessianDiagonal },
        };
        var exact = (weights * 2 * growth.unsqueeze(1)).sum(1);                  // ∂²u/∂x_i² = 2·growth
        var residual = problem.Residual(0, points, Exact(exact)).abs().max().item<double>();
        Assert.True(residual < 1e-12 * (1 + u.abs().max().item<double>()), $"largest residual {residual}");
        var wrong = problem.Residual(0, points, Exact(exact * 1.01)).abs().max().item<double>();
        Assert.True(wrong > 1e-4, $"a wrong Hessian diagonal gives {wrong}");
    }

    [Fact]
    public void A_conditions_quadratic_form_along_the_outward_normal_reads_the_conditions_normal()
    {
        // The second normal derivative on the faces of a box: the direction is the normal of the face each point is on.
        const string text = "problem P { domain x in [0, 1], y in [0, 2] pde lap(u) = 1 on boundary: dot(normal, hess(u)*normal) = 0 }";
        var model = PdeDsl.Language.PdeCompiler.CompileFile(text).Problems.Single();
        var problem = CompiledProblem.Load(model);
        var form = Assert.Single(problem.Terms[1].Request.QuadraticForms);
        var points = problem.Sample(1, 200, new torch.Generator(3), CPU, float64);
        var direction = form.Direction(points);
        var normal = OutwardNormal.Box(points, problem.Coordinates);
        Assert.True(direction.allclose(normal), "the direction is the box's outward normal");
        Assert.True(direction.abs().sum(1).allclose(ones(200, dtype: float64)));
    }
}
