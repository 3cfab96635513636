using System.Linq;
using Microsoft.CodeAnalysis;
using PdeDsl.Generator.Tests.Infrastructure;

namespace PdeDsl.Generator.Tests;

/// <summary>Errors land on the exact place: the .pde file's line and column, or inside the attribute's string.</summary>
public class DiagnosticTests
{
    [Fact]
    public void A_typo_in_a_pde_file_is_an_error_at_its_line_and_column()
    {
        var text = SampleProblems.Poisson2D.Replace("-sin(x + y)\n", "-sinn(x + y)\n");
        var run = GeneratorHarness.RunFile(text, "/project/poisson.pde");
        var error = Assert.Single(run.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Matches("^PDE0[0-9]{3}$", error.Id);
        Assert.Equal("/project/poisson.pde", error.Location.GetLineSpan().Path);
        Assert.Equal(DiagnosticText.Find(text, "sinn"), DiagnosticText.Start(error));
        Assert.Equal("sinn", DiagnosticText.Covered(error, text));
        Assert.Contains("sinn", error.GetMessage());
        Assert.Empty(run.Sources); // nothing half-bound is emitted
    }

    [Fact]
    public void A_file_with_two_problems_reports_each_error_in_place_and_still_emits_the_good_problem()
    {
        var text = SampleProblems.Poisson2D + "\nproblem Broken {\n  domain x in [0, 1]\n  pde lap(u) = z\n}\n";
        var run = GeneratorHarness.RunFile(text);
        var error = Assert.Single(run.Diagnostics);
        Assert.Equal(DiagnosticText.Find(text, "= z") with { Column = DiagnosticText.Find(text, "= z").Column + 2 }, DiagnosticText.Start(error));
        Assert.Contains("Poisson2D", Assert.Single(run.Sources).Value);
    }

    [Theory]
    [InlineData("[Pde(\"lap(u) = -sinn(x + y)\")]")]
    [InlineData("[Pde(@\"lap(u) =\n      -sinn(x + y)\")]")]
    [InlineData("[Pde(\"lap(u) = \\u002Dsinn(x + y)\")]")]
    [InlineData("[Pde(equation: \"lap(u) = -sinn(x + y)\")]")]
    [InlineData("[Pde(\"\"\"lap(u) = -sinn(x + y)\"\"\")]")]
    public void A_typo_in_an_attribute_string_points_inside_the_string(string pde)
    {
        var source = SampleProblems.Poisson2DAttributes.Replace("[Pde(\"lap(u) = -sin(x + y)\")]", pde);
        var run = GeneratorHarness.Run(System.Array.Empty<(string, string)>(), ("/project/Poisson2D.cs", source));
        var error = Assert.Single(run.Diagnostics);
        Assert.Matches("^PDE0[0-9]{3}$", error.Id);
        Assert.Equal("/project/Poisson2D.cs", error.Location.GetLineSpan().Path);
        Assert.Equal("sinn", DiagnosticText.Covered(error, source));
        Assert.Equal(DiagnosticText.Find(source, "sinn"), DiagnosticText.Start(error));
    }

    [Fact]
    public void A_condition_error_points_into_its_second_argument()
    {
        var source = SampleProblems.Poisson2DAttributes.Replace("\"u = 0.5*sin(x + y)\"", "\"u = 0.5*sin(x + q)\"");
        var run = GeneratorHarness.Run(System.Array.Empty<(string, string)>(), ("/project/Poisson2D.cs", source));
        var error = Assert.Single(run.Diagnostics);
        Assert.Equal(DiagnosticText.Find(source, "q)"), DiagnosticText.Start(error));
    }

    [Fact]
    public void A_sample_attribute_binds_and_its_errors_point_inside_its_string()
    {
        const string good = """
            using PdeDsl;
            namespace N;
            [Dim("n", 4)]
            [Domain("t in [0, 1], x in R^n")]
            [Sample("x ~ normal(0, sqrt(2*t))")]
            [Pde("u_t + lap(u) = 0")]
            [Condition("t = 1", "u = sum(x)")]
            public partial class Heat { }
            """;
        var ok = GeneratorHarness.Run(System.Array.Empty<(string, string)>(), ("/project/Heat.cs", good));
        Assert.Empty(ok.Diagnostics);
        Assert.Contains("LawSampler.Normal", Assert.Single(ok.Sources).Value);
        Assert.Empty(ok.CompilationProblems);

        var bad = good.Replace("sqrt(2*t)", "sqrt(2*q)");
        var run = GeneratorHarness.Run(System.Array.Empty<(string, string)>(), ("/project/Heat.cs", bad));
        var error = Assert.Single(run.Diagnostics);
        Assert.Equal("PDE0010", error.Id);
        Assert.Equal(DiagnosticText.Find(bad, "q)"), DiagnosticText.Start(error));

        var later = good.Replace("sqrt(2*t)", "sum(x)");
        var own = Assert.Single(GeneratorHarness.Run(System.Array.Empty<(string, string)>(), ("/project/Heat.cs", later)).Diagnostics);
        Assert.Equal("PDE0033", own.Id);
        Assert.Equal(DiagnosticText.Find(later, "sum(x)"), DiagnosticText.Start(own));
    }

    [Fact]
    public void A_class_with_a_domain_but_no_pde_hears_that_the_pde_is_missing_at_its_name()
    {
        var source = "using PdeDsl;\nnamespace N;\n[Domain(\"x in [0, 1]\")]\npublic partial class NoPde { }\n";
        var run = GeneratorHarness.Run(System.Array.Empty<(string, string)>(), ("/project/NoPde.cs", source));
        var error = Assert.Single(run.Diagnostics);
        Assert.Equal("PDE0021", error.Id);
        Assert.Equal("NoPde", DiagnosticText.Covered(error, source));
    }

    [Theory]
    [InlineData("public class Plain { }", "PDE9001")]
    [InlineData("public static partial class Outer { [Pde(\"u = 0\")] public partial class Inner { } }", "PDE9002")]
    [InlineData("public partial class Generic<T> { }", "PDE9002")]
    public void Classes_that_cannot_host_a_problem_are_reported_on_their_name(string declaration, string id)
    {
        var source = "using PdeDsl;\n[Domain(\"x in [0, 1]\")]\n[Pde(\"lap(u) = 0\")]\n" + declaration;
        var run = GeneratorHarness.Run(System.Array.Empty<(string, string)>(), ("/project/Bad.cs", source));
        Assert.Contains(run.Diagnostics, d => d.Id == id);
        Assert.DoesNotContain(run.Sources, s => s.Value.Contains("IPdeProblem"));
    }

    [Fact]
    public void Two_problems_of_one_name_from_two_sources_give_one_error_on_the_second()
    {
        // Two files of one name (hint names carry the path's hash) and an attributed class, all named Poisson2D in UserProject.
        var attributes = SampleProblems.Poisson2DAttributes.Replace("namespace Samples;", "namespace UserProject;");
        var run = GeneratorHarness.Run(new[] { ("/a/p.pde", SampleProblems.Poisson2D), ("/b/p.pde", SampleProblems.Poisson2D) },
            ("/c/Poisson2D.cs", attributes));
        Assert.True(!run.Exceptions.Any(), string.Join("\n", run.Exceptions));
        Assert.Single(run.Sources);
        var errors = run.Diagnostics.Where(d => d.Id == "PDE9004").ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Contains("Poisson2D", e.GetMessage()));
        Assert.DoesNotContain(run.CompilationProblems, d => d.Id == "CS0102");
    }

    [Fact]
    public void The_diagnostics_page_lists_every_code_of_the_generator()
    {
        var root = System.AppContext.BaseDirectory;
        while (!System.IO.File.Exists(System.IO.Path.Combine(root, "PdeDsl.sln"))) root = System.IO.Path.GetDirectoryName(root)!;
        var page = System.IO.File.ReadAllText(System.IO.Path.Combine(root, "docs", "diagnostics.md"));
        var codes = typeof(PdeDsl.Generator.Diagnostics.DiagnosticDescriptors).GetFields()
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetValue(null)!).Where(v => v.StartsWith("PDE")).ToList();
        Assert.Contains("PDE9001", codes);
        Assert.All(codes, code => Assert.Contains($"| {code} |", page));
    }
}
