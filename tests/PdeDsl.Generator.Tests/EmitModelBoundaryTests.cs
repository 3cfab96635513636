using System.Linq;
using System.IO;
using System.Text.RegularExpressions;
using PdeDsl.Language;
using PdeDsl.Language.Grouping;

namespace PdeDsl.Generator.Tests;

/// <summary>
/// The generator reads nothing of a problem but the lowering stage's <c>EmitProblem</c>: it hands the parser's compiled
/// problems to lowering without naming them, and no earlier stage's model appears in its sources (the calculus stage's
/// types are internal to the parser, so it cannot name those).
/// </summary>
public class EmitModelBoundaryTests
{
    [Fact]
    public void No_source_of_the_generator_names_a_model_of_an_earlier_stage()
    {
        var root = System.AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "PdeDsl.sln"))) root = Path.GetDirectoryName(root)!;
        var generator = Path.Combine(root, "src", "PdeDsl.Generator");
        var sources = Directory.GetFiles(generator, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .ToList();
        var earlier = new[] { nameof(ProblemModel), nameof(EquationModel), nameof(GroupedProblem), nameof(GroupedEquation) };

        Assert.Contains(sources, f => File.ReadAllText(f).Contains("EmitProblem"));
        Assert.All(sources, file => Assert.All(earlier, name =>
            Assert.False(Regex.IsMatch(File.ReadAllText(file), $@"\b{name}\b"), $"{Path.GetRelativePath(root, file)} names {name}")));
    }
}
