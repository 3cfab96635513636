using Xunit;

namespace PdeDsl.Language.Tests;

/// <summary>The train statement (second edition, docs/language.md): settings become trainer options in order, in the trainer's spelling.</summary>
public class TrainStatementTests
{
    private static IEnumerable<string> Arguments(CompilationResult r)
    {
        Assert.True(r.Diagnostics.Count == 0, string.Join("\n", r.Diagnostics));
        return Assert.Single(r.Problems).TrainSettings.SelectMany(s => new[] { s.Option, s.Value });
    }

    [Fact]
    public void Settings_become_options_in_order_with_network_as_layers_and_width()
    {
        var r = PdeCompiler.CompileFile("""
            problem P {
              domain x in [0, 1]
              train  steps = 2000, samples = 64, sigma = 0.1 // a comment
              pde    u_xx = 0
              train  network = 3x64 tanh, noise = per-point, lr = 1e-3, seed = -4, output-scale = auto
            }
            """);
        Assert.Equal(new[] { "--steps", "2000", "--samples", "64", "--sigma", "0.1", "--hidden-layers", "3", "--hidden-width", "64",
            "--noise", "per-point", "--lr", "0.001", "--seed", "-4", "--output-scale", "auto" }, Arguments(r));
        var steps = r.Problems[0].TrainSettings[0];
        Assert.Equal((3, 10), (steps.Span.Line, steps.Span.Column));
    }

    [Fact]
    public void One_line_problems_and_attributes_take_the_statement_too()
    {
        Assert.Equal(new[] { "--steps", "5", "--hidden-layers", "2", "--hidden-width", "8" },
            Arguments(PdeCompiler.CompileFile("problem P { domain x in [0, 1] train steps = 5, network = 2x8 pde lap(u) = 0 }")));
        Assert.Equal(new[] { "--device", "cpu" },
            Arguments(PdeCompiler.CompileStatements("P", null, Samples.Statements(
                ("domain", new[] { "x in [0, 1]" }), ("pde", new[] { "lap(u) = 0" }), ("train", new[] { "device = cpu" })))));
    }

    [Fact]
    public void A_problem_without_a_train_statement_has_no_settings_and_train_is_a_reserved_word()
    {
        var r = PdeCompiler.CompileFile("problem P { domain x in [0, 1] pde lap(u) = 0 }");
        Assert.Empty(Arguments(r));
        Assert.True(PdeCompiler.CompileFile("problem P { param train = 1 domain x in [0, 1] pde lap(u) = 0 }").HasErrors);
    }
}
