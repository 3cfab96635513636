using System;
using System.CommandLine;
using System.IO;
using System.Collections.Generic;
using System.Linq;

namespace PdeDsl;

/// <summary>
/// The whole <c>Main</c> of a PdeDsl program: <c>return PdeApp.Run(new Hjb(), args);</c> gives a command line with
/// <c>train</c> (the default) and <c>eval</c>, help for newcomers, a progress display, reports, checkpoints and plots.
/// Exit codes: 0 done, 1 failed (for example a NaN loss), 2 bad command line or a run refused at start (an output that
/// cannot be written, options that cannot run, too little memory), 130 / 143 / 129 stopped by Ctrl+C / SIGTERM / SIGHUP
/// (the step finished, report and checkpoint written).
/// </summary>
public static class PdeApp
{
    /// <summary>Exit code of a bad command line or a bad option value.</summary>
    public const int UsageError = 2;

    /// <summary>Runs the command line <paramref name="args"/> for <paramref name="problem"/> with the default settings.</summary>
    public static int Run(IPdeProblem problem, string[] args) => Run(problem, args, new PdeAppOptions());

    /// <summary>Runs the command line <paramref name="args"/> for <paramref name="problem"/> with a program's own defaults and hooks.</summary>
    public static int Run(IPdeProblem problem, string[] args, PdeAppOptions app)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(app);
        var output = app.Output ?? Console.Out;
        var error = app.Error ?? Console.Error;

        var root = new RootCommand((app.Description ?? $"Solves the PDE problem {problem.Name} with a physics-informed neural network.")
            + Environment.NewLine + "Without a command it trains (the same as 'train'). Use 'train --help' or 'eval --help' for their options.");
        var (train, trainOptions) = TrainCommandFor(app);
        IReadOnlyCollection<string> fromFile = Array.Empty<string>();
        train.SetAction(r => Guard(error, () => TrainCommand.Run(problem, app, trainOptions, r, output, error, fromFile)));

        var evalOptions = new EvalCommandOptions();
        var eval = new Command("eval", "Evaluate a trained checkpoint at points given with --at or in a CSV file (--points); prints CSV.");
        evalOptions.AddTo(eval);
        eval.SetAction(r => Guard(error, () => EvalCommand.Run(problem, evalOptions, r, output)));

        root.Add(train);
        root.Add(eval);

        var commandLine = WithDefaultCommand(args, root);
        if (problem is IPdeTrainingDefaults { TrainingArguments.Count: > 0 } file && commandLine.Length > 0 && commandLine[0] == train.Name)
        {
            train.Description += Environment.NewLine + TrainingDefaults.Describe(file.TrainingArguments);
            commandLine = TrainingDefaults.Apply(train, file.TrainingArguments, commandLine, out fromFile);
        }
        var parsed = root.Parse(commandLine);
        if (parsed.Errors.Count > 0)
        {
            error.WriteLine($"error: {OneLine(parsed.Errors[0].Message)} (run with --help to see the options)");
            return UsageError;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
    }

    private static (Command Train, TrainCommandOptions Options) TrainCommandFor(PdeAppOptions app)
    {
        var options = new TrainCommandOptions(app.Defaults, app.RuleChosenSettings());
        var train = new Command("train", "Train the network on the problem (the default command). Resumes from --checkpoint if the file exists.");
        options.AddTo(train);
        return (train, options);
    }

    // 'train' is the default command: anything that does not start with a command (or ask for root help) trains.
    private static string[] WithDefaultCommand(string[] args, RootCommand root)
    {
        if (args.Length > 0 && (root.Subcommands.Any(c => c.Name == args[0]) || args[0] is "-h" or "--help" or "-?" or "/?" or "--version"))
            return args;
        return new[] { "train" }.Concat(args).ToArray();
    }

    // The runtime's typed refusals get the command line's advice; other bad values are ArgumentExceptions with a sentence:
    // one line and exit code 2; anything else exits 1 with its message.
    private static int Guard(TextWriter error, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (ProblemTooLargeException e)
        {
            error.WriteLine($"error: {OneLine(e.Summary)}; check the dims (--dim NAME=VALUE), or pass --no-memory-check to try anyway.");
            return UsageError;
        }
        catch (InvalidSettingException e)
        {
            error.WriteLine($"error: {OneLine(e.Message)} (run with --help to see the options)");
            return UsageError;
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"error: {OneLine(e.Message)}");
            return UsageError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or NotSupportedException or FormatException)
        {
            error.WriteLine($"error: {OneLine(e.Message)}");
            return 1;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Anything else is a bug or a library's failure (libtorch's messages carry their own C++ trace): one line, no stack.
            error.WriteLine($"error: {e.GetType().Name}: {OneLine(ExceptionText.FirstLine(e.Message))}");
            return 1;
        }
    }

    // ArgumentException appends " (Parameter 'x')"; the sentence already names what is wrong.
    private static string OneLine(string message)
    {
        int parameter = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (parameter > 0) message = message[..parameter];
        return System.Text.RegularExpressions.Regex.Replace(message, @"\s+", " ").Trim();
    }
}
