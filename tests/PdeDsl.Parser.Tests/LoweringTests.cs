using PdeDsl.Language.Lowering;
using Xunit;

namespace PdeDsl.Language.Tests;

/// <summary>
/// The lowering stage: each equation's final derivative request and concrete region, as the emitter prints them
/// (the generator's approved snapshots hold the printed form), and value equality of the result.
/// </summary>
public class LoweringTests
{
    private static EmitProblem Lower(string body)
    {
        var r = PdeCompiler.CompileFile($"problem P {{ {body} }}");
        Assert.True(r.Diagnostics.Count == 0, string.Join("\n", r.Diagnostics));
        return EmitLowering.Lower(Assert.Single(r.Problems));
    }

    [Fact]
    public void On_boundary_of_a_box_is_its_faces_and_the_box_sampler_draws_them()
    {
        var p = Lower("domain x in [0, 1], y in [0, 1] pde lap(u) = 1 on boundary: u = 0");
        Assert.Equal(EmitSampler.Box, p.Sampler);
        Assert.Equal(new[] { EmitRegionKind.Interior, EmitRegionKind.BoxFaces }, p.Equations.Select(e => e.Region.Kind));
        Assert.Equal(new[] { true, false }, p.Equations.Select(e => e.IsPde));
    }

    [Fact]
    public void On_boundary_of_a_ball_is_the_sphere_of_its_coordinate()
    {
        var p = Lower("dim n = 3 domain t in [0, 1], x in R^n where |x| <= 1 pde u_t = lap(u) on boundary: u = 0");
        Assert.Equal(EmitSampler.Laws, p.Sampler);
        var region = p.Equations[1].Region;
        Assert.Equal(new EmitRegion(EmitRegionKind.BallBoundary, "x"), region);
        Assert.True(region.IsSphere);
    }

    [Fact]
    public void On_boundary_beside_an_unbounded_coordinate_is_the_faces_of_the_intervals()
    {
        var p = Lower("domain x in [0, 1], y in R sample y ~ normal(0, 1) pde lap(u) = 1 on boundary: u = 0");
        Assert.Equal(EmitSampler.Laws, p.Sampler);
        Assert.Equal(EmitRegionKind.BoxFaces, p.Equations[1].Region.Kind);
    }

    [Fact]
    public void A_periodic_coordinate_is_marked_and_its_ends_are_no_boundary()
    {
        // x repeats, so on boundary means y's faces alone; beside an unbounded z the law sampler draws x uniformly.
        var p = Lower("domain x in [0, 2], y in [0, 1], z in R sample z ~ normal(0, 1) periodic x pde lap(u) = 1 on boundary: u = 0");
        Assert.Equal(new[] { true, false, false }, p.Coordinates.Select(c => c.Periodic));
        string Laws(int k) => string.Join(" ", p.Equations[k].Columns.Select(c => c.Coordinate + ":" + c.Law));
        Assert.Equal("x:Uniform y:BoxFaces z:Normal", Laws(1));
        // A ball beside a periodic interval is the whole boundary.
        var ball = Lower("dim n = 2 domain s in [0, 1], x in R^n where |x| <= 1 periodic s pde lap(u) = 1 on boundary: u = 0");
        Assert.Equal(new EmitRegion(EmitRegionKind.BallBoundary, "x"), ball.Equations[1].Region);
        Assert.Equal("s:Uniform x:UniformSphere", string.Join(" ", ball.Equations[1].Columns.Select(c => c.Coordinate + ":" + c.Law)));
        // The statement may name several coordinates, and the attribute-free model is otherwise unchanged.
        var two = Lower("domain x in [0, 1], y in [0, 1] periodic x, y pde lap(u) = 1");
        Assert.All(two.Coordinates, c => Assert.True(c.Periodic));
        Assert.NotEqual(Lower("domain x in [0, 1], y in [0, 1] pde lap(u) = 1").Coordinates, two.Coordinates);
    }

    [Fact]
    public void A_face_and_a_sphere_keep_their_coordinate_and_value()
    {
        var p = Lower("dim n = 2 domain t in [0, 1], x in R^n where |x| <= 2 pde u_t = lap(u) on t = 0: u = 1 on |x| = 2: u = 0");
        Assert.Equal(new EmitRegion(EmitRegionKind.Face, "t", new BoundNumber(0)), p.Equations[1].Region);
        Assert.Equal(new EmitRegion(EmitRegionKind.Sphere, "x", new BoundNumber(2)), p.Equations[2].Region);
        Assert.False(p.Equations[1].Region.IsSphere);
        Assert.True(p.Equations[2].Region.IsSphere);
    }

    [Fact]
    public void Each_term_says_how_each_coordinate_is_drawn_under_the_law_sampler()
    {
        var p = Lower("dim n = 2 domain t in [0, 1], x in R^n where |x| <= 1 pde u_t = lap(u) on boundary: u = 0 on t = 0: u = 1");
        string Laws(int k) => string.Join(" ", p.Equations[k].Columns.Select(c => c.Coordinate + ":" + c.Law));
        Assert.Equal("t:Uniform x:UniformBall", Laws(0));
        Assert.Equal("t:Uniform x:UniformSphere", Laws(1));
        Assert.Equal("t:Fixed x:UniformBall", Laws(2));
        var strip = Lower("domain x in [0, 1], y in R sample y ~ normal(0, 1) pde lap(u) = 1 on boundary: u = 0");
        Assert.Equal(new[] { EmitColumnLaw.BoxFaces, EmitColumnLaw.Normal }, strip.Equations[1].Columns.Select(c => c.Law));
        Assert.Empty(Lower("domain x in [0, 1] pde u_x = 1 on x = 0: u = 0").Equations[1].Columns);
    }

    [Fact]
    public void Grad_u_squared_is_its_own_quantity_and_not_the_gradient()
    {
        var r = Lower("dim n = 2 domain t in [0, 1], x in [0, 1]^n pde u_t + lap(u) - |grad u|^2 = 0").Equations[0].Request;
        Assert.True(r.GradientSquaredNorm);
        Assert.False(r.Gradient);
        Assert.True(r.Laplacian);
        Assert.False(r.Value);
        Assert.Equal(new[] { "t" }, r.FirstPartials);
        Assert.True(r.NeedsSpatialColumns);
    }

    [Fact]
    public void The_gradient_is_requested_where_it_is_used_otherwise()
    {
        var r = Lower("dim n = 2 domain x in [0, 1]^n pde |grad u|^2 + sum(grad u) = 0").Equations[0].Request;
        Assert.True(r.GradientSquaredNorm);
        Assert.True(r.Gradient);
    }

    [Fact]
    public void Partials_are_requested_once_in_the_order_first_read_with_the_groups()
    {
        var r = Lower("domain t in [0, 1], x in [0, 1], y in [0, 1] pde u_y + u*u_x + u_xy + u_y = u_t").Equations[0].Request;
        Assert.Equal(new[] { "y", "x", "t" }, r.FirstPartials);
        Assert.Equal(new[] { new SecondPartialModel("x", "y") }, r.SecondPartials);
        Assert.True(r.Value);
        Assert.False(r.NeedsSpatialColumns);
        Assert.Equal(2, r.Groups);
    }

    [Fact]
    public void The_residual_is_left_minus_right_or_left_alone_against_zero()
    {
        var p = Lower("domain x in [0, 1] pde u_x = 0 on x = 0: u = 1");
        Assert.Equal(Build.Partial("x"), p.Equations[0].Residual);
        Assert.Equal(new BoundBinary(BinaryOperator.Subtract, Build.U, Build.Num(1), ExprType.Scalar), p.Equations[1].Residual);
    }

    [Fact]
    public void Each_unknown_carries_its_own_exact_solution()
    {
        var p = Lower("unknown u, v, w domain x in [0, 1] pde u_x = v + w exact v = x");
        Assert.Equal(new[] { "u", "v", "w" }, p.Unknowns.Select(u => u.Name));
        Assert.Equal(new BoundExpr?[] { null, Build.Coord("x"), null }, p.Unknowns.Select(u => u.Exact));
        Assert.Null(p.Exact);
        Assert.Equal(Build.Num(1), Lower("domain x in [0, 1] pde u_x = 0 exact 1").Exact);
    }

    [Fact]
    public void Lowering_the_same_text_twice_gives_equal_problems()
    {
        const string body = "dim n = 2 param k = 1 domain t in [0, 1], x in R^n where |x| <= 1 pde u_t = k*lap(u) - |grad u|^2 on boundary: u = 0 on t = 0: u = 1";
        var a = Lower(body);
        var b = Lower(body);
        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Lower(body.Replace("param k = 1", "param k = 2")));
    }
}
