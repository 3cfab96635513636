using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;

namespace PdeDsl;

/// <summary>
/// The options of <c>train</c>: one per row of the runtime's settings table (<see cref="TrainingSettings"/>: its option,
/// description, value rule and the program's default shown in --help), plus the run's outputs, dims, params, data files
/// and stop targets, which are not settings.
/// </summary>
internal sealed class TrainCommandOptions
{
    private readonly Dictionary<TrainingSetting, Option<string>> _settings = new();

    /// <summary>The settings (<see cref="ProblemDefaults.Chosen"/> names) chosen from the problem when the user leaves them open.</summary>
    public IReadOnlyCollection<string> RuleChosen { get; }

    /// <param name="d">The defaults shown and used for settings the rules do not choose.</param>
    /// <param name="ruleChosen">The settings (<see cref="ProblemDefaults.Chosen"/> names) chosen from the problem when the user leaves them open; none when null.</param>
    public TrainCommandOptions(TrainingOptions d, IReadOnlyCollection<string>? ruleChosen = null)
    {
        RuleChosen = ruleChosen ?? Array.Empty<string>();
        foreach (var setting in TrainingSettings.All)
        {
            var option = new Option<string>(setting.Option, setting.Aliases) { Description = setting.Description };
            // A setting the rules choose shows "chosen from the problem" in --help instead of a fixed default.
            if (RuleChosen.Contains(setting.Property))
                option.Description += " Default: chosen from the problem (docs/training.md).";
            else
            {
                string shown = setting.Current(d);
                option.DefaultValueFactory = _ => shown;
            }
            _settings[setting] = option;
        }
        Until = new Option<string[]>("--until")
        {
            Description = "Stop early (repeatable, whichever comes first; --steps still caps the run): mse=V (MSE against the exact solution at or below V), "
                + "loss=V (validation loss at or below V), plateau or plateau=N (no 1% improvement over N validations, default 5; watches the MSE when there is an exact solution).",
            Arity = ArgumentArity.OneOrMore,
        };
        Dims = new Option<string[]>("--dim") { Description = "Set a dim of the problem, name=value (repeatable), e.g. --dim n=1000.", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
        Params = new Option<string[]>("--param") { Description = "Set a param of the problem, name=value (repeatable), e.g. --param lambda=2.", Arity = ArgumentArity.OneOrMore };
        Data = new Option<string[]>("--data") { Description = "Where an observed file is, NAME=PATH (repeatable): NAME as the observe statement writes it (heat.csv) or without extension (heat).", Arity = ArgumentArity.OneOrMore };
        Report = new Option<string?>("--report") { Description = "Write a JSON report (settings and their sources, timing, losses, MSE, history) to this file; a name ending in .html writes a self-contained page (curves, solution against the exact one, error histogram) and the JSON beside it." };
        Checkpoint = new Option<string?>("--checkpoint") { Description = "Checkpoint file: resumed from if it exists, written at each validation and at the end (atomically)." };
        Plot = new Option<string?>("--plot") { Description = "Write loss curves to this PNG; for two spatial coordinates also truth/learned/error heatmaps beside it." };
        NoMemoryCheck = new Option<bool>("--no-memory-check") { Description = "Train even when the estimated memory of a step exceeds the memory available (the run is refused at start otherwise)." };
    }

    public Option<string[]> Until { get; }
    public Option<string[]> Dims { get; }
    public Option<string[]> Params { get; }
    public Option<string[]> Data { get; }
    public Option<string?> Report { get; }
    public Option<string?> Checkpoint { get; }
    public Option<string?> Plot { get; }
    public Option<bool> NoMemoryCheck { get; }
    public DistributedCommandOptions Distributed { get; } = new();

    /// <summary>The options that are settings of the run (not its outputs, dims, params or data files), in --help order.</summary>
    public IReadOnlyList<Option> Settings => _settings.Values.Cast<Option>().Append(Until).ToList();

    /// <summary>
    /// Where each setting's value came from, by option name without <c>--</c>: "command line", "file" (the problem's train
    /// statement, <paramref name="fromFile"/>), "rules" (<paramref name="chosenFromProblem"/>), "program" (a program's
    /// PdeAppOptions.Defaults) or "library" (TrainingOptions' own default).
    /// </summary>
    public IReadOnlyDictionary<string, string> Sources(ParseResult r, IReadOnlyCollection<string> fromFile, IReadOnlyCollection<string> chosenFromProblem, bool programDefaults)
    {
        string Source(Option option, bool ruleChosen) => r.GetResult(option) is { Implicit: false }
            ? (fromFile.Contains(option.Name) ? "file" : "command line")
            : ruleChosen ? "rules" : programDefaults ? "program" : "library";
        var sources = _settings.ToDictionary(p => p.Value.Name.TrimStart('-'), p => Source(p.Value, chosenFromProblem.Contains(p.Key.Property)));
        sources[Until.Name.TrimStart('-')] = Source(Until, false);
        return sources;
    }

    public void AddTo(Command command)
    {
        foreach (var option in _settings.Values) command.Add(option);
        foreach (Option o in new Option[] { Until, Dims, Params, Data, Report, Checkpoint, Plot, NoMemoryCheck }) command.Add(o);
        Distributed.AddTo(command);
    }

    /// <summary>
    /// The training options the parsed command line asks for (settings not given keep <paramref name="d"/>'s values, each
    /// given one applied through its row of the settings table) and the names of the settings the user gave
    /// (<see cref="ProblemDefaults.Chosen"/> names); an ArgumentException for values out of range.
    /// </summary>
    public (TrainingOptions Options, IReadOnlyCollection<string> SetByUser) Read(ParseResult r, TrainingOptions d)
    {
        var set = new HashSet<string>();
        var options = d;
        foreach (var (setting, option) in _settings)
        {
            if (r.GetResult(option) is not { Implicit: false }) continue;
            string value = r.GetValue(option)!;
            options = setting.ApplyOrThrow(options, value, $"{setting.Option} {value}");
            set.Add(setting.Property);
        }
        options = options with { CheckpointPath = r.GetValue(Checkpoint), DataFiles = ReadDataFiles(r.GetValue(Data)) };
        options = UntilText.Apply(options, r.GetValue(Until) ?? Array.Empty<string>());
        options.Validate();
        return (options, set);
    }

    // --data NAME=PATH, repeatable; a name given twice is a mistake worth a message.
    private static Dictionary<string, string>? ReadDataFiles(string[]? texts)
    {
        if (texts is null || texts.Length == 0) return null;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var (name, path) = NameValue.Split(text, "--data");
            if (!files.TryAdd(name, path)) throw new ArgumentException($"--data {name}= is given twice; give each observed file once.");
        }
        return files;
    }

    /// <summary>The thread count the user gave (0: TorchSharp's default), or the fixed default 1 when none was given.</summary>
    public int ReadThreads(ParseResult r)
    {
        var threads = _settings.First(p => p.Key.Property == ProblemDefaults.Threads).Value;
        return r.GetResult(threads) is { Implicit: false } ? int.Parse(r.GetValue(threads)!, System.Globalization.CultureInfo.InvariantCulture) : 1;
    }

    /// <summary>The command-line option of each setting <see cref="ProblemDefaults"/> chooses.</summary>
    internal static readonly IReadOnlyDictionary<string, string> OptionOfSetting =
        ProblemDefaults.Chosen.ToDictionary(name => name, name => TrainingSettings.All.First(s => s.Property == name).Option);

    internal static string Format(double value) => value.ToString("G6", System.Globalization.CultureInfo.InvariantCulture);
}
