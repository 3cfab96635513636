using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using PdeDsl.Generator.Model;
using PdeDsl.Generator.Tests.Infrastructure;
using PdeDsl.Language;

namespace PdeDsl.Generator.Tests;

/// <summary>
/// Inputs that break every stage (file text, attribute arguments, class shapes, the emitter) give
/// diagnostics, never an escaped exception (Roslyn would turn it into CS8785 and drop all output).
/// Whatever does bind must compile.
/// </summary>
public class NeverThrowsTests
{
    [Fact]
    public void Broken_and_mutated_pde_files_give_diagnostics_and_whatever_binds_compiles()
    {
        var files = new List<(string, string)>
        {
            ("/p/empty.pde", ""),
            ("/p/blank.pde", "  \n\t// only a comment\n"),
            ("/p/binary.pde", "\0\u0001\uFFFF problem \uD800"),
            ("/p/unclosed.pde", "problem A { domain x in [0, 1] pde lap(u) = |x"),
            ("/p/deep.pde", "problem B { domain x in [0, 1] pde " + new string('(', 5000) + "u" + new string(')', 5000) + " = 0 }"),
            ("/p/number.pde", "problem C { domain x in [0, 1e] pde lap(u) = 0 }"),
            ("/p/nobrace.pde", "problem D { domain x in [0, 1]"),
        };
        // Deterministic single-character mutations of the HJB sample and of the second edition's domains
        // (laws, balls, spheres, normals): deletions, insertions, replacements.
        var random = new Random(20261126);
        const string alphabet = "u_x()[]|^*/+-=:;,{}0123456789 \nabcdefgpqrstxyzΔ∇λ~<Rℝ";
        var originals = new[] { SampleProblems.Hjb, SampleProblems.HjbRn, SampleProblems.BallPoisson, SampleProblems.Laws, SampleProblems.Strip, SampleProblems.BoxNeumann };
        for (int i = 0; i < 390; i++)
        {
            var original = i < 150 ? originals[0] : originals[1 + (i - 150) % (originals.Length - 1)];
            var text = new StringBuilder(original);
            int at = random.Next(text.Length);
            switch (random.Next(3))
            {
                case 0: text.Remove(at, 1); break;
                case 1: text.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                default: text[at] = alphabet[random.Next(alphabet.Length)]; break;
            }
            // One class name per file, so that files that still bind do not collide.
            files.Add(($"/p/m{i}.pde", Regex.Replace(text.ToString(), @"\b(Hjb|BallPoisson|Laws|Strip|BoxNeumann)\b", "${1}" + i)));
        }

        var run = GeneratorHarness.Run(files);

        Assert.Empty(run.Exceptions);
        Assert.DoesNotContain(run.DriverDiagnostics, d => d.Id == "CS8785");
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "PDE9999");
        var withErrors = run.Diagnostics.Select(d => d.Location.GetLineSpan().Path).ToHashSet();
        Assert.All(files.Take(7), f => Assert.Contains(f.Item1, withErrors));
        Assert.All(run.Diagnostics, d => Assert.True(d.Location.SourceSpan.End <= files.Single(f => f.Item1 == d.Location.GetLineSpan().Path).Item2.Length));
        Assert.True(run.Sources.Count > 10, "Some mutations (in comments, numbers) still bind.");
        Assert.Empty(run.CompilationProblems);
    }

    [Theory]
    [InlineData("[Domain(\"x in [0, 1]\")][Pde(null)]")]
    [InlineData("[Domain(\"x in [0, 1]\")][Pde(Undefined.Constant)]")]
    [InlineData("[Domain(\"x in [0, 1]\")][Pde(\"\")]")]
    [InlineData("[Domain(\"x in [0, 1]\")][Pde(\"lap(u) = 0\")][Dim(\"n\")]")]
    [InlineData("[Domain(\"x in [0, 1]\")][Pde(\"lap(u) = 0\")][Param(\"a\", double.NaN)]")]
    [InlineData("[Domain(\"x in [0, 1]\")][Pde(\"lap(u) = 0\")][Condition(\"nowhere\", \"u = 0\")]")]
    [InlineData("[Domain(\"x in [0, 1]\")][Pde(\"lap(u) = 0\")][Exact(\"u\")][Exact(\"0\")]")]
    [InlineData("[Domain(\"x in [0, 1]\" + \"]\")][Pde(\"lap(u) = \\\"\")]")]
    [InlineData("[Pde(\"lap(u) = 0\")]")]
    [InlineData("[Domain(\"x in R^2\")][Pde(\"lap(u) = 0\")][Sample(\"x ~ normal(0, x)\")]")]
    [InlineData("[Domain(\"x in R^2 where |x| <= -1\")][Pde(\"lap(u) = 0\")][Condition(\"|x| = 1\", \"dot(normal, grad u) = 0\")]")]
    [InlineData("[Domain(\"x in R\")][Pde(\"lap(u) = 0\")][Sample(null)]")]
    public void Broken_attributes_give_diagnostics_not_exceptions(string attributes)
    {
        var source = "using PdeDsl;\nnamespace N;\n" + attributes + "\npublic partial class P { }\n";
        var run = GeneratorHarness.Run(Array.Empty<(string, string)>(), ("/p/P.cs", source));
        Assert.Empty(run.Exceptions);
        Assert.DoesNotContain(run.DriverDiagnostics, d => d.Id == "CS8785");
        Assert.Contains(run.Diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error && d.Id.StartsWith("PDE", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "PDE9999");
    }

    [Fact]
    public void An_emitter_failure_becomes_an_internal_error_diagnostic()
    {
        var model = Models.Poisson2D() with
        {
            Exact = new BoundCall("frobnicate", EquatableArray.Of(Models.Scalar("x")), ExprType.Scalar),
        };
        var result = PdeGenerator.EmitSource(new EmitRequest(Language.Lowering.EmitLowering.Lower(model), "P.g.cs", "test", false, EquatableArray<int>.Empty), default);
        Assert.Null(result.Text);
        Assert.Equal("PDE9999", result.Error!.Code);
        Assert.Contains("frobnicate", result.Error.Message);
    }

    [Fact]
    public void Deep_and_long_formulas_emit_code_that_compiles()
    {
        var deep = string.Concat(Enumerable.Repeat("sin(", 60)) + "x" + new string(')', 60);
        var terms = string.Join(" + ", Enumerable.Range(1, 300).Select(k => $"{k}*cos({k}*y)"));
        var text = $"problem Long {{\n  domain x in [0, 1], y in [0, 1]\n  pde lap(u) = {deep}\n  on boundary: u = {terms}\n}}\n";
        var run = GeneratorHarness.RunFile(text);
        Assert.Empty(run.Exceptions);
        Assert.Empty(run.Diagnostics);
        Assert.Contains("var v60 = v59.sin();", run.SingleSource);
        Assert.Empty(run.CompilationProblems);
    }
}
