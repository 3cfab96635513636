using System.IO;
using System.Linq;
using System.Text;

namespace PdeDsl.Tool;

/// <summary><c>pdedsl emit FILE [--out DIR]</c>: the C# the source generator emits for the file, byte for byte.</summary>
internal static class EmitCommand
{
    public const string Help = """
        Usage: pdedsl emit FILE [--out DIR] [--namespace NS]

        Prints the C# that the PdeDsl source generator emits for a .pde file: the real generator runs, as in a build,
        so the text is the same byte for byte.

        Options:
          --out DIR        write one file per problem (the generator's file names, UTF-8 with a byte order mark,
                           as the compiler writes generated files) into DIR instead of printing
          --namespace NS   the project's RootNamespace, for problems whose file has no namespace statement
          -h, --help       show this help

        Exit codes: 0 done, 1 the file has errors (printed as the build prints them), 2 bad command line.
        """;

    public static int Run(ToolArguments arguments, TextWriter output, TextWriter error)
    {
        var folder = arguments.TakeValue("--out");
        var rootNamespace = arguments.TakeValue("--namespace");
        var paths = arguments.TakeFiles();
        arguments.RequireEmpty("emit");
        if (paths.Count != 1) throw new UsageException("emit takes one .pde file (pdedsl emit FILE [--out DIR])");
        var file = PdeSourceFile.Read(paths[0]);

        var generated = ProblemCompiler.Generate(file.Text, new ProblemCompileOptions { Path = file.Path, RootNamespace = rootNamespace });
        foreach (var d in generated.Diagnostics) error.WriteLine(d);
        if (generated.HasErrors) return ExitCodes.Failed;

        if (folder is null)
        {
            foreach (var f in generated.Sources) output.Write(f.Text);
            return ExitCodes.Success;
        }
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var f in generated.Sources)
            {
                var path = Path.Combine(folder, f.HintName.EndsWith(".cs", System.StringComparison.Ordinal) ? f.HintName : f.HintName + ".cs");
                File.WriteAllText(path, f.Text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
                output.WriteLine(path);
            }
        }
        catch (System.Exception e) when (e is IOException or System.UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write to {folder}: {e.Message}");
        }
        return generated.Sources.Any() ? ExitCodes.Success : ExitCodes.Failed;
    }
}
