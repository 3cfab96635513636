using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace PdeDsl.Tool;

/// <summary>
/// The <c>pdedsl</c> command line: check, emit, train, eval and new over the same parser, generator and runtime
/// that a project uses. Bad input is one line on stderr and exit code 2, never a stack trace.
/// </summary>
internal static class ToolApp
{
    public static string Help => $"""
        pdedsl {ToolVersion.Package}: PDEs written in .pde files, checked, compiled and trained without a project.

        Usage: pdedsl COMMAND [arguments]

        Commands:
          check FILE...     print the compiler's diagnostics (file(line,column): error PDExxxx: ...); exit 1 on errors
          emit FILE         print the C# the source generator emits for the file
          train FILE        train the file's problem (compiled in memory, cached); options as a project's 'train'
          eval FILE         evaluate a checkpoint of the file's problem at points (--checkpoint, --at or --points)
          new NAME          create a console project NAME that uses the PdeDsl package

        Run 'pdedsl COMMAND --help' for a command's options. Docs: docs/tool.md of the PdeDsl repository.
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, cacheFolder: null);

    /// <summary>Runs the command line; <paramref name="cacheFolder"/> overrides where compiled problems are cached.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, string? cacheFolder)
    {
        try
        {
            if (args.Length == 0 || ToolArguments.IsHelp(args[0]) || args[0] == "help")
            {
                output.Write(Help);
                return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
            }
            if (args[0] == "--version")
            {
                output.WriteLine(ToolVersion.Informational);
                return ExitCodes.Success;
            }
            var command = args[0];
            var arguments = new ToolArguments(args.Skip(1));
            return command switch
            {
                "check" => arguments.WantsHelp ? Print(output, CheckCommand.Help) : CheckCommand.Run(arguments, output),
                "emit" => arguments.WantsHelp ? Print(output, EmitCommand.Help) : EmitCommand.Run(arguments, output, error),
                "new" => arguments.WantsHelp ? Print(output, NewCommand.Help) : NewCommand.Run(arguments, output),
                // After the file, --help is the trainer's own (it lists every option with the file's defaults).
                "train" => HelpBeforeFile(arguments) ? Print(output, RunCommand.TrainHelp) : RunCommand.Run("train", arguments, output, error, cacheFolder),
                "eval" => HelpBeforeFile(arguments) ? Print(output, RunCommand.EvalHelp) : RunCommand.Run("eval", arguments, output, error, cacheFolder),
                _ => throw new UsageException($"unknown command '{command}': use check, emit, train, eval or new (pdedsl --help)"),
            };
        }
        catch (UsageException e)
        {
            error.WriteLine("error: " + e.Message);
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Anything else (a native library that does not load, a bug): one line, not a stack trace.
            var inner = e is TypeInitializationException or TargetInvocationException && e.InnerException is not null ? e.InnerException : e;
            error.WriteLine($"error: {inner.GetType().Name}: {inner.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.Failed;
        }
    }

    private static bool HelpBeforeFile(ToolArguments arguments) =>
        arguments.Rest.Count == 0 || ToolArguments.IsHelp(arguments.Rest[0]);

    private static int Print(TextWriter output, string text)
    {
        output.Write(text);
        if (!text.EndsWith('\n')) output.WriteLine();
        return ExitCodes.Success;
    }
}
