using System.Linq;
using PdeDsl.Generator.Tests.Infrastructure;
using Xunit;

namespace PdeDsl.Generator.Tests;

/// <summary>The attribute form of vector params and the ansatz: [Param("c[n] ~ normal(0, 1)")], [Ansatz("u = ...")].</summary>
public class AnsatzAttributeTests
{
    private const string Attributes = """
        using PdeDsl;

        namespace UserProject;

        [Dim("n", 100)]
        [Param("c[n] ~ normal(0, 1)")]
        [Let("s(y) = (1 - |y|^2) * sum(c[1..n-1] * sin(y[1..n-1] + cos(y[2..n]) + y[2..n]*cos(y[1..n-1])))")]
        [Domain("x in R^n where |x| <= 1")]
        [Sample("x ~ radial")]
        [Ansatz("u = (1 - |x|^2) * net")]
        [Pde("lap(u) + sin(u) = lap(s(x)) + sin(s(x))")]
        [Exact("s(x)")]
        public partial class SineGordonTwoBody { }
        """;

    /// <summary>The text from the first line holding <paramref name="from"/> to the end of its member.</summary>
    private static string Member(string source, string from)
    {
        var lines = source.Replace("\r\n", "\n").Split('\n');
        int start = System.Array.FindIndex(lines, l => l.Contains(from));
        Assert.True(start >= 0, $"no '{from}' in the generated source");
        int end = System.Array.FindIndex(lines, start, l => l == "        }");
        return string.Join("\n", lines.Skip(start).Take(end - start + 1));
    }

    [Fact]
    public void The_attribute_form_emits_what_the_file_form_does()
    {
        var attributes = GeneratorHarness.Run(System.Array.Empty<(string, string)>(), ("/project/SineGordonTwoBody.cs", Attributes));
        Assert.Empty(attributes.Exceptions);
        Assert.Empty(attributes.Diagnostics);
        Assert.Empty(attributes.CompilationProblems);
        var file = GeneratorHarness.RunFile(SampleProblems.SineGordonTwoBody, "/project/sine-gordon.pde");
        foreach (var member in new[] { "private global::TorchSharp.torch.Tensor pdeResidual0(", "public global::TorchSharp.torch.Tensor Solution(", "public global::TorchSharp.torch.Tensor ExactSolution(" })
            Assert.Equal(Member(file.SingleSource, member), Member(attributes.SingleSource, member));
        Assert.Contains("public double[] C => pdeVector_c.Values(N, 0.0, 1.0, ParamSeed);", attributes.SingleSource);
    }
}
