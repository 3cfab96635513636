using System;
using PdeDsl;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Training.Tests;

/// <summary>
/// The generated Neumann condition on a hole (PlateHoleNeumann.pde) reads the region's outward normal: with the exact
/// solution's gradient (autograd, float64) its residual vanishes at the hole's sampled points, whose flux h is far from 0,
/// so a normal of the other sign (out of the hole) would leave a residual of −2h.
/// </summary>
public sealed class PlateHoleNeumannTests
{
    private const int Hole = 2;

    [Fact]
    public void The_residual_on_the_hole_vanishes_with_the_exact_gradient_and_the_normal_into_the_hole()
    {
        var problem = new PlateHoleNeumann();
        Assert.Equal("on boundary of hole", problem.Terms[Hole].Name);
        using var scope = NewDisposeScope();
        using var generator = RandomSource.Create(7);
        var points = problem.Sample(Hole, 500, generator, CPU, ScalarType.Float64);
        var (x, y) = (points[.., 0], points[.., 1]);
        // On the rim: |p - c| = r.
        var distance = ((x - 0.4).square() + (y - 0.6).square()).sqrt();
        Assert.True((distance - 0.25).abs().max().ToDouble() < 1e-12);

        var at = points.detach().requires_grad_(true);
        var gradient = autograd.grad(new[] { problem.ExactSolution(at).sum() }, new[] { at })[0];
        // dot(normal, grad u) is a derivative along the normal the generated request computes from the points.
        var along = Assert.Single(problem.Terms[Hole].Request.DirectionalDerivatives);
        var normal = along.Direction(points);
        var intoHole = stack(new[] { 0.4 - x, 0.6 - y }, 1) / 0.25;
        Assert.True((normal - intoHole).abs().max().ToDouble() < 1e-12, "the normal on the rim points into the hole");
        var residual = problem.Residual(Hole, points, new DerivativeResult { DirectionalDerivatives = new[] { (normal * gradient).sum(1) } });
        Assert.True(residual.abs().max().ToDouble() < 1e-10, $"residual up to {residual.abs().max().ToDouble()}");

        // The flux h = ((c - p)/r) . grad s, in closed form: large enough that the normal's sign shows.
        var h = ((0.4 - x) * gradient[.., 0] + (0.6 - y) * gradient[.., 1]) / 0.25;
        Assert.True(h.abs().mean().ToDouble() > 0.1, $"mean |h| {h.abs().mean().ToDouble()}");
        var flipped = -residual - 2 * h;   // dot(-n, g) - h, since n . g - h is the residual
        Assert.True(flipped.abs().mean().ToDouble() > 0.2);
    }

    [Fact]
    public void Interior_points_lie_in_the_plate_outside_the_hole_and_box_points_on_its_edges()
    {
        var problem = new PlateHoleNeumann();
        using var scope = NewDisposeScope();
        using var generator = RandomSource.Create(3);
        var inside = problem.Sample(0, 2000, generator, CPU, ScalarType.Float64);
        var fromCentre = ((inside[.., 0] - 0.4).square() + (inside[.., 1] - 0.6).square()).sqrt();
        Assert.True(fromCentre.min().ToDouble() >= 0.25);
        Assert.True(inside.min().ToDouble() >= 0 && inside.max().ToDouble() <= 1);
        var edges = problem.Sample(1, 2000, generator, CPU, ScalarType.Float64);
        var toEdge = minimum(minimum(edges[.., 0], 1 - edges[.., 0]), minimum(edges[.., 1], 1 - edges[.., 1]));
        Assert.True(toEdge.abs().max().ToDouble() < 1e-12);
    }
}
