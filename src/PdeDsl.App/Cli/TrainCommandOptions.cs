using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;

namespace PdeDsl;

/// <summary>The options of <c>train</c>, with help texts for newcomers and the program's embedded defaults shown in --help.</summary>
internal sealed class TrainCommandOptions
{
    private readonly HashSet<string> _ruleChosenOptions;

    /// <summary>The settings (<see cref="ProblemDefaults.Chosen"/> names) chosen from the problem when the user leaves them open.</summary>
    public IReadOnlyCollection<string> RuleChosen { get; }

    /// <param name="d">The defaults shown and used for settings the rules do not choose.</param>
    /// <param name="ruleChosen">The settings (<see cref="ProblemDefaults.Chosen"/> names) chosen from the problem when the user leaves them open; none when null.</param>
    public TrainCommandOptions(TrainingOptions d, IReadOnlyCollection<string>? ruleChosen = null)
    {
        RuleChosen = ruleChosen ?? Array.Empty<string>();
        _ruleChosenOptions = new HashSet<string>();
        foreach (var setting in RuleChosen) _ruleChosenOptions.Add(OptionOfSetting[setting]);
        Steps = Make("--steps", "Number of training steps (Adam updates; the learning rate decays linearly to 0 over them).", d.Steps);
        LearningRate = Make("--lr", "Initial learning rate of Adam.", d.LearningRate);
        LearnedLearningRate = Make("--learned-lr", "Initial learning rate of Adam for learned params (param p = v learn); 0: ten times --lr.", d.LearnedParamLearningRate);
        InteriorPoints = Make("--interior-points", "N1: random interior points per step for the pde.", d.InteriorPoints);
        ConditionPoints = Make("--condition-points", "N2: random points per step for each boundary/initial/terminal condition.", d.ConditionPoints);
        ConditionWeight = Make("--condition-weight", "Weight of each condition's loss relative to the pde's.", d.ConditionWeight);
        Backend = Choice("--backend", "How derivatives are computed: jet (Taylor-mode forward passes of the network: exact along each axis, K random directions for wide Laplacians and gradients), "
            + "difference (central differences along the same directions, step sigma), stein (Gaussian smoothing + Stein's identity) or autograd (classic PINN, stacked back-propagation).",
            d.Backend.ToName(), BackendNames.All);
        Directions = Choice("--directions", "Random directions of the jet and difference backends: rademacher (entries +-1: a diagonal Hessian adds no noise) or gaussian.",
            d.Directions == DirectionKind.Gaussian ? "gaussian" : "rademacher", "rademacher", "gaussian");
        Estimator = Choice("--estimator", "Stein estimator: vanilla (eq. 7), control-variate (eqs. 8-9) or antithetic (eqs. 10-11, lowest variance).",
            EstimatorText(d.Estimator), "vanilla", "control-variate", "antithetic");
        Noise = Choice("--noise", "Stein noise: shared (one set of K vectors for the whole batch: cheap for wide inputs) or per-point (independent per point: less noisy steps).",
            d.NoiseMode == NoiseMode.PerPoint ? "per-point" : "shared", "shared", "per-point");
        Unbiased = Make("--unbiased-square", "Train on r1*r2 from two independent halves of the K samples (unbiased for the squared residual) instead of r^2.", d.UnbiasedResidualSquare);
        Groups = Make("--noise-groups", "Read the factors of products of estimates (u*lap(u), u^2) from independent noise groups, as the compiler split them (unbiased); false: from the same samples (biased, for comparison).", d.IndependentGroups);
        Sigma = Make("--sigma", "Noise level of the Gaussian smoothing u(x) = E f(x + delta), delta ~ N(0, sigma^2 I).", d.Sigma);
        Samples = Make("--samples", "K: noise samples per point for derivatives (more: less noise, slower steps).", d.Samples, "-K");
        ValueSamples = Make("--value-samples", "K for conditions that need only u (0: same as --samples).", d.ValueSamples);
        EvaluationSamples = Make("--eval-samples", "K for the validation loss and for the model's values in MSE, plots and eval.", d.EvaluationSamples);
        ValidationPoints = Make("--validation-points", "Hold-out validation points per term (drawn once with a fixed seed).", d.ValidationPoints);
        ValidateEvery = Make("--validate-every", "Steps between validations and checkpoints (0: about 50 per run).", d.ValidateEvery);
        OutputScale = Make("--output-scale", "A fixed factor on the network's output, for a solution far from size 1 (the network then fits u / scale); auto: "
            + "the size of the constant that fits the problem's data and forcing best when that is 2 or more, else 1.", d.OutputScale is double s ? Format(s) : "auto");
        HiddenLayers = Make("--hidden-layers", "Hidden layers of the base network (an MLP with tanh).", d.HiddenLayers);
        HiddenWidth = Make("--hidden-width", "Neurons per hidden layer.", d.HiddenWidth);
        Seed = Make("--seed", "Seed of the initial weights, the training points and the noise.", d.Seed);
        Device = Choice("--device", "Where to compute: auto (CUDA if available), cpu or cuda.", d.Device.ToString().ToLowerInvariant(), "auto", "cpu", "cuda");
        Precision = Choice("--precision", "Floating-point precision: float32 or float64.", d.Precision == PdeDsl.Precision.Float64 ? "float64" : "float32", "float32", "float64");
        Threads = Make("--threads", "CPU threads for tensor work (0: TorchSharp's default, one per core). 1 is fastest for networks this small, and far faster on a busy machine.", 1);
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

    public Option<int> Steps { get; }
    public Option<double> LearningRate { get; }
    public Option<double> LearnedLearningRate { get; }
    public Option<int> InteriorPoints { get; }
    public Option<int> ConditionPoints { get; }
    public Option<double> ConditionWeight { get; }
    public Option<string> Backend { get; }
    public Option<string> Directions { get; }
    public Option<string> Estimator { get; }
    public Option<double> Sigma { get; }
    public Option<string> Noise { get; }
    public Option<bool> Unbiased { get; }
    public Option<bool> Groups { get; }
    public Option<int> Samples { get; }
    public Option<int> ValueSamples { get; }
    public Option<int> EvaluationSamples { get; }
    public Option<int> ValidationPoints { get; }
    public Option<int> ValidateEvery { get; }
    public Option<string> OutputScale { get; }
    public Option<int> HiddenLayers { get; }
    public Option<int> HiddenWidth { get; }
    public Option<long> Seed { get; }
    public Option<string> Device { get; }
    public Option<string> Precision { get; }
    public Option<int> Threads { get; }
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
    public IReadOnlyList<Option> Settings => new Option[] { Steps, Samples, Sigma, Estimator, Noise, Unbiased, Groups, Backend, Directions, Device, Precision, Seed, InteriorPoints,
        ConditionPoints, ConditionWeight, LearningRate, LearnedLearningRate, ValueSamples, EvaluationSamples, ValidationPoints, ValidateEvery, OutputScale, HiddenLayers,
        HiddenWidth, Threads, Until };

    /// <summary>
    /// Where each setting's value came from, by option name without <c>--</c>: "command line", "file" (the problem's train
    /// statement, <paramref name="fromFile"/>), "rules" (<paramref name="chosenFromProblem"/>), "program" (a program's
    /// PdeAppOptions.Defaults) or "library" (TrainingOptions' own default).
    /// </summary>
    public IReadOnlyDictionary<string, string> Sources(ParseResult r, IReadOnlyCollection<string> fromFile, IReadOnlyCollection<string> chosenFromProblem, bool programDefaults)
    {
        var chosenOptions = chosenFromProblem.Select(s => OptionOfSetting[s]).ToHashSet();
        var sources = new Dictionary<string, string>();
        foreach (var option in Settings)
        {
            string source = r.GetResult(option) is { Implicit: false }
                ? (fromFile.Contains(option.Name) ? "file" : "command line")
                : chosenOptions.Contains(option.Name) ? "rules" : programDefaults ? "program" : "library";
            sources[option.Name.TrimStart('-')] = source;
        }
        return sources;
    }

    public void AddTo(Command command)
    {
        foreach (Option o in new Option[] { Steps, Samples, Sigma, Estimator, Noise, Unbiased, Groups, Backend, Directions, Device, Precision, Seed, InteriorPoints, ConditionPoints,
                     ConditionWeight, LearningRate, LearnedLearningRate, ValueSamples, EvaluationSamples, ValidationPoints, ValidateEvery, OutputScale, HiddenLayers, HiddenWidth,
                     Threads, Until, Dims, Params, Data, Report, Checkpoint, Plot })
            command.Add(o);
        command.Add(NoMemoryCheck);
        Distributed.AddTo(command);
    }

    /// <summary>
    /// The training options the parsed command line asks for (settings not given keep <paramref name="d"/>'s values) and the
    /// names of the settings the user gave (<see cref="ProblemDefaults.Chosen"/> names); an ArgumentException for values out of range.
    /// </summary>
    public (TrainingOptions Options, IReadOnlyCollection<string> SetByUser) Read(ParseResult r, TrainingOptions d)
    {
        var set = new HashSet<string>();
        T Get<T>(Option<T> option, T fallback, string? setting = null)
        {
            if (r.GetResult(option) is not { Implicit: false }) return fallback;
            if (setting is not null) set.Add(setting);
            return r.GetValue(option)!;
        }
        var options = new TrainingOptions
        {
            Steps = Get(Steps, d.Steps, nameof(TrainingOptions.Steps)),
            LearningRate = Get(LearningRate, d.LearningRate, nameof(TrainingOptions.LearningRate)),
            LearnedParamLearningRate = r.GetValue(LearnedLearningRate),
            InteriorPoints = r.GetValue(InteriorPoints),
            ConditionPoints = r.GetValue(ConditionPoints),
            ConditionWeight = r.GetValue(ConditionWeight),
            Backend = BackendNames.Parse(Get(Backend, d.Backend.ToName(), nameof(TrainingOptions.Backend))),
            Directions = r.GetValue(Directions) == "gaussian" ? DirectionKind.Gaussian : DirectionKind.Rademacher,
            Estimator = SteinEstimatorNames.Parse(r.GetValue(Estimator)!),
            Sigma = Get(Sigma, d.Sigma, nameof(TrainingOptions.Sigma)),
            UnbiasedResidualSquare = r.GetValue(Unbiased),
            IndependentGroups = r.GetValue(Groups),
            NoiseMode = Get(Noise, d.NoiseMode == NoiseMode.PerPoint ? "per-point" : "shared", nameof(TrainingOptions.NoiseMode)) == "per-point" ? NoiseMode.PerPoint : NoiseMode.Shared,
            Samples = Get(Samples, d.Samples, nameof(TrainingOptions.Samples)),
            ValueSamples = Get(ValueSamples, d.ValueSamples, nameof(TrainingOptions.ValueSamples)),
            EvaluationSamples = Get(EvaluationSamples, d.EvaluationSamples, nameof(TrainingOptions.EvaluationSamples)),
            ValidationPoints = Get(ValidationPoints, d.ValidationPoints, nameof(TrainingOptions.ValidationPoints)),
            ValidateEvery = Get(ValidateEvery, d.ValidateEvery, nameof(TrainingOptions.ValidateEvery)),
            OutputScale = ReadOutputScale(r.GetValue(OutputScale)),
            HiddenLayers = Get(HiddenLayers, d.HiddenLayers, nameof(TrainingOptions.HiddenLayers)),
            HiddenWidth = Get(HiddenWidth, d.HiddenWidth, nameof(TrainingOptions.HiddenWidth)),
            Seed = r.GetValue(Seed),
            Device = DeviceSelection.Parse(r.GetValue(Device)!),
            Precision = PrecisionExtensions.ParsePrecision(r.GetValue(Precision)!),
            CheckpointPath = r.GetValue(Checkpoint),
            DataFiles = ReadDataFiles(r.GetValue(Data)),
        };
        Get(Threads, 1, ProblemDefaults.Threads);
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

    // auto (null: chosen from the problem) or a positive number.
    private static double? ReadOutputScale(string? text)
    {
        if (text is null or "auto") return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var scale) && scale > 0 && double.IsFinite(scale)) return scale;
        throw new ArgumentException($"--output-scale {text} is not valid: it must be auto or a positive number.");
    }

    /// <summary>The thread count the user gave (0: TorchSharp's default), or the fixed default 1 when none was given.</summary>
    public int ReadThreads(ParseResult r) => r.GetResult(Threads) is { Implicit: false } ? r.GetValue(Threads) : 1;

    internal static string EstimatorText(SteinEstimator e) => e switch
    {
        SteinEstimator.Vanilla => "vanilla",
        SteinEstimator.ControlVariate => "control-variate",
        _ => "antithetic",
    };

    // A setting the rules choose shows "chosen from the problem" in --help instead of a fixed default.
    private Option<T> Make<T>(string name, string description, T defaultValue, params string[] aliases)
    {
        var option = new Option<T>(name, aliases) { Description = description };
        Default(option, defaultValue);
        return option;
    }

    private Option<string> Choice(string name, string description, string defaultValue, params string[] values)
    {
        var option = new Option<string>(name) { Description = description };
        Default(option, defaultValue);
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    private void Default<T>(Option<T> option, T value)
    {
        if (_ruleChosenOptions.Contains(option.Name))
            option.Description += " Default: chosen from the problem (docs/training.md).";
        else
            option.DefaultValueFactory = _ => value;
    }

    /// <summary>The command-line option of each setting <see cref="ProblemDefaults"/> chooses.</summary>
    internal static readonly IReadOnlyDictionary<string, string> OptionOfSetting = new Dictionary<string, string>
    {
        [nameof(TrainingOptions.Backend)] = "--backend",
        [nameof(TrainingOptions.Steps)] = "--steps",
        [nameof(TrainingOptions.LearningRate)] = "--lr",
        [nameof(TrainingOptions.NoiseMode)] = "--noise",
        [nameof(TrainingOptions.Sigma)] = "--sigma",
        [nameof(TrainingOptions.Samples)] = "--samples",
        [nameof(TrainingOptions.ValueSamples)] = "--value-samples",
        [nameof(TrainingOptions.EvaluationSamples)] = "--eval-samples",
        [nameof(TrainingOptions.ValidationPoints)] = "--validation-points",
        [nameof(TrainingOptions.ValidateEvery)] = "--validate-every",
        [nameof(TrainingOptions.HiddenLayers)] = "--hidden-layers",
        [nameof(TrainingOptions.HiddenWidth)] = "--hidden-width",
        [ProblemDefaults.Threads] = "--threads",
    };

    internal static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
