using PdeDsl.Language.Binding;
using Xunit;

namespace PdeDsl.Language.Tests;

/// <summary>The one rewriter of bound trees: Map replaces exactly the children Children lists, in order, for every node kind.</summary>
public class BoundExprWalkerTests
{
    private static readonly ExprType VectorN = ExprType.Vector(new VectorLength(0, new[] { "n" }.ToEquatableArray()));

    public static TheoryData<string, BoundExpr> Nodes()
    {
        BoundExpr x = new BoundCoordinate("x", VectorN), one = new BoundNumber(1), two = new BoundNumber(2), n = new BoundDim("n");
        return new TheoryData<string, BoundExpr>
        {
            { "index", new BoundIndex(x, one) },
            { "negate", new BoundNegate(one) },
            { "binary", new BoundBinary(BinaryOperator.Add, one, two, ExprType.Scalar) },
            { "call", new BoundCall("sin", new BoundExpr[] { one }.ToEquatableArray(), ExprType.Scalar) },
            { "norm", new BoundNorm(x) },
            { "differential", new BoundDifferential(DifferentialOperator.Laplacian, one, EquatableArray<string>.Empty, ExprType.Scalar, SourceSpan.None) },
            { "slice", new BoundSlice(x, one, n, VectorN) },
            { "concat", new BoundConcat(new[] { x, one }.ToEquatableArray(), VectorN) },
            { "unit", new BoundUnit(two, "x", VectorN) },
            { "pad", new BoundPad(x, one, "x", VectorN) },
            { "number (a leaf)", one },
        };
    }

    [Theory]
    [MemberData(nameof(Nodes))]
    public void Map_replaces_exactly_the_children_that_Children_lists(string kind, BoundExpr node)
    {
        static BoundExpr Wrap(BoundExpr child) => new BoundNegate(child);
        var mapped = BoundExprWalker.Map(node, Wrap);
        var expected = BoundExprWalker.Children(node).Select(Wrap).ToArray();
        Assert.True(expected.SequenceEqual(BoundExprWalker.Children(mapped)), $"{kind}: Map and Children disagree");
        Assert.Equal(node.GetType(), mapped.GetType());
    }
}
