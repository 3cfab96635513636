using PdeDsl.Language.Binding;
using PdeDsl.Language.Compilation;
using PdeDsl.Language.Diagnostics;
using PdeDsl.Language.Parsing;
using Sprache;
using Xunit;

namespace PdeDsl.Language.Tests;

/// <summary>Binding's stages one at a time: the declarations' scope, and formulas bound against a scope without the rest of the binder.</summary>
public class BinderStageTests
{
    private const string Small = """
        problem Small {
          dim n = 3
          param a = 2
          param c[n] = 0.5
          let g(v) = |v|^2
          unknown u, v
          domain t in [0, 1], x in [0, 1]^n
          pde u_t = lap(u) + a
        }
        """;

    [Fact]
    public void The_declarations_give_every_name_its_kind_and_every_coordinate_its_type()
    {
        var bag = new DiagnosticBag();
        var declarations = new DeclarationBinder(bag, s => s);
        var scope = declarations.BindCoordinateTypes(declarations.CheckLetCycles(declarations.Bind(CompileSteps.ParseSingle(Small, bag))));
        Assert.Equal(0, bag.Count);
        Assert.Equal(["n:dim", "a:param", "c:param", "g:let", "v:unknown", "t:coordinate", "x:coordinate"],
            scope.Declared.Select(d => d.Name + ":" + d.Kind));
        Assert.Equal(["n"], scope.Dims.Select(d => d.Name));
        Assert.Equal(["a"], scope.Params.Select(p => p.Name)); // the vector param c is bound later, with its length
        Assert.Equal(["c"], scope.VectorParams.Select(p => p.Name.Text));
        Assert.Equal(["g"], scope.Lets.Select(l => l.Name.Text));
        Assert.Equal(["u", "v"], scope.Unknowns);
        Assert.Equal([new ScopeCoordinate("t", true, null), new ScopeCoordinate("x", false, new VectorLength(0, EquatableArray.Of("n")))],
            scope.Coordinates);
        Assert.True(scope.HasDomain);
        Assert.False(scope.DomainIncomplete);

        var withVectors = declarations.BindVectorParams(scope, new LetExpansions());
        Assert.Equal(0, bag.Count);
        Assert.Equal(["a", "c"], withVectors.Params.Select(p => p.Name));
        Assert.Equal(new VectorLength(0, EquatableArray.Of("n")), withVectors.Params[1].Length);
    }

    [Fact]
    public void The_declarations_report_a_name_declared_twice_and_refuse_it_once()
    {
        var bag = new DiagnosticBag();
        var scope = new DeclarationBinder(bag, s => s).Bind(CompileSteps.ParseSingle(Small.Replace("param a = 2", "param n = 2"), bag));
        Assert.Equal([DiagnosticCodes.DuplicateDeclaration], bag.Items.Select(d => d.Code));
        Assert.Equal(1, scope.Declared.Count(d => d.Name == "n"));
        Assert.Equal("dim", scope.Find("n")!.Kind);
    }

    private static readonly SourceSpan At = new(0, 1, 1, 1);

    /// <summary>A scope made by hand: param a, dim n, coordinates t and x (a vector of length n), one let.</summary>
    private static ProblemScope HandMade() =>
        new ProblemScope(
            EquatableArray.Of(new DeclaredName("a", "param", At), new DeclaredName("n", "dim", At), new DeclaredName("sq", "let", At),
                new DeclaredName("t", "coordinate", At), new DeclaredName("x", "coordinate", At)),
            EquatableArray.Of(new DimModel("n", 3, At)),
            EquatableArray.Of(new ParamModel("a", 2, At)),
            EquatableArray<Syntax.VectorParamSyntax>.Empty,
            EquatableArray.Of(new Syntax.LetSyntax(new Syntax.Identifier("sq", At), EquatableArray<Syntax.Identifier>.Empty, false, Parse("|x|^2"), At)),
            EquatableArray<Syntax.CoordinateSyntax>.Empty,
            EquatableArray<Syntax.SampleSyntax>.Empty,
            EquatableArray.Of("u"))
        {
            HasDomain = true,
            Coordinates = EquatableArray.Of(new ScopeCoordinate("t", true, null), new ScopeCoordinate("x", false, new VectorLength(0, EquatableArray.Of("n")))),
        };

    private static Syntax.ExprSyntax Parse(string text) => ExpressionParser.Expression.End()(TextInput.Of(text)).Value;

    [Fact]
    public void An_expression_binds_against_a_hand_made_scope_without_the_rest_of_the_binder()
    {
        var bag = new DiagnosticBag();
        var bound = new ExpressionBinder(HandMade(), bag, new LetExpansions()).Bind(Parse("a*sq + u_t + sum(grad u)"));
        Assert.Equal(0, bag.Count);
        Assert.True(bound.Type.IsScalar);
        Assert.Equal("a*|x|^2 + u_t + sum(grad(u))", ExpressionPrinter.Print(bound));
    }

    [Fact]
    public void An_expression_against_a_hand_made_scope_reports_what_the_scope_lacks()
    {
        var bag = new DiagnosticBag();
        var bound = new ExpressionBinder(HandMade(), bag, new LetExpansions()).Bind(Parse("b*x[1]"));
        Assert.IsType<BoundError>(bound);
        Assert.Equal([(DiagnosticCodes.UnknownName, "unknown name 'b': did you mean 'a'?")], bag.Items.Select(d => (d.Code, d.Message)));
    }
}
