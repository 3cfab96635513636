using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace PdeDsl.Tool.Tests;

/// <summary>The tool's command line in process: help, bad input (one line, exit 2), check and emit.</summary>
public class CommandLineTests
{
    [Theory]
    [InlineData("check")]
    [InlineData("emit")]
    [InlineData("train")]
    [InlineData("eval")]
    [InlineData("new")]
    public void Every_command_has_help_that_names_its_usage(string command)
    {
        using var tool = new ToolRun();
        var (exit, output, error) = tool.Run(command, "--help");
        Assert.Equal(0, exit);
        Assert.Contains("Usage: pdedsl " + command, output);
        Assert.Equal("", error);
    }

    [Fact]
    public void Without_arguments_the_tool_lists_its_commands_and_exits_2()
    {
        using var tool = new ToolRun();
        var (exit, output, _) = tool.Run();
        Assert.Equal(2, exit);
        foreach (var command in new[] { "check", "emit", "train", "eval", "new" }) Assert.Contains("  " + command + " ", output);
    }

    [Theory]
    [InlineData(new[] { "frobnicate" }, "unknown command 'frobnicate'")]
    [InlineData(new[] { "check" }, "check needs at least one .pde file")]
    [InlineData(new[] { "check", "missing.pde" }, "file not found: missing.pde")]
    [InlineData(new[] { "check", "{folder}" }, "is a folder")]
    [InlineData(new[] { "check", "{good}", "--format", "xml" }, "--format must be text or json")]
    [InlineData(new[] { "check", "{good}", "--colour" }, "unknown option '--colour'")]
    [InlineData(new[] { "emit", "{good}", "{good}" }, "emit takes one .pde file")]
    [InlineData(new[] { "emit", "{good}", "--out" }, "option --out needs a value")]
    [InlineData(new[] { "train", "--steps", "3" }, "train needs a .pde file first")]
    [InlineData(new[] { "train", "missing.pde" }, "file not found: missing.pde")]
    [InlineData(new[] { "train", "{two}" }, "defines several problems (First, Second): choose one with --problem NAME")]
    [InlineData(new[] { "train", "{two}", "--problem", "Third" }, "has no problem 'Third'; it defines First, Second")]
    [InlineData(new[] { "train", "{good}", "--stepz", "3" }, "--stepz")]
    [InlineData(new[] { "train", "{good}", "--steps", "many" }, "many")]
    [InlineData(new[] { "eval", "{good}" }, "--checkpoint")]
    [InlineData(new[] { "new" }, "new takes one project name")]
    [InlineData(new[] { "new", "9lives" }, "is not a project name")]
    [InlineData(new[] { "new", "{folder}" }, "exists and is not empty")]
    public void Bad_input_is_one_line_on_stderr_and_exit_code_2(string[] args, string message)
    {
        using var tool = new ToolRun();
        var good = tool.File("good.pde", Problems.Poisson1D);
        var two = tool.File("two.pde", Problems.Two);
        var folder = Path.Combine(tool.Folder, "sub");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "x.txt"), "");
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(tool.Folder);
        try
        {
            var (exit, _, error) = tool.Run(args.Select(a => a.Replace("{good}", good).Replace("{two}", two).Replace("{folder}", folder)).ToArray());
            Assert.Equal(2, exit);
            Assert.Contains(message, error);
            Assert.Single(error.TrimEnd().Split('\n'));
            Assert.StartsWith("error: ", error);
        }
        finally { Directory.SetCurrentDirectory(previous); }
    }

    [Theory]
    [InlineData("dim n = 1000000000", new string[0])]
    [InlineData("dim n = 10", new[] { "--dim", "n=1000000000" })]
    public void A_dim_too_large_for_memory_is_refused_before_anything_of_its_width_is_allocated(string dim, string[] extra)
    {
        // Before the check the terms' column lists alone took 4 GB and the process grew until the system killed it.
        using var tool = new ToolRun();
        var file = tool.File("big.pde", "problem Big {\n  " + dim + "\n  domain x in [0, 1]^n\n  pde lap(u) = 0\n  on boundary: u = 0\n}\n");
        var (exit, _, error) = tool.Run(new[] { "train", file, "--steps", "5" }.Concat(extra).ToArray());
        Assert.Equal(2, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("Problem Big has 1,000,000,000 inputs (n = 1000000000)", error);
        Assert.Contains("GiB is available", error);
    }

    [Fact]
    public void Check_reports_each_error_at_its_line_and_column_in_the_build_format_and_exits_1()
    {
        using var tool = new ToolRun();
        var broken = tool.File("broken.pde", Problems.Broken);
        var good = tool.File("good.pde", Problems.Poisson1D);
        var (exit, output, _) = tool.Run("check", good, broken);
        Assert.Equal(1, exit);
        var lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(2, lines.Length);
        Assert.Equal($"{broken}(3,18): error PDE0011: unknown function 'sinn': did you mean 'sin'?", lines[0]);
        Assert.StartsWith($"{broken}(5,22): error PDE0050: 'sampels' is not a training setting: did you mean 'samples'?", lines[1]);

        Assert.Equal((0, "", ""), tool.Run("check", good));
    }

    [Fact]
    public void Check_as_json_gives_file_line_column_code_and_message()
    {
        using var tool = new ToolRun();
        var broken = tool.File("broken.pde", Problems.Broken);
        var (exit, output, _) = tool.Run("check", broken, "--format", "json");
        Assert.Equal(1, exit);
        var first = JsonNode.Parse(output)!.AsArray()[0]!;
        Assert.Equal(broken, (string?)first["file"]);
        Assert.Equal(3, (int)first["line"]!);
        Assert.Equal(18, (int)first["column"]!);
        Assert.Equal("error", (string?)first["severity"]);
        Assert.Equal("PDE0011", (string?)first["code"]);
        Assert.Contains("sinn", (string?)first["message"]);
    }

    [Fact]
    public void Emit_prints_the_generators_text_and_writes_it_with_the_generators_file_name()
    {
        using var tool = new ToolRun();
        var file = tool.File("poisson.pde", Problems.Poisson1D);
        var (exit, output, _) = tool.Run("emit", file, "--namespace", "My.App");
        Assert.Equal(0, exit);
        Assert.Contains("namespace My.App", output);
        Assert.Contains("public partial class Poisson1D : global::PdeDsl.IPdeProblem", output);
        Assert.Contains("partial class Poisson1D : global::PdeDsl.IPdeTrainingDefaults", output);
        Assert.Contains("\"--hidden-layers\", \"2\",", output);

        var folder = Path.Combine(tool.Folder, "generated");
        Assert.Equal(0, tool.Run("emit", file, "--namespace", "My.App", "--out", folder).Exit);
        var written = Directory.GetFiles(folder).Single();
        Assert.EndsWith(".g.cs", written);
        var bytes = File.ReadAllBytes(written);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3).ToArray());
        Assert.Equal(output, System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    [Fact]
    public void Emit_of_a_broken_file_prints_the_generators_diagnostics_and_exits_1()
    {
        using var tool = new ToolRun();
        var broken = tool.File("broken.pde", Problems.Broken);
        var (exit, output, error) = tool.Run("emit", broken);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains($"{broken}(3,18): error PDE0011:", error);
    }

    [Fact]
    public void New_writes_a_project_whose_problem_checks_clean_and_references_the_tools_version()
    {
        using var tool = new ToolRun();
        var folder = Path.Combine(tool.Folder, "My-App");
        var (exit, output, _) = tool.Run("new", folder);
        Assert.Equal(0, exit);
        Assert.Contains("Created", output);
        var project = File.ReadAllText(Path.Combine(folder, "My-App.csproj"));
        Assert.Contains($"<PackageReference Include=\"PdeDsl\" Version=\"{ToolVersion.Package}\" />", project);
        Assert.Contains("<RootNamespace>My_App</RootNamespace>", project);
        Assert.Equal("return PdeDsl.PdeApp.Run(new My_App.Poisson(), args);\n", File.ReadAllText(Path.Combine(folder, "Program.cs")));
        Assert.Equal((0, "", ""), tool.Run("check", Path.Combine(folder, "poisson.pde")));
    }

    [Fact]
    public void Arguments_take_the_last_of_a_repeated_option_in_either_spelling_and_leave_the_rest_in_order()
    {
        var a = new ToolArguments(new[] { "f.pde", "--problem", "A", "--steps", "3", "--problem=B", "--report", "r.json" });
        Assert.Equal("B", a.TakeValue("--problem"));
        Assert.Equal(new[] { "f.pde" }, a.TakeFiles());
        Assert.Equal(new[] { "--steps", "3", "--report", "r.json" }, a.Rest);
        Assert.Null(a.TakeValue("--problem"));
    }
}
