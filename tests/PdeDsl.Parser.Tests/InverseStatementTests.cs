using PdeDsl.Language.Grouping;
using Xunit;

namespace PdeDsl.Language.Tests;

/// <summary>Inverse problems (second edition, docs/language.md): learned params and observations.</summary>
public class InverseStatementTests
{
    private static GroupedProblem Bind(string text)
    {
        var r = PdeCompiler.CompileFile(text);
        Assert.True(r.Diagnostics.Count == 0, string.Join("\n", r.Diagnostics));
        return Assert.Single(r.Problems);
    }

    [Fact]
    public void A_learned_param_keeps_its_default_and_is_marked_learned()
    {
        var p = Bind("""
            problem HeatInverse {
              param kappa = 0.5 learn                // trained with the network
              param c = -2
              domain t in [0, 1], x in [0, 1]
              pde u_t = kappa*u_xx
              on t = 0: u = sin(pi*x)
              observe "heat.csv": u                  // columns t, x, u
            }
            """);
        Assert.Equal(new[] { ("kappa", 0.5, true), ("c", -2.0, false) }, p.Params.Select(q => (q.Name, q.DefaultValue, q.Learned)));
        var o = Assert.Single(p.Observations);
        Assert.Equal(("heat.csv", "u", 7), (o.File, string.Join(",", o.Unknowns), o.Span.Line));
    }

    [Fact]
    public void A_quoted_file_name_may_hold_keywords_and_slashes_and_the_printer_round_trips()
    {
        var p = Bind("problem P { domain x in [0, 1] pde u_xx = 0 observe \"data//on pde.csv\": u }");
        Assert.Equal("data//on pde.csv", Assert.Single(p.Observations).File);
        var printed = ProblemPrinter.Print(Bind("problem P { param k = 1.5 learn domain x in [0, 1] pde u_xx = k observe \"a.csv\": u }"));
        Assert.Contains("param k = 1.5 learn\n", printed);
        Assert.Contains("observe \"a.csv\": u\n", printed);
        Assert.Equal(printed, ProblemPrinter.Print(Bind(printed)));
    }

    [Fact]
    public void Learn_is_a_word_only_after_a_params_value()
    {
        Assert.True(PdeCompiler.CompileFile("problem P { dim n = 2 learn domain x in [0, 1] pde u_xx = 0 }").HasErrors);
        Assert.False(PdeCompiler.CompileFile("problem P { param learn = 2 domain x in [0, 1] pde u_xx = learn }").HasErrors);
    }

    [Fact]
    public void Models_differ_when_only_learning_or_observing_differs()
    {
        // The generator's incremental cache compares models by value: learning must be part of that value.
        var fixedParam = Bind("problem P { param k = 1 domain x in [0, 1] pde u_xx = k }");
        var learned = Bind("problem P { param k = 1 learn domain x in [0, 1] pde u_xx = k }");
        var observed = Bind("problem P { param k = 1 domain x in [0, 1] pde u_xx = k observe \"a.csv\": u }");
        Assert.NotEqual(fixedParam, learned);
        Assert.NotEqual(fixedParam, observed);
        Assert.Equal(learned, Bind("problem P { param k = 1 learn domain x in [0, 1] pde u_xx = k }"));
    }

    [Fact]
    public void The_attribute_form_learns_and_observes_like_the_file()
    {
        var r = PdeCompiler.CompileStatements("HeatInverse", null, Samples.Statements(
            ("learn", new[] { "kappa", "0.5" }),
            ("domain", new[] { "t in [0, 1], x in [0, 1]" }),
            ("pde", new[] { "u_t = kappa*u_xx" }),
            ("observe", new[] { "data/heat.csv", "u" })));
        Assert.True(r.Diagnostics.Count == 0, string.Join("\n", r.Diagnostics));
        var p = Assert.Single(r.Problems);
        Assert.True(Assert.Single(p.Params).Learned);
        Assert.Equal(0.5, p.Params[0].DefaultValue);
        Assert.Equal(("data/heat.csv", "u"), (p.Observations[0].File, string.Join(",", p.Observations[0].Unknowns)));

        var bad = PdeCompiler.CompileStatements("P", null, Samples.Statements(
            ("domain", new[] { "x in [0, 1]" }), ("pde", new[] { "u_xx = 0" }), ("observe", new[] { "a.csv", "u, w" }), ("learn", new[] { "k" })));
        Assert.Equal(new[] { (DiagnosticCodes.BadObserve, 2, 1), (DiagnosticCodes.AttributeArguments, 3, -1) },
            bad.Diagnostics.Select(d => (d.Code, d.Statement, d.Argument)).OrderBy(d => d.Item2));
    }
}
