using System.IO;
using System.Linq;

namespace PdeDsl.Tool;

/// <summary>
/// <c>pdedsl train FILE [options]</c> and <c>pdedsl eval FILE [options]</c>: the file's problem, compiled in memory
/// (or taken from the cache), run by <see cref="PdeApp.Run(IPdeProblem, string[], PdeAppOptions)"/> with the same
/// options, reports, checkpoints and plots as a compiled project's <c>dotnet run -- train ...</c>.
/// </summary>
internal static class RunCommand
{
    public const string TrainHelp = """
        Usage: pdedsl train FILE [--problem NAME] [training options]

        Compiles the .pde file in memory (cached by content, so the next run starts faster) and trains its problem,
        exactly as a project with PdeApp.Run would: the file's train statement gives the defaults, options given here
        override them. 'pdedsl train FILE --help' lists every training option with the file's defaults, e.g.
          --steps N  --samples K  --sigma S  --lr R  --device auto|cpu|cuda  --dim n=100  --param lambda=2
          --report out.json  --checkpoint run.ckpt  --plot out.png

        Options of the tool:
          --problem NAME   the problem to train when the file defines several
          -h, --help       show this help (after FILE: the trainer's full help)

        Exit codes: 0 done, 1 errors in the file or a failed run, 2 bad command line, 130 stopped with Ctrl+C.
        """;

    public const string EvalHelp = """
        Usage: pdedsl eval FILE --checkpoint FILE (--at X,Y,... | --points FILE.csv) [--problem NAME]

        Evaluates a trained checkpoint of the file's problem at points and prints CSV, as a project's
        'dotnet run -- eval' does. 'pdedsl eval FILE --help' lists every option.

        Options of the tool:
          --problem NAME   the problem when the file defines several
          -h, --help       show this help (after FILE: the evaluator's full help)

        Exit codes: 0 done, 1 errors in the file or a failed run, 2 bad command line.
        """;

    /// <summary>Runs <paramref name="command"/> (train or eval) on the file named first in <paramref name="arguments"/>.</summary>
    public static int Run(string command, ToolArguments arguments, TextWriter output, TextWriter error, string? cacheFolder)
    {
        var problemName = arguments.TakeValue("--problem");
        var paths = arguments.TakeFiles();
        if (paths.Count == 0) throw new UsageException($"{command} needs a .pde file first (pdedsl {command} FILE [options])");
        if (paths.Count > 1) throw new UsageException($"{command} takes one .pde file, not {paths.Count} (unexpected '{paths[1]}')");
        var file = PdeSourceFile.Read(paths[0]);

        CompiledProblems compiled;
        try
        {
            compiled = ProblemCompiler.Compile(file.Text, new ProblemCompileOptions { Path = file.Path, CacheFolder = cacheFolder });
        }
        catch (PdeCompilationException e)
        {
            foreach (var line in e.Diagnostics) error.WriteLine(line);
            return ExitCodes.Failed;
        }
        var problem = Choose(compiled, problemName, file.Path);
        var forwarded = new[] { command }.Concat(arguments.Rest).ToArray();
        return PdeApp.Run(problem, forwarded, new PdeAppOptions
        {
            Output = output,
            Error = error,
            Description = $"Solves the PDE problem {problem.Name} of {file.Path} with a physics-informed neural network.",
        });
    }

    /// <summary>The problem named <paramref name="name"/>, or the only one; else a usage error that lists them.</summary>
    internal static IPdeProblem Choose(CompiledProblems compiled, string? name, string file)
    {
        if (name is null && compiled.ProblemTypes.Count > 1)
            throw new UsageException($"{file} defines several problems ({string.Join(", ", compiled.Names)}): choose one with --problem NAME");
        try { return compiled.Create(name); }
        catch (System.ArgumentException e) { throw new UsageException(e.Message); }
    }
}
