using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace PdeDsl;

/// <summary>
/// The notebook kernel of <c>#!pde</c> cells. A cell with problems is checked as it is typed (the parser's diagnostics
/// at their line and column, in milliseconds) and, when run, compiled (<see cref="ProblemCompiler"/>, cached by
/// content) and summarised; a cell <c>train NAME [options]</c> trains a compiled problem with the command line's options,
/// shows its progress live and ends with the run's report (<see cref="HtmlReport.Fragment"/>): settings, loss and
/// validation curves, the solution against the exact one, the error histogram, learned params.
/// </summary>
public sealed class PdeKernel : Kernel, IKernelCommandHandler<SubmitCode>, IKernelCommandHandler<RequestDiagnostics>
{
    /// <summary>The kernel's name, as cells select it: <c>#!pde</c>.</summary>
    public const string DefaultName = "pde";

    /// <summary>A kernel named <see cref="DefaultName"/>.</summary>
    public PdeKernel() : base(DefaultName)
    {
        KernelInfo.LanguageName = "PdeDsl";
        KernelInfo.DisplayName = "PdeDsl";
    }

    /// <summary>Where diagnostics say they are: the cell.</summary>
    private const string CellName = "cell";

    Task IKernelCommandHandler<RequestDiagnostics>.HandleAsync(RequestDiagnostics command, KernelInvocationContext context)
    {
        if (!TrainCell.Is(command.Code)) Publish(context, command, ProblemCompiler.Check(command.Code, CellName));
        return Task.CompletedTask;
    }

    async Task IKernelCommandHandler<SubmitCode>.HandleAsync(SubmitCode command, KernelInvocationContext context)
    {
        try
        {
            if (TrainCell.Is(command.Code)) await Train(TrainCell.Parse(command.Code), context);
            else Compile(command, context);
        }
        catch (PdeCompilationException e)
        {
            Publish(context, command, e.Diagnostics);
            context.Fail(command, null, string.Join(Environment.NewLine, e.Errors));
        }
        catch (ArgumentException e)
        {
            context.Fail(command, null, e.Message);
        }
        catch (OperationCanceledException)
        {
            context.Fail(command, null, "Stopped.");
        }
    }

    private static void Compile(SubmitCode command, KernelInvocationContext context)
    {
        var diagnostics = ProblemCompiler.Check(command.Code, CellName);
        Publish(context, command, diagnostics);
        if (diagnostics.Any(d => d.IsError))
        {
            context.Fail(command, null, string.Join(Environment.NewLine, diagnostics.Where(d => d.IsError)));
            return;
        }
        var compiled = ProblemCompiler.Compile(command.Code, new ProblemCompileOptions { Path = CellName });
        PdeNotebook.Add(compiled);
        var lines = compiled.ProblemTypes.Select(type =>
        {
            var problem = (IPdeProblem)Activator.CreateInstance(type)!;
            string coordinates = string.Join(", ", problem.Coordinates.Select(c => c.Length == 1 ? c.Name : $"{c.Name} ({c.Length})"));
            return $"{problem.Name}: {problem.InputDimension} inputs ({coordinates}), {problem.Terms.Count} terms"
                + (problem.HasExactSolution ? ", exact solution given" : "") + $". Train it with a cell: train {problem.Name} --steps N";
        });
        KernelInvocationContextExtensions.Display(context, compiled.Names.Count == 0 ? "The cell defines no problem." : string.Join("\n", lines), PlainTextFormatter.MimeType);
    }

    private static async Task Train(TrainCell cell, KernelInvocationContext context)
    {
        var problem = PdeNotebook.Problem(cell.Problem);
        foreach (var (name, value) in cell.Dims) problem.SetDim(name, value);
        foreach (var (name, value) in cell.Params) problem.SetParam(name, value);
        var resolved = TrainingSettings.For(problem, o => TrainingSettings.Apply(o, cell.Settings).Options);
        // Threads are process-wide, not a trainer setting: the cell's --threads wins over the rules' choice.
        var given = TrainingSettings.Apply(new TrainingOptions(), cell.Settings);
        int threads = given.Set.Contains(ProblemDefaults.Threads) ? given.Threads : resolved.Threads;
        if (threads > 0) TorchSharp.torch.set_num_threads(threads);
        var trainer = new Trainer(problem, resolved.Options);
        try
        {
            var progress = KernelInvocationContextExtensions.Display(context, $"{problem.Name}: starting {resolved.Options.Steps} steps ({resolved.Options.Backend.ToName()})", PlainTextFormatter.MimeType);
            var shown = DateTime.MinValue;
            TrainingProgress? last = null;
            var result = await Task.Run(() => trainer.Train(context.CancellationToken, p =>
            {
                // A few updates a second: each is a message to the notebook's front end.
                if (p.Step != p.Steps && DateTime.UtcNow - shown < TimeSpan.FromSeconds(0.25)) return;
                shown = DateTime.UtcNow;
                progress.Update(Progress(p));
                last = p;
            }));
            // A run that stopped early (interrupted, or a target reached) may not have shown its last step yet.
            if (last is not null && last.Step != result.StepsCompleted)
                progress.Update($"{problem.Name}: stopped after {result.StepsCompleted} of {resolved.Options.Steps} steps ({result.StopReason})");
            var report = TrainingReport.Build(trainer, result);
            context.DisplayAs(HtmlReport.Fragment(trainer, report), HtmlFormatter.MimeType);
            PdeNotebook.Keep(problem.Name, trainer);
        }
        catch
        {
            trainer.Dispose();
            throw;
        }
    }

    private static string Progress(TrainingProgress p) => FormattableString.Invariant(
        $"step {p.Step}/{p.Steps}  loss {p.TrainLoss:E2}") + (p.ValidationLoss is double v ? FormattableString.Invariant($"  validation {v:E2}") : "")
        + FormattableString.Invariant($"  {p.StepsPerSecond:F1} steps/s  ETA {p.EstimatedRemaining:hh\\:mm\\:ss}");

    // Each diagnostic at its place in the cell (0-based, as the front end marks it).
    private static void Publish(KernelInvocationContext context, KernelCommand command, IReadOnlyList<PdeDiagnostic> diagnostics)
    {
        var marks = diagnostics.Select(d =>
        {
            var start = new LinePosition(Math.Max(0, d.Line - 1), Math.Max(0, d.Column - 1));
            var span = new LinePositionSpan(start, new LinePosition(start.Line, start.Character + Math.Max(1, d.Length)));
            return new Diagnostic(span, d.IsError ? Microsoft.CodeAnalysis.DiagnosticSeverity.Error : Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, d.Code, d.Message);
        }).ToList();
        var formatted = diagnostics.Select(d => new FormattedValue(PlainTextFormatter.MimeType, d.ToString())).ToList();
        context.Publish(new DiagnosticsProduced(marks, formatted, command));
    }
}
