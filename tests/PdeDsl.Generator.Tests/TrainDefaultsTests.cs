using System.Linq;
using PdeDsl.Generator.Tests.Infrastructure;

namespace PdeDsl.Generator.Tests;

/// <summary>
/// The train statement in both forms: the generated class also implements IPdeTrainingDefaults with the settings as
/// train arguments, compiled warning-free; a problem without one does not; a bad setting is PDE0050 in place.
/// </summary>
public class TrainDefaultsTests
{
    private static string[] Arguments(GeneratorRun run)
    {
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        var type = run.Output.GetTypeByMetadataName("UserProject.P") ?? run.Output.GetTypeByMetadataName("Attr.P");
        Assert.NotNull(type);
        Assert.Contains(type!.AllInterfaces, i => i.ToDisplayString() == "PdeDsl.IPdeTrainingDefaults");
        var source = run.SingleSource;
        return source.Split('\n').Where(l => l.TrimStart().StartsWith("\"--")).Select(l => l.Trim()).ToArray();
    }

    [Fact]
    public void A_files_train_statement_becomes_training_arguments()
    {
        var run = GeneratorHarness.RunFile("problem P {\n domain x in [0, 1]\n pde u_xx = 0\n train steps = 20, network = 2x8 tanh\n}\n");
        Assert.Equal(new[] { "\"--steps\", \"20\",", "\"--hidden-layers\", \"2\",", "\"--hidden-width\", \"8\"," }, Arguments(run));
    }

    [Fact]
    public void The_train_attribute_becomes_training_arguments()
    {
        const string source = """
            using PdeDsl;
            namespace Attr;
            [Domain("x in [0, 1]")]
            [Pde("u_xx = 0")]
            [Train("samples = 16, noise = per-point")]
            public partial class P { }
            """;
        var run = GeneratorHarness.Run(System.Array.Empty<(string, string)>(), ("/project/P.cs", source));
        Assert.Equal(new[] { "\"--samples\", \"16\",", "\"--noise\", \"per-point\"," }, Arguments(run));
    }

    [Fact]
    public void Without_a_train_statement_the_class_has_no_training_defaults_and_a_bad_setting_is_reported_in_place()
    {
        var plain = GeneratorHarness.RunFile("problem P {\n domain x in [0, 1]\n pde u_xx = 0\n}\n");
        Assert.DoesNotContain("IPdeTrainingDefaults", plain.SingleSource);

        var bad = GeneratorHarness.RunFile("problem P {\n domain x in [0, 1]\n pde u_xx = 0\n train stepz = 20\n}\n");
        var d = Assert.Single(bad.Diagnostics);
        Assert.Equal("PDE0050", d.Id);
        Assert.Equal((3, 7), (d.Location.GetLineSpan().StartLinePosition.Line, d.Location.GetLineSpan().StartLinePosition.Character));
    }
}
