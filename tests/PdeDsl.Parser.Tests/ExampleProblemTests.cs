using PdeDsl.Language.Grouping;
using Xunit;
using static PdeDsl.Language.Tests.Build;

namespace PdeDsl.Language.Tests;

/// <summary>The two problems of dsl.md bind to exactly the model the generator expects, from both forms.</summary>
public class ExampleProblemTests
{
    private static GroupedProblem Single(CompilationResult result)
    {
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void Hjb_file_binds_to_the_expected_model()
    {
        var p = Single(PdeCompiler.CompileFile(Samples.Hjb));
        Assert.Equal("Hjb", p.Name);
        Assert.Equal("Samples.Hjb", p.Namespace);
        Assert.Equal(new DimModel("n", 100, p.Dims[0].Span), Assert.Single(p.Dims));
        Assert.Equal(["lambda", "T"], p.Params.Select(q => q.Name));
        Assert.Equal([1.0, 1.0], p.Params.Select(q => q.DefaultValue));

        Assert.Equal(2, p.Coordinates.Count);
        var t = p.Coordinates[0];
        Assert.Equal(("t", true, (VectorLength?)null), (t.Name, t.IsTime, t.Length));
        Assert.Equal(Num(0), t.Lower);
        Assert.Equal(new BoundParam("T"), t.Upper);
        var x = p.Coordinates[1];
        Assert.Equal(("x", false), (x.Name, x.IsTime));
        Assert.Equal(LengthN, x.Length);

        var pde = Assert.Single(p.Pdes);
        Assert.Equal(new RegionModel(RegionKind.Interior, null, null), pde.Region);
        // u_t + lap(u) - lambda*|grad u|^2, left-associative.
        var expected = Bin(BinaryOperator.Subtract,
            Bin(BinaryOperator.Add, Partial("t"), Lap),
            Bin(BinaryOperator.Multiply, new BoundParam("lambda"), Bin(BinaryOperator.Power, new BoundNorm(Grad(LengthN)), Num(2))));
        Assert.Equal(expected, pde.Left);
        Assert.Equal(Num(0), pde.Right);
        // |grad u|^2 is its own quantity (no product of estimates: one noise group); the gradient is not requested as well.
        Assert.Equal(EmittedRequests.Request(first: ["t"], squaredNorm: true, laplacian: true), EmittedRequests.Of(p, 0));
        Assert.Equal("u_t + lap(u) - lambda*|grad u|^2 = 0", pde.SourceText);

        var terminal = Assert.Single(p.Conditions);
        Assert.Equal(new RegionModel(RegionKind.Face, "t", new BoundParam("T")), terminal.Region);
        Assert.Equal(U, terminal.Left);
        // g(x) = ln((1 + |x|^2) / 2), inlined with x for y.
        var g = Call("ln", Bin(BinaryOperator.Divide,
            Bin(BinaryOperator.Add, Num(1), Bin(BinaryOperator.Power, new BoundNorm(new BoundCoordinate("x", ExprType.Vector(LengthN))), Num(2))),
            Num(2)));
        Assert.Equal(g, terminal.Right);
        Assert.Equal(EmittedRequests.Request(value: true), EmittedRequests.Of(p, 1));
        Assert.Null(p.Exact);
    }

    [Fact]
    public void Poisson2D_file_binds_to_the_expected_model()
    {
        var p = Single(PdeCompiler.CompileFile(Samples.Poisson2D, "Default.Ns"));
        Assert.Equal("Default.Ns", p.Namespace);
        Assert.Equal(["x", "y"], p.Coordinates.Select(c => c.Name));
        Assert.All(p.Coordinates, c => Assert.Equal((false, (VectorLength?)null, Num(0), Num(1)), (c.IsTime, c.Length, c.Lower, c.Upper)));
        var pde = Assert.Single(p.Pdes);
        Assert.Equal(Lap, pde.Left);
        var sinXY = Call("sin", Bin(BinaryOperator.Add, Coord("x"), Coord("y")));
        Assert.Equal(new BoundNegate(sinXY), pde.Right);
        Assert.Equal(EmittedRequests.Request(laplacian: true), EmittedRequests.Of(p, 0));
        var boundary = Assert.Single(p.Conditions);
        Assert.Equal(new RegionModel(RegionKind.Boundary, null, null), boundary.Region);
        Assert.Equal(Bin(BinaryOperator.Multiply, Num(0.5), sinXY), boundary.Right);
        Assert.Equal(Bin(BinaryOperator.Multiply, Num(0.5), sinXY), p.Exact);
    }

    [Fact]
    public void Attribute_form_gives_the_same_models_as_the_files()
    {
        var fromFile = Single(PdeCompiler.CompileFile(Samples.Poisson2D, "Ns"));
        var fromAttributes = Single(PdeCompiler.CompileStatements("Poisson2D", "Ns", Samples.Poisson2DStatements));
        Assert.Equal(ModelText.WithoutSources(fromFile), ModelText.WithoutSources(fromAttributes));

        var hjbFile = Single(PdeCompiler.CompileFile(Samples.Hjb));
        var hjbAttributes = Single(PdeCompiler.CompileStatements("Hjb", "Samples.Hjb", Samples.HjbStatements));
        Assert.Equal(ModelText.WithoutSources(hjbFile), ModelText.WithoutSources(hjbAttributes));
    }

    [Fact]
    public void Attribute_spans_are_relative_to_their_argument()
    {
        var p = Single(PdeCompiler.CompileStatements("Hjb", null, Samples.HjbStatements));
        var x = p.Coordinates[1];
        // "t in [0, T], x in [0, 1]^n": x starts at offset 13, column 14.
        Assert.Equal(new SourceSpan(13, 13, 1, 14), x.Span);
        Assert.Equal("t = T: u = g(x)", p.Conditions[0].SourceText);
    }

    [Fact]
    public void Compiling_twice_gives_equal_results()
    {
        Assert.Equal(PdeCompiler.CompileFile(Samples.Hjb), PdeCompiler.CompileFile(Samples.Hjb));
        Assert.Equal(PdeCompiler.CompileFile(Samples.Hjb).GetHashCode(), PdeCompiler.CompileFile(Samples.Hjb).GetHashCode());
    }
}
