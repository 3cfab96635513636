using PdeDsl.Language.Grouping;
using Xunit;
using static PdeDsl.Language.Tests.Build;

namespace PdeDsl.Language.Tests;

/// <summary>The second edition's domains (second edition, docs/language.md) bind to the models the generator relies on.</summary>
public class DomainTests
{
    private static GroupedProblem Single(CompilationResult result)
    {
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        return Assert.Single(result.Problems);
    }

    private static readonly BoundCoordinate T = new("t", ExprType.Scalar);

    [Fact]
    public void Hjb_on_Rn_binds_x_as_unbounded_with_a_normal_law_over_t()
    {
        var p = Single(PdeCompiler.CompileFile(Samples.HjbRn));
        var x = p.Coordinates[1];
        Assert.Equal((CoordinateSet.Real, LengthN), (x.Set, x.Length));
        Assert.Equal((double.NegativeInfinity, double.PositiveInfinity), (((BoundNumber)x.Lower).Value, ((BoundNumber)x.Upper).Value));
        var law = Assert.IsType<LawModel>(x.Law);
        Assert.Equal(LawKind.Normal, law.Kind);
        Assert.Equal(Num(0), law.Mean);
        Assert.Equal(new BoundCall("sqrt", EquatableArray.Of<BoundExpr>(new BoundBinary(BinaryOperator.Multiply, Num(2), T, ExprType.Scalar)), ExprType.Scalar), law.Deviation);
        Assert.Null(p.Coordinates[0].Law); // t keeps the default (uniform) law
        Assert.Equal(CoordinateSet.Interval, p.Coordinates[0].Set);
        // The terms are those of the box statement: a drop-in replacement for the generated class.
        var box = Single(PdeCompiler.CompileFile(Samples.Hjb));
        Assert.Equal((box.Pdes[0].Left, box.Pdes[0].Right, EmittedRequests.Of(box, 0)), (p.Pdes[0].Left, p.Pdes[0].Right, EmittedRequests.Of(p, 0)));
        Assert.Equal((box.Conditions[0].Region, box.Conditions[0].Left, box.Conditions[0].Right), (p.Conditions[0].Region, p.Conditions[0].Left, p.Conditions[0].Right));
    }

    [Fact]
    public void BallPoisson_binds_a_ball_with_a_radial_law_and_its_sphere()
    {
        var p = Single(PdeCompiler.CompileFile(Samples.BallPoisson));
        var x = Assert.Single(p.Coordinates);
        Assert.Equal((CoordinateSet.Ball, (BoundExpr)Num(0), (BoundExpr)Num(1)), (x.Set, x.Centre!, x.Radius!));
        Assert.Equal((Num(-1), Num(1)), ((BoundNumber)x.Lower, (BoundNumber)x.Upper));
        Assert.Equal(LawKind.Radial, x.Law!.Kind);
        Assert.Equal(new RegionModel(RegionKind.Sphere, "x", Num(1)), p.Conditions[0].Region);
        Assert.NotNull(p.Exact);
    }

    [Fact]
    public void On_boundary_of_a_ball_and_the_outward_normal_bind_and_R_is_a_name_elsewhere()
    {
        var p = Single(PdeCompiler.CompileFile("""
            problem B {
              param R = 2
              domain x in ℝ^3 where |x - 1| <= R
              sample x ~ uniform
              pde lap(u) = R
              on boundary: dot(normal, grad u) = 0
              on |x - 1| = R: u = 0
            }
            """));
        var x = p.Coordinates[0];
        Assert.Equal((new BoundParam("R"), Num(1)), ((BoundExpr)x.Radius!, (BoundExpr)x.Centre!));
        Assert.Null(x.Law); // uniform is the default, stored as none
        Assert.Equal(RegionKind.Boundary, p.Conditions[0].Region.Kind);
        // dot(normal, grad u) is the derivative along the normal (the calculus stage's directional derivative).
        var along = Assert.IsType<BoundDerivative>(p.Conditions[0].Left);
        Assert.Equal(DerivativeKind.DirectionalDerivative, along.Kind);
        Assert.Equal(new BoundOutwardNormal(ExprType.Vector(VectorLength.Of(3))), along.Weight);
        Assert.Equal(new RegionModel(RegionKind.Sphere, "x", new BoundParam("R")), p.Conditions[1].Region);
    }

    [Fact]
    public void The_attribute_form_takes_sample_statements()
    {
        var p = Single(PdeCompiler.CompileStatements("Hjb", "N", Samples.Statements(
            ("dim", ["n", "4"]),
            ("domain", ["t in [0, 1], x in R^n"]),
            ("sample", ["x ~ normal(0, sqrt(2*t))"]),
            ("pde", ["u_t + lap(u) = 0"]),
            ("on", ["t = 1", "u = sum(x)"]))));
        Assert.Equal(LawKind.Normal, p.Coordinates[1].Law!.Kind);
    }
}
