using PdeDsl.Language.Binding;
using PdeDsl.Language.Grouping;
using Xunit;

namespace PdeDsl.Language.Tests;

/// <summary>
/// The noise-grouping stage: in every product of estimates of u the factors read disjoint noise groups, terms in no
/// product read the all-sample estimate, and the request counts the groups.
/// </summary>
public class NoiseGroupingTests
{
    private static GroupedEquation Pde(string pde, string domain = "domain t in [0, 1], x in [0, 1], y in [0, 1]")
    {
        var r = PdeCompiler.CompileFile($"problem P {{ {domain} pde {pde} }}");
        Assert.True(r.Diagnostics.Count == 0, string.Join("\n", r.Diagnostics));
        return Assert.Single(r.Problems).Pdes[0];
    }

    // The derivatives of u as they occur, left to right, each with its group (0: all samples).
    private static string Tags(GroupedEquation e) =>
        string.Join(" ", new[] { e.Left, e.Right }.SelectMany(BoundExprWalker.Nodes).OfType<BoundDerivative>().Select(d => d.Kind switch
        {
            DerivativeKind.Value => "u",
            DerivativeKind.FirstPartial => "u_" + d.Coordinates[0],
            DerivativeKind.SecondPartial => "u_" + d.Coordinates[0] + d.Coordinates[1],
            DerivativeKind.Gradient => "grad",
            _ => "lap",
        } + "@" + d.Group));

    [Theory]
    [InlineData("u_t + u*u_x - lap(u) = 0", "u_t@0 u@1 u_x@2 lap@0", 2)]
    [InlineData("u_t = lap(u)", "u_t@0 lap@0", 1)]
    [InlineData("u^2 = 1", "u@1 u@2", 2)]
    [InlineData("u^3 + 2*u_x = 0", "u@1 u@2 u@3 u_x@0", 3)]
    [InlineData("u*lap(u) + u^2 = x", "u@1 lap@2 u@1 u@2", 2)]
    [InlineData("-(u_t + u*u_x) = 0", "u_t@0 u@1 u_x@2", 2)]
    [InlineData("x*u*u_y = 0", "u@1 u_y@2", 2)]
    [InlineData("u*(u_x + u*lap(u)) = 0", "u@1 u_x@2 u@2 lap@3", 3)]
    [InlineData("|grad u|^2 = 1", "grad@0", 1)]
    [InlineData("u*|grad u|^2 = 1", "u@1 grad@2", 2)]
    [InlineData("sin(u) + lap(u) = 0", "u@0 lap@0", 1)]
    [InlineData("sin(u)*lap(u) = 0", "u@1 lap@2", 2)]
    [InlineData("u_x/u = 1", "u_x@1 u@2", 2)]
    [InlineData("u_t = lap(u^2)", "u_t@0 u@1 lap@2 grad@0", 2)]
    [InlineData("u_t + |u_x|^2 = 0", "u_t@0 u_x@1 u_x@2", 2)]
    public void Products_of_estimates_read_disjoint_groups(string pde, string tags, int groups)
    {
        var e = Pde(pde);
        Assert.Equal(tags, Tags(e));
        Assert.Equal(groups, e.NoiseGroups);
        AssertIndependentFactors(e);
    }

    [Fact]
    public void A_squared_norm_of_a_vector_with_grad_u_is_the_dot_of_two_groups()
    {
        // |grad g + (T - t)*grad u|^2 = |grad g|^2 + 2(T - t) grad g·grad u + (T - t)^2 |grad u|^2 without the
        // squared estimate's variance: the dot of two independent copies.
        var e = Pde("u_t + |x + (1 - t)*grad u|^2 = 0", "domain t in [0, 1], x in [0, 1]^3");
        Assert.Equal("u_t@0 grad@1 grad@2", Tags(e));
        Assert.Equal(2, e.NoiseGroups);
        Assert.Contains(BoundExprWalker.Nodes(e.Left), n => n is BoundCall { Function: "dot" });
    }

    [Fact]
    public void Conditions_are_grouped_too_and_equations_without_products_keep_one_group()
    {
        var r = PdeCompiler.CompileFile("problem P { domain x in [0, 1] pde u_xx = 1 on x = 0: u^2 = 1 on x = 1: u = 0 }");
        var p = Assert.Single(r.Problems);
        Assert.Equal([1, 2, 1], Enumerable.Range(0, 3).Select(i => EmittedRequests.Of(p, i).Groups));
    }

    [Fact]
    public void A_product_of_two_groups_swaps_them_for_the_generator_unless_it_is_its_own_swap()
    {
        BoundDerivative U(int g) => new(DerivativeKind.Value, EquatableArray<string>.Empty, ExprType.Scalar, g);
        BoundDerivative Lap(int g) => new(DerivativeKind.Laplacian, EquatableArray<string>.Empty, ExprType.Scalar, g);
        var sum = new BoundBinary(BinaryOperator.Add, Lap(2), U(2), ExprType.Scalar);
        Assert.Equal((U(2), new BoundBinary(BinaryOperator.Add, Lap(1), U(1), ExprType.Scalar)), NoiseGroups.Swapped(U(1), sum));
        Assert.Null(NoiseGroups.Swapped(U(1), U(2)));                      // u₁·u₂ is its own swap
        Assert.Null(NoiseGroups.Swapped(U(0), Lap(0)));                    // not grouped
        Assert.Null(NoiseGroups.Swapped(U(1), new BoundBinary(BinaryOperator.Multiply, Lap(2), U(3), ExprType.Scalar)));  // three groups
    }

    // Expands the residual into monomials (sums of products of factors) and checks that in each monomial with two
    // or more estimated factors, every factor reads its own group, none the all-sample estimate.
    private static void AssertIndependentFactors(GroupedEquation e)
    {
        foreach (var side in new[] { e.Left, e.Right })
            foreach (var monomial in Monomials(side))
            {
                if (monomial.Count < 2) continue;
                var flat = monomial.SelectMany(f => f).ToList();
                Assert.DoesNotContain(0, flat);
                Assert.Equal(flat.Count, flat.Distinct().Count());
            }
    }

    // Each monomial is a list of factors; each factor the groups it reads (an opaque function of estimates reads all of its argument's).
    private static List<List<List<int>>> Monomials(BoundExpr e)
    {
        if (BoundPatterns.IsGradientSquaredNorm(e)) return [[[BoundPatterns.GradientSquaredNormGroup(e)]]];
        switch (e)
        {
            case BoundDerivative d:
                return [[[d.Group]]];
            case BoundBinary { Operator: BinaryOperator.Add or BinaryOperator.Subtract } b:
                return Monomials(b.Left).Concat(Monomials(b.Right)).ToList();
            case BoundNegate n:
                return Monomials(n.Operand);
            case BoundBinary { Operator: BinaryOperator.Multiply or BinaryOperator.Divide } b:
                return Product(Monomials(b.Left), Monomials(b.Right));
            case BoundCall { Function: "dot" } c:
                return Product(Monomials(c.Arguments[0]), Monomials(c.Arguments[1]));
            case BoundBinary { Operator: BinaryOperator.Power, Right: BoundNumber { Value: var p } } b when p == Math.Floor(p) && p >= 2:
                var power = Monomials(b.Left);
                for (int k = 1; k < p; k++) power = Product(power, Monomials(b.Left));
                return power;
            default:
                var inside = BoundExprWalker.Nodes(e).OfType<BoundDerivative>().Select(d => d.Group).Distinct().ToList();
                return inside.Count == 0 ? [[]] : [[inside]];
        }
    }

    private static List<List<List<int>>> Product(List<List<List<int>>> a, List<List<List<int>>> b) =>
        a.SelectMany(x => b.Select(y => x.Concat(y).ToList())).ToList();
}
