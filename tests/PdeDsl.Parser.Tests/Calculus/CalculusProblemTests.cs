using PdeDsl.Language.Binding;
using PdeDsl.Language.Calculus;
using PdeDsl.Language.Compilation;
using PdeDsl.Language.Diagnostics;
using Xunit;

namespace PdeDsl.Language.Tests.Calculus;

/// <summary>
/// The calculus stage's output type: it holds no derivative of a formula (its constructor refuses one), and it is a
/// value, so two compilations of one text give equal problems (the generator's cache depends on it).
/// </summary>
public class CalculusProblemTests
{
    private const string Text = """
        problem P {
          dim n = 3
          domain t in [0, 1], x in [0, 1]^n, y in R
          sample y ~ normal(diff(t^2, t), 1)
          pde u_t + lap(x[1]*u) = 0
          on t = 1: u = sum(grad(sin(x[2])))
          exact sum(diag(hess(sin(x[1]))))
        }
        """;

    private static ProblemModel Bind()
    {
        var bag = new DiagnosticBag();
        var bound = new ProblemBinder(bag, s => s, []).Bind(CompileSteps.ParseSingle(Text, bag));
        Assert.True(bag.Count == 0 && bound is not null, string.Join("; ", bag.Items.Select(d => d.Message)));
        return bound!;
    }

    private static bool HasDifferential(BoundExpr? e) =>
        e is not null && BoundExprWalker.Any(e, n => n is BoundDifferential or BoundHessianProduct);

    [Fact]
    public void The_bound_model_holds_derivatives_of_formulas_and_the_stage_output_none()
    {
        var bound = Bind();
        Assert.True(HasDifferential(bound.Pdes[0].Left) && HasDifferential(bound.Conditions[0].Right) && HasDifferential(bound.Exact)
            && HasDifferential(bound.Coordinates[2].Law!.Mean));

        var problem = CalculusStage.Apply(bound, new DiagnosticBag());

        Assert.NotNull(problem);
        Assert.DoesNotContain(problem!.Pdes.Concat(problem.Conditions), e => HasDifferential(e.Left) || HasDifferential(e.Right));
        Assert.False(HasDifferential(problem.Exact));
        Assert.DoesNotContain(problem.Coordinates, c => HasDifferential(c.Law?.Mean) || HasDifferential(c.Law?.Deviation));
    }

    [Fact]
    public void Its_constructor_refuses_a_derivative_of_a_formula_left_anywhere()
    {
        var bound = Bind();
        var taken = CalculusStage.Apply(bound, new DiagnosticBag())!;
        CalculusEquation Untaken(EquationModel e) => new(e.Region, e.Left, e.Right, e.SourceText, e.Span);

        Assert.Throws<InvalidOperationException>(() => new CalculusProblem(bound, taken.Coordinates,
            bound.Pdes.Select(Untaken).ToEquatableArray(), taken.Conditions, taken.Exact));
        Assert.Throws<InvalidOperationException>(() => new CalculusProblem(bound, taken.Coordinates,
            taken.Pdes, bound.Conditions.Select(Untaken).ToEquatableArray(), taken.Exact));
        Assert.Throws<InvalidOperationException>(() => new CalculusProblem(bound, taken.Coordinates, taken.Pdes, taken.Conditions, bound.Exact));
        Assert.Throws<InvalidOperationException>(() => new CalculusProblem(bound, bound.Coordinates, taken.Pdes, taken.Conditions, taken.Exact));
        Assert.Equal(taken, new CalculusProblem(bound, taken.Coordinates, taken.Pdes, taken.Conditions, taken.Exact));
    }

    [Fact]
    public void Two_compilations_of_one_text_give_equal_problems_at_every_stage()
    {
        var first = CalculusStage.Apply(Bind(), new DiagnosticBag())!;
        var second = CalculusStage.Apply(Bind(), new DiagnosticBag())!;

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(PdeCompiler.CompileFile(Text).Problems, PdeCompiler.CompileFile(Text).Problems);
        Assert.NotEqual(first, CalculusStage.Apply(Bind() with { Exact = null }, new DiagnosticBag()));
    }
}
