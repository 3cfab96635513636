using System;
using System.Collections.Generic;
using System.Linq;
using PdeDsl.Generator.Tests.Infrastructure;
using TorchSharp;
using static TorchSharp.torch;

namespace PdeDsl.Generator.Tests;

/// <summary>
/// The emitted code, compiled and run: layouts follow the dims, requests name the right columns, and
/// residuals fed with exact derivatives of a known solution vanish (and do not for a wrong one).
/// </summary>
public class EmittedCodeTests
{
    private static readonly torch.Generator Rng = new(1234);

    [Fact]
    public void Poisson2D_residuals_vanish_on_the_exact_solution()
    {
        var problem = CompiledProblem.Load(Models.Poisson2D());
        Assert.Equal("Poisson2D", problem.Name);
        Assert.Equal(2, problem.InputDimension);
        Assert.Equal(new[] { ("x", 0), ("y", 1) }, problem.Coordinates.Select(c => (c.Name, c.Offset)));
        Assert.Equal(new[] { TermKind.Pde, TermKind.Condition }, problem.Terms.Select(t => t.Kind));
        Assert.Equal(new[] { 0, 1 }, problem.Terms[0].Request.LaplacianColumns);
        Assert.True(problem.Terms[1].Request.Value);
        Assert.Equal("on boundary", problem.Terms[1].Name);

        using var interior = problem.Sample(0, 64, Rng, CPU, float64);
        var x = interior[.., 0];
        var y = interior[.., 1];
        var exactLaplacian = -(x + y).sin(); // u = 0.5 sin(x + y): Δu = -sin(x + y)
        var residual = problem.Residual(0, interior, new DerivativeResult { Laplacian = exactLaplacian });
        Assert.True(residual.abs().max().item<double>() < 1e-12);
        var wrong = problem.Residual(0, interior, new DerivativeResult { Laplacian = exactLaplacian * 0.5 });
        Assert.True(wrong.abs().max().item<double>() > 1e-3);

        using var boundary = problem.Sample(1, 64, Rng, CPU, float64);
        var onFace = (boundary == 0).logical_or(boundary == 1).any(1);
        Assert.True(onFace.all().item<bool>());
        var value = 0.5 * (boundary[.., 0] + boundary[.., 1]).sin();
        Assert.True(problem.Residual(1, boundary, new DerivativeResult { Value = value }).abs().max().item<double>() < 1e-12);
        Assert.True((problem.ExactSolution(boundary) - value).abs().max().item<double>() < 1e-12);
    }

    [Fact]
    public void Hjb_layout_and_requests_follow_the_dims_and_the_residual_uses_the_unbiased_squared_gradient()
    {
        var problem = CompiledProblem.Load(Models.Hjb());
        Assert.Equal(101, problem.InputDimension);
        problem.SetDim("n", 5);
        problem.SetParam("lambda", 2.5);
        problem.SetParam("T", 2.0);
        Assert.Equal(6, problem.InputDimension);
        Assert.Equal(new Dictionary<string, int> { ["n"] = 5 }, problem.Dims);
        Assert.Equal(2.5, problem.Params["lambda"]);
        var x = problem.Coordinates[1];
        Assert.Equal(("x", 1, 5, true, false, 0.0, 1.0), (x.Name, x.Offset, x.Length, x.IsVector, x.IsTime, x.Lower, x.Upper));
        Assert.Equal(2.0, problem.Coordinates[0].Upper);

        var pde = problem.Terms[0].Request;
        Assert.Equal(new[] { 0 }, pde.FirstPartials);
        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, pde.GradientColumns);
        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, pde.LaplacianColumns);
        Assert.True(pde.GradientSquaredNorm);
        Assert.False(pde.Value);
        Assert.Equal("on t = T", problem.Terms[1].Name);

        using var points = problem.Sample(0, 32, Rng, CPU, float64);
        var ut = randn(32, dtype: float64, generator: Rng);
        var lap = randn(32, dtype: float64, generator: Rng);
        var gsn = rand(32, dtype: float64, generator: Rng);
        var derivatives = new DerivativeResult { FirstPartials = new Dictionary<int, Tensor> { [0] = ut }, Laplacian = lap, GradientSquaredNorm = gsn };
        var expected = ut + lap - 2.5 * gsn;
        Assert.True((problem.Residual(0, points, derivatives) - expected).abs().max().item<double>() < 1e-12);

        using var terminal = problem.Sample(1, 32, Rng, CPU, float64);
        Assert.True((terminal[.., 0] == 2.0).all().item<bool>());
        var u = randn(32, dtype: float64, generator: Rng);
        var xs = terminal[.., 1..];
        var g = ((1 + xs.pow(2).sum(1)) / 2).log();
        Assert.True((problem.Residual(1, terminal, new DerivativeResult { Value = u }) - (u - g)).abs().max().item<double>() < 1e-12);
        Assert.False(problem.HasExactSolution);
        Assert.Throws<NotSupportedException>(() => problem.ExactSolution(terminal));
    }

    [Fact]
    public void Setters_reject_unknown_names_and_invalid_dims_with_clear_messages()
    {
        var problem = CompiledProblem.Load(Models.Hjb());
        var unknown = Assert.Throws<ArgumentException>(() => problem.SetDim("m", 3));
        Assert.Contains("'m'", unknown.Message);
        Assert.Contains("n", unknown.Message);
        Assert.Contains("lambda, T", Assert.Throws<ArgumentException>(() => problem.SetParam("mu", 1)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => problem.SetDim("n", 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => problem.Sample(2, 1, Rng, CPU, float32));
    }

    [Fact]
    public void Mixed_scalar_and_vector_coordinates_index_broadcast_and_second_partials()
    {
        // domain y in [-1, 1], x in [0, 1]^n;  pde u_yy + sum(x*y) + x[2] + max(u, 0) = sum(grad u);  on y = -1: u_y = 0
        var y = Models.Scalar("y");
        var x = Models.Vector("x", "n");
        var left = Models.Add(Models.Add(Models.Add(Models.D2("y", "y"), Models.Call("sum", Models.Mul(x, y))),
            new PdeDsl.Language.BoundIndex(x, Models.Num(2))), Models.Call("max", Models.U, Models.Num(0)));
        var grad = Models.Grad(PdeDsl.Language.ExprType.Vector(new PdeDsl.Language.VectorLength(1, PdeDsl.Language.EquatableArray.Of("n"))));
        var model = Models.Hjb() with
        {
            Name = "Mixed",
            Params = PdeDsl.Language.EquatableArray<PdeDsl.Language.ParamModel>.Empty,
            Dims = PdeDsl.Language.EquatableArray.Of(new PdeDsl.Language.DimModel("n", 3, PdeDsl.Language.SourceSpan.None)),
            Coordinates = PdeDsl.Language.EquatableArray.Of(Models.Coordinate("y", -1, Models.Num(1)), Models.Coordinate("x", 0, Models.Num(1), dim: "n")),
            Pdes = PdeDsl.Language.EquatableArray.Of(Models.Equation(Models.Interior, left, Models.Call("sum", grad), "...", 2)),
            Conditions = PdeDsl.Language.EquatableArray.Of(Models.Equation(Models.Face("y", Models.Num(-1)), Models.D("y"), Models.Num(0), "u_y = 0", 3)),
        };
        var problem = CompiledProblem.Load(model);
        var request = problem.Terms[0].Request;
        Assert.Equal(new[] { (0, 0) }, request.SecondPartials);
        Assert.True(request.Value);
        Assert.Equal(new[] { 0, 1, 2, 3 }, request.GradientColumns);
        Assert.False(request.GradientSquaredNorm);
        Assert.Equal(new[] { 0 }, problem.Terms[1].Request.FirstPartials);

        using var points = problem.Sample(0, 16, Rng, CPU, float64);
        var uyy = randn(16, dtype: float64, generator: Rng);
        var u = randn(16, dtype: float64, generator: Rng);
        var gradient = randn(16, 4, dtype: float64, generator: Rng);
        var derivatives = new DerivativeResult
        {
            Value = u,
            Gradient = gradient,
            SecondPartials = new Dictionary<(int, int), Tensor> { [(0, 0)] = uyy },
        };
        var ys = points[.., 0];
        var xs = points[.., 1..];
        var expected = uyy + (xs * ys.unsqueeze(1)).sum(1) + xs[.., 1] + u.clamp_min(0) - gradient.sum(1);
        Assert.True((problem.Residual(0, points, derivatives) - expected).abs().max().item<double>() < 1e-12);

        using var face = problem.Sample(1, 8, Rng, CPU, float32);
        Assert.True((face[.., 0] == -1).all().item<bool>());
        Assert.Equal(ScalarType.Float32, face.dtype);
    }

    [Fact]
    public void Names_that_clash_with_members_keywords_or_each_other_still_compile_and_stay_apart()
    {
        var model = Models.Poisson2D() with
        {
            Name = "event",
            Namespace = "My.class",
            Dims = PdeDsl.Language.EquatableArray.Of(new PdeDsl.Language.DimModel("n", 2, PdeDsl.Language.SourceSpan.None)),
            Params = PdeDsl.Language.EquatableArray.Of(
                new PdeDsl.Language.ParamModel("name", 1, PdeDsl.Language.SourceSpan.None),
                new PdeDsl.Language.ParamModel("N", 2, PdeDsl.Language.SourceSpan.None),
                new PdeDsl.Language.ParamModel("terms", 3, PdeDsl.Language.SourceSpan.None)),
        };
        var problem = CompiledProblem.Load(model);
        Assert.Equal("event", problem.Name);
        Assert.Equal("My.class", problem.GetType().Namespace);
        problem.SetParam("name", 10);
        problem.SetParam("N", 20);
        problem.SetDim("n", 5);
        Assert.Equal(new Dictionary<string, double> { ["name"] = 10, ["N"] = 20, ["terms"] = 3 }, problem.Params);
        Assert.Equal(5, problem.Dims["n"]);
        Assert.Equal(20.0, problem.GetType().GetProperty("NParam")!.GetValue(problem));
        Assert.Equal(10.0, problem.GetType().GetProperty("NameParam")!.GetValue(problem));
    }
}
