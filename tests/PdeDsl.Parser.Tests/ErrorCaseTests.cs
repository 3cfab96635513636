using System.IO;
using System.Text;
using Xunit;

namespace PdeDsl.Language.Tests;

/// <summary>
/// Every error case of ErrorCases.txt gives exactly the diagnostics listed there: code, line, column and
/// message. Set PDEDSL_WRITE_ERROR_CASES=1 to write ErrorCases.actual.txt next to the test data for review.
/// </summary>
public class ErrorCaseTests
{
    public sealed record ErrorCase(string Title, string Text, bool Attributes, IReadOnlyList<string> Expected)
    {
        public override string ToString() => Title;
    }

    public static IEnumerable<object[]> Cases() => Load().Select(c => new object[] { c });

    private static string DataPath => Path.Combine(AppContext.BaseDirectory, "ErrorCases.txt");

    public static List<ErrorCase> Load()
    {
        var cases = new List<ErrorCase>();
        string? title = null;
        var text = new List<string>();
        var expected = new List<string>();
        void Flush()
        {
            if (title is null) return;
            bool attributes = text.Count > 0 && text[0] == "@attributes";
            var body = string.Join("\n", attributes ? text.Skip(1) : text).TrimEnd('\n', ' ');
            cases.Add(new ErrorCase(title, body, attributes, expected.ToList()));
            text.Clear();
            expected.Clear();
        }
        foreach (var line in File.ReadAllLines(DataPath))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal)) { Flush(); title = line.Substring(4); }
            else if (title is null) continue;
            else if (line.StartsWith("--- ", StringComparison.Ordinal)) expected.Add(line.Substring(4));
            else text.Add(line);
        }
        Flush();
        return cases;
    }

    public static CompilationResult Compile(ErrorCase c)
    {
        if (!c.Attributes) return PdeCompiler.CompileFile(c.Text);
        var statements = c.Text.Split('\n').Where(l => l.Length > 0).Select(l =>
        {
            int colon = l.IndexOf(':');
            var arguments = l.Substring(colon + 1).Split(" ;; ").Select(a => a.Trim());
            return new StatementSource(l.Substring(0, colon), arguments.ToEquatableArray());
        });
        return PdeCompiler.CompileStatements("P", null, statements.ToEquatableArray());
    }

    public static string Format(Diagnostic d, bool attributes) =>
        attributes
            ? $"{d.Code} [{d.Statement},{d.Argument}] {d.Span.Line}:{d.Span.Column} {d.Message}"
            : $"{d.Code} {d.Span.Line}:{d.Span.Column} {d.Message}";

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_error_case_reports_exactly_its_diagnostics(ErrorCase c)
    {
        var result = Compile(c);
        var actual = result.Diagnostics.Select(d => Format(d, c.Attributes)).ToList();
        // A problem comes back only when none of the errors is inside it.
        foreach (var p in result.Problems)
            Assert.DoesNotContain(result.Diagnostics, d => d.Statement == -1 && d.Span.Offset >= p.Span.Offset && d.Span.Offset <= p.Span.Offset + p.Span.Length);
        if (c.Attributes) Assert.Empty(result.Problems);
        Assert.Equal(c.Expected, actual);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.Internal);
    }

    [Fact]
    public void The_data_file_holds_every_case_once_and_every_code_is_used()
    {
        var cases = Load();
        WriteActualIfAsked(cases);
        Assert.True(cases.Count >= 60, $"only {cases.Count} cases");
        Assert.Equal(cases.Count, cases.Select(c => c.Title).Distinct().Count());
        Assert.All(cases, c => Assert.NotEmpty(c.Expected));
        var used = cases.SelectMany(c => c.Expected).Select(e => e.Substring(0, 7)).ToHashSet();
        var codes = typeof(DiagnosticCodes).GetFields().Select(f => (string)f.GetValue(null)!).Where(code => code != DiagnosticCodes.Internal);
        var unused = codes.Where(code => !used.Contains(code)).ToList();
        Assert.True(unused.Count == 0, "codes without a case: " + string.Join(", ", unused));
    }

    [Fact]
    public void The_diagnostics_page_lists_every_code()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "PdeDsl.sln"))) root = Path.GetDirectoryName(root)!;
        var page = File.ReadAllText(Path.Combine(root, "docs", "diagnostics.md"));
        var codes = typeof(DiagnosticCodes).GetFields().Select(f => (string)f.GetValue(null)!);
        Assert.All(codes, code => Assert.Contains($"| {code} |", page));
    }

    private static void WriteActualIfAsked(List<ErrorCase> cases)
    {
        if (Environment.GetEnvironmentVariable("PDEDSL_WRITE_ERROR_CASES") == "1") WriteActual(cases);
    }

    private static void WriteActual(List<ErrorCase> cases)
    {
        var output = new StringBuilder();
        foreach (var c in cases)
        {
            output.Append("=== ").Append(c.Title).Append('\n');
            if (c.Attributes) output.Append("@attributes\n");
            if (c.Text.Length > 0) output.Append(c.Text).Append('\n');
            foreach (var d in Compile(c).Diagnostics) output.Append("--- ").Append(Format(d, c.Attributes)).Append('\n');
            output.Append('\n');
        }
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "ErrorCases.actual.txt"), output.ToString());
    }
}
