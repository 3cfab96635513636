using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PdeDsl.Generator.Emission;
using PdeDsl.Generator.Tests.Infrastructure;

namespace PdeDsl.Generator.Tests;

/// <summary>
/// No user text can become code. Every text that reaches generated C# (statement texts in comments and string literals,
/// file names in comments and XML docs, names, attribute arguments with their escapes, and the string literals the second
/// edition brings, such as a file name in <c>observe "file.csv"</c>) is given break-out attempts: quotes, backslashes,
/// new lines, <c>*/</c>, <c>//</c>, Unicode line separators, <c>#line</c>, <c>\u0022</c> escapes. The output must compile (or be
/// refused with a diagnostic) to the same members, with no extra type or member.
/// </summary>
public class InjectionTests
{
    /// <summary>Texts that would end a literal, a comment or a line, or start a directive, in naive generated C#.</summary>
    public static readonly string[] Payloads =
    {
        "\"; } public class Evil { const string S = \"",
        "\\\"; } public class Evil { //",
        "\\",
        "a\nb\r\nc\rd",
        "*/ public class Evil { } /*",
        "// \n public class Evil { }",
        "x\u2028public class Evil { }\u2029public class Evil2 { }\u0085public class Evil3 { }",
        "\n#line 1 \"evil.cs\"\n#error injected\n",
        "\\u0022; } public class Evil { //",
        "\u0022\u0027\u005C",
        "\0\u0001\u001b[31m\u007f\u009f",
        "<summary>&amp;</c></summary> <![CDATA[ ]]> -->",
        "\uD800 lone \uDC00 surrogates 😀 \uFFFE\uFFFF \uDBFF",
        "{0} {{ }} $\"{x}\" @\"\" \"\"\"raw\"\"\"",
    };

    public static IEnumerable<object[]> EachPayload() => Payloads.Select((p, i) => new object[] { i });

    [Theory]
    [MemberData(nameof(EachPayload))]
    public void A_string_literal_holds_any_text_exactly_and_nothing_else(int index)
    {
        string payload = Payloads[index];
        var tree = Parse($"internal static class C {{ public const string S = {CSharpText.String(payload)}; }}");
        var compilation = GeneratorHarness.Compilation().AddSyntaxTrees(tree);
        AssertCompilesToOnly(compilation, new[] { "C" });
        var declarator = tree.GetRoot().DescendantNodes().OfType<VariableDeclaratorSyntax>().Single();
        var field = (IFieldSymbol)compilation.GetSemanticModel(tree).GetDeclaredSymbol(declarator)!;
        Assert.Equal(payload, (string)field.ConstantValue!);
        Assert.Equal(new[] { ".cctor", "S" }.Where(n => n != ".cctor"), compilation.GetTypeByMetadataName("C")!.GetMembers().Select(m => m.Name).Where(n => n != ".cctor"));
    }

    [Theory]
    [MemberData(nameof(EachPayload))]
    public void A_line_comment_and_an_xml_doc_hold_any_text_and_nothing_else(int index)
    {
        string payload = Payloads[index];
        var source = $"// {CSharpText.OneLine(payload)}\n/// <summary>{CSharpText.Xml(payload)}</summary>\ninternal static class C {{ }}\n";
        var compilation = GeneratorHarness.Compilation().AddSyntaxTrees(Parse(source));
        AssertCompilesToOnly(compilation, new[] { "C" });
        Assert.Empty(compilation.GetTypeByMetadataName("C")!.GetMembers().Where(m => !m.IsImplicitlyDeclared));
        Assert.DoesNotContain(Parse(source).GetRoot().DescendantTrivia(), t => t.IsDirective);
    }

    /// <summary>The Poisson2D problem with one text replaced, as a user might write it.</summary>
    public static IEnumerable<object[]> PdeFiles()
    {
        string Poisson(string pde) => SampleProblems.Poisson2D.Replace("lap(u) = -sin(x + y)", pde);
        var cases = new List<(string Path, string Text)>();
        foreach (var p in Payloads)
        {
            cases.Add(("/p/" + p.Replace("/", "|") + ".pde", SampleProblems.Poisson2D));                     // the file name: comment and XML doc
            cases.Add(("/p/a.pde", Poisson("lap(u) = -sin(x + y) // " + p.Replace("\n", " ").Replace("\r", " ")))); // a comment in the statement
            cases.Add(("/p/b.pde", Poisson("lap(u) = /* " + p.Replace("*/", "* /") + " */ -sin(x + y)")));        // a block comment inside it
            cases.Add(("/p/c.pde", Poisson("lap(u) = -sin(x + y) " + p)));                                        // raw text: refused or harmless
        }
        cases.Add(("/p/d.pde", Poisson("lap(u) = -sin(x + y)\u2028 } public class Evil { ")));
        return cases.Select(c => new object[] { c.Path, c.Text });
    }

    [Theory]
    [MemberData(nameof(PdeFiles))]
    public void A_pde_file_with_break_out_text_compiles_to_the_same_members_or_is_refused(string path, string text) =>
        AssertSameMembersOrRefused(GeneratorHarness.Run(new[] { (path, text) }), "Poisson2D", new[] { "Poisson2D" });

    /// <summary>Attribute arguments: regular strings with escapes, verbatim and raw strings, and concatenations.</summary>
    public static IEnumerable<object[]> AttributeArguments() => new[]
    {
        "\"lap(u) = -sin(x + y) // \\\"); } public class Evil { //\"",
        "\"lap(u) = -sin(x + y) /* \\u0022); } public class Evil { */\"",
        "\"lap(u) = -sin(x + y) \\u0022 \\\\ \\n #line 1 \\u2028\"",
        "\"lap(u) = -sin(x + y)\\n// \\u2028 public class Evil { }\"",
        "@\"lap(u) = -sin(x + y) // \"\"); } public class Evil { //\"",
        "\"\"\"\n    lap(u) = -sin(x + y) /* \"\"); } public class Evil { } */\n    \"\"\"",
        "\"lap(u) = \" + \"-sin(x + y) // */ \\\"\"",
        "\"lap(u) = -sin(x + y) \\\" + 1\"",
    }.Select(a => new object[] { a });

    [Theory]
    [MemberData(nameof(AttributeArguments))]
    public void An_attribute_argument_with_escapes_compiles_to_the_same_members_or_is_refused(string argument)
    {
        string source = SampleProblems.Poisson2DAttributes.Replace("[Pde(\"lap(u) = -sin(x + y)\")]", $"[Pde({argument})]");
        Assert.NotEqual(SampleProblems.Poisson2DAttributes, source);
        AssertSameMembersOrRefused(GeneratorHarness.Run(Array.Empty<(string, string)>(), ("/p/P.cs", source)), "Poisson2D", new[] { "Poisson2D" }, fromAttributes: true);
    }

    /// <summary>Names the DSL accepts that mean something in C# or in the generated code: keywords, the generated method's parameters and locals.</summary>
    [Theory]
    [InlineData("problem @NAME { domain x in [0, 1] pde lap(u) = 0 on boundary: u = 0 }", "class")]
    [InlineData("namespace event.@NAME;\nproblem P { domain x in [0, 1] pde lap(u) = 0 on boundary: u = 0 }", "namespace")]
    [InlineData("problem P { domain points in [0, 1], derivatives in [0, 1] pde lap(u) = points + derivatives on boundary: u = points }", "points")]
    [InlineData("problem P { domain term in [0, 1], count in [0, 1], generator in [0, 1], device in [0, 1], dtype in [0, 1] pde lap(u) = term*count*generator*device*dtype on boundary: u = 0 }", "term")]
    [InlineData("problem P { dim spatial = 2 param value = 1 param name = 2 param index = 3 domain length in [0, value], x in [0, 1]^spatial pde lap(u) = value*name*index*length + sum(x) on boundary: u = 0 }", "value")]
    [InlineData("problem P { param λ = 1 param Name = 2 param Terms = 3 domain x in [0, 1] pde lap(u) = λ*Name*Terms on boundary: u = 0 exact 0 }", "Name")]
    public void Names_that_mean_something_in_csharp_stay_names(string text, string keyword)
    {
        string pde = text.Replace("@NAME", keyword);
        var run = GeneratorHarness.Run(new[] { ("/p/n.pde", pde) });
        Assert.Empty(run.Exceptions);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "PDE9999");
        if (run.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) Assert.Fail("these names are valid in the language: " + string.Join("; ", run.Diagnostics.Select(d => d.GetMessage())));
        Assert.Empty(run.CompilationProblems);
        var types = run.Output.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>().ToList();
        var problem = Assert.Single(types);
        Assert.True(problem.AllInterfaces.Any(i => i.Name == "IPdeProblem"));
    }

    private static void AssertSameMembersOrRefused(GeneratorRun run, string problemName, string[] expectedTypes, bool fromAttributes = false)
    {
        Assert.Empty(run.Exceptions);
        Assert.DoesNotContain(run.DriverDiagnostics, d => d.Id == "CS8785");
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "PDE9999");
        Assert.DoesNotContain(run.Output.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantTrivia()), t => t.IsDirective && !t.IsKind(SyntaxKind.NullableDirectiveTrivia));
        var types = run.Output.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>().Select(t => t.Name).OrderBy(n => n).ToArray();
        bool refused = run.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        if (!refused) Assert.NotEmpty(run.Sources);
        if (run.Sources.Count == 0)
        {
            // Refused: the user's own types only.
            Assert.Equal(fromAttributes ? expectedTypes : Array.Empty<string>(), types);
            return;
        }
        // Whatever was generated (also next to a diagnostic for text after the problem) compiles to the problem alone.
        Assert.Empty(run.CompilationProblems);
        Assert.Equal(expectedTypes, types);
        var reference = fromAttributes
            ? GeneratorHarness.Run(Array.Empty<(string, string)>(), ("/p/P.cs", SampleProblems.Poisson2DAttributes))
            : GeneratorHarness.Run(new[] { ("/p/poisson.pde", SampleProblems.Poisson2D) });
        if (refused) Assert.Subset(Members(reference.Output, problemName).ToHashSet(), Members(run.Output, problemName).ToHashSet()); // a shorter problem, never a longer one
        else Assert.Equal(Members(reference.Output, problemName), Members(run.Output, problemName));
    }

    private static string[] Members(Compilation compilation, string type) =>
        compilation.GetSymbolsWithName(type, SymbolFilter.Type).OfType<INamedTypeSymbol>().Single()
            .GetMembers().Select(m => m.ToDisplayString()).OrderBy(n => n, StringComparer.Ordinal).ToArray();

    private static SyntaxTree Parse(string source) =>
        CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose), "C.cs");

    private static void AssertCompilesToOnly(Compilation compilation, string[] types)
    {
        var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + compilation.SyntaxTrees.Last());
        Assert.Equal(types, compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type).Select(t => t.Name).OrderBy(n => n).ToArray());
    }
}
