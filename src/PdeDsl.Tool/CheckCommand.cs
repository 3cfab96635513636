using System.IO;
using System.Linq;

namespace PdeDsl.Tool;

/// <summary>
/// <c>pdedsl check FILE...</c>: the compiler's diagnostics, from the parser directly (no Roslyn, no build), in the
/// build's format or as JSON. Exit 1 when any file has an error.
/// </summary>
internal static class CheckCommand
{
    public const string Help = """
        Usage: pdedsl check FILE... [--format text|json]

        Checks .pde files with the PdeDsl compiler (the parser and binder the build uses, without compiling C#)
        and prints every diagnostic as the build does: file(line,column): error PDExxxx: message.

        Options:
          --format text|json   text (default) or a JSON array of {file, line, column, severity, code, message}
          -h, --help           show this help

        Exit codes: 0 no error, 1 an error in some file, 2 bad command line (missing or unreadable file).
        """;

    public static int Run(ToolArguments arguments, TextWriter output)
    {
        var format = arguments.TakeValue("--format") ?? "text";
        if (format is not ("text" or "json")) throw new UsageException($"--format must be text or json, not '{format}'");
        var paths = arguments.TakeFiles();
        arguments.RequireEmpty("check");
        if (paths.Count == 0) throw new UsageException("check needs at least one .pde file (pdedsl check FILE...)");

        var files = paths.Select(PdeSourceFile.Read).ToList(); // every file is readable before any is checked
        var lines = files.SelectMany(file => ProblemCompiler.Check(file.Text, file.Path)).ToList();

        if (format == "json") output.WriteLine(DiagnosticJson.Write(lines));
        else foreach (var line in lines) output.WriteLine(line);
        return lines.Any(l => l.IsError) ? ExitCodes.Failed : ExitCodes.Success;
    }
}
