using PdeDsl.Language.Grouping;
using Xunit;

namespace PdeDsl.Language.Tests;

/// <summary>The printer writes canonical text that compiles back to an equal model.</summary>
public class PrinterTests
{
    public const string Heat = """
        namespace Samples.Heat;
        problem Heat {
          dim n = 5
          param T = 2
          param κ = 0.25
          let bump(v) = exp(-|v|^2) * (1 - v[1])
          domain t in [0, T], s in [-1, 1], x in [0, 1]^n
          pde u_t - κ*Δu + u_s*(grad u)[1] - u_ss/2 = sum(x)/n + x[n]
          on t = 0: u = bump(x) + s^2
          on s = -1: u_s = 0
          on boundary: u = 0
          exact exp(-t)*bump(x)
        }
        """;

    public static TheoryData<string> Problems => new() { Samples.Hjb, Samples.Poisson2D, Heat };

    private static GroupedProblem One(string text)
    {
        var r = PdeCompiler.CompileFile(text);
        Assert.True(r.Diagnostics.Count == 0, text + "\n" + string.Join("\n", r.Diagnostics));
        return Assert.Single(r.Problems);
    }

    [Theory]
    [MemberData(nameof(Problems))]
    public void Printing_and_compiling_again_gives_an_equal_model(string text)
    {
        var model = One(text);
        var printed = ProblemPrinter.Print(model);
        var again = One(printed);
        Assert.Equal(ModelText.WithoutSources(model), ModelText.WithoutSources(again));
        // The printed text is a fixed point, spans and source texts included.
        Assert.Equal(printed, ProblemPrinter.Print(again));
        Assert.Equal(again, One(ProblemPrinter.Print(again)));
    }

    [Fact]
    public void Poisson2D_prints_as_canonical_text()
    {
        Assert.Equal("""
            problem Poisson2D {
              domain x in [0, 1], y in [0, 1]
              pde lap(u) = -sin(x + y)
              on boundary: u = 0.5*sin(x + y)
              exact 0.5*sin(x + y)
            }

            """.Replace("\r\n", "\n"), ProblemPrinter.Print(One(Samples.Poisson2D)));
    }

    [Fact]
    public void Hjb_prints_with_its_let_inlined()
    {
        var printed = ProblemPrinter.Print(One(Samples.Hjb));
        Assert.Contains("  domain t in [0, T], x in [0, 1]^n\n", printed);
        Assert.Contains("  pde u_t + lap(u) - lambda*|grad(u)|^2 = 0\n", printed);
        Assert.Contains("  on t = T: u = ln((1 + |x|^2)/2)\n", printed);
        Assert.StartsWith("namespace Samples.Hjb;\n", printed);
    }

    private static string Sum(int operators, string first = "y") =>
        first + string.Concat(Enumerable.Range(0, operators).Select(k => (k % 3 == 1 ? " - " : " + ") + (k % 4 == 2 ? "1" : "z")));

    /// <summary>
    /// Sums whose bound left spine is longer than the text's chain: the binder balances chains of more than 32
    /// operators, so a printer that flattened these into one chain would re-bind them as another tree.
    /// </summary>
    public static TheoryData<string> LongLeftSpines => new()
    {
        Sum(32, "(y - 1)"),          // a parenthesised sum first: 33 operators when flattened (seed eMowdFIFToY1)
        Sum(32, "c"),                // a let whose body is a sum first
        Sum(32, "h(y, z)"),          // a let call whose body is a sum first
        Sum(40, $"({Sum(32)})"),     // 72 operators bound as one left spine, through parentheses
        Sum(33, $"({Sum(32)})"),     // a balanced sum whose first leaf is a 32-operator spine
        Sum(100, $"({Sum(40, $"({Sum(32)})")})"),
    };

    [Theory]
    [MemberData(nameof(LongLeftSpines))]
    public void Sums_with_long_left_spines_print_as_text_that_binds_to_the_same_tree(string text)
    {
        var bound = Context.BindOk(text);
        var printed = ExpressionPrinter.Print(bound);
        Assert.Equal(bound, Context.BindOk(printed));
        Assert.Equal(printed, ExpressionPrinter.Print(Context.BindOk(printed)));
    }
}
