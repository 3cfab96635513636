using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PdeDsl;

/// <summary>
/// The table of a run's settings that a problem's <c>train</c> statement may give (<see cref="IPdeTrainingDefaults"/>): one
/// row per option, applied as typed values to <see cref="TrainingOptions"/> without a command-line parser, so a
/// <see cref="Trainer"/> made from a problem alone trains what its program does. The command line and the language's
/// <c>train</c> keys are checked against it by tests.
/// </summary>
public static class TrainingSettings
{
    /// <summary>Every setting, in the order the language's keys list them.</summary>
    public static IReadOnlyList<TrainingSetting> All { get; } = new[]
    {
        Whole("--steps", "Number of training steps (Adam updates; the learning rate decays linearly to 0 over them).", 0,
            nameof(TrainingOptions.Steps), o => o.Steps, (o, v) => o with { Steps = v }),
        Whole("--samples", "K: noise samples per point for derivatives (more: less noise, slower steps).", 1,
            nameof(TrainingOptions.Samples), o => o.Samples, (o, v) => o with { Samples = v }) with { Aliases = new[] { "-K" } },
        Real("--sigma", "Noise level of the Gaussian smoothing u(x) = E f(x + delta), delta ~ N(0, sigma^2 I); the step of the difference backend.", true,
            nameof(TrainingOptions.Sigma), o => o.Sigma, (o, v) => o with { Sigma = v }),
        Real("--lr", "Initial learning rate of Adam.", true, nameof(TrainingOptions.LearningRate), o => o.LearningRate, (o, v) => o with { LearningRate = v }),
        Real("--learned-lr", "Initial learning rate of Adam for learned params (param p = v learn); 0: ten times --lr.", false,
            nameof(TrainingOptions.LearnedParamLearningRate), o => o.LearnedParamLearningRate, (o, v) => o with { LearnedParamLearningRate = v }),
        Choice("--estimator", "Stein estimator: vanilla (eq. 7), control-variate (eqs. 8-9) or antithetic (eqs. 10-11, lowest variance).",
            nameof(TrainingOptions.Estimator), o => SteinEstimatorNames.ToOptionName(o.Estimator), (o, v) => o with { Estimator = SteinEstimatorNames.Parse(v) },
            "vanilla", "control-variate", "antithetic"),
        Choice("--noise", "Stein noise: shared (one set of K vectors for the whole batch: cheap for wide inputs) or per-point (independent per point: less noisy steps).",
            nameof(TrainingOptions.NoiseMode), o => o.NoiseMode == NoiseMode.PerPoint ? "per-point" : "shared",
            (o, v) => o with { NoiseMode = v == "per-point" ? NoiseMode.PerPoint : NoiseMode.Shared }, "shared", "per-point"),
        Choice("--backend", "How derivatives are computed: jet (Taylor-mode forward passes of the network: exact along each axis, K random directions for wide Laplacians and gradients), "
            + "difference (central differences along the same directions, step sigma), stein (Gaussian smoothing + Stein's identity) or autograd (classic PINN, stacked back-propagation).",
            nameof(TrainingOptions.Backend), o => o.Backend.ToName(), (o, v) => o with { Backend = BackendNames.Parse(v) }, BackendNames.All),
        Choice("--directions", "Random directions of the jet and difference backends: rademacher (entries +-1: a diagonal Hessian adds no noise), gaussian, "
            + "or axes (coordinate axes drawn at random, by weight for a weighted Hessian diagonal: only the spread of the Hessian's diagonal adds noise, "
            + "little for solutions that bend alike along every axis, much for those that bend along few).",
            nameof(TrainingOptions.Directions), o => o.Directions.ToName(), (o, v) => o with { Directions = DirectionKindNames.Parse(v) }, DirectionKindNames.All),
        Choice("--unbiased-square", "Train on r1*r2 from two independent halves of the K samples (unbiased for the squared residual) instead of r^2.",
            nameof(TrainingOptions.UnbiasedResidualSquare), o => o.UnbiasedResidualSquare ? "true" : "false", (o, v) => o with { UnbiasedResidualSquare = v == "true" }, "true", "false"),
        Choice("--noise-groups", "Read the factors of products of estimates (u*lap(u), u^2) from independent noise groups, as the compiler split them (unbiased); false: from the same samples (biased, for comparison).",
            nameof(TrainingOptions.IndependentGroups), o => o.IndependentGroups ? "true" : "false", (o, v) => o with { IndependentGroups = v == "true" }, "true", "false"),
        new("--output-scale", "A fixed factor on the network's output, for a solution far from size 1 (the network then fits u / scale); auto: "
            + "the size of the constant that fits the problem's data and forcing best when that is 2 or more, else 1.", "auto or a positive number", nameof(TrainingOptions.OutputScale),
            o => o.OutputScale is double s ? Text(s) : "auto",
            (o, v) => v == "auto" ? o with { OutputScale = null } : ParseReal(v, true) is double s ? o with { OutputScale = s } : null),
        Choice("--radial-feature", "Give the network each vector coordinate's |x|^2 (scaled to about 1 on the problem's points) as an extra input: true beside x, "
            + "only instead of x (for solutions radial by symmetry); a tanh network does not learn |x|^2 in many dimensions.",
            nameof(TrainingOptions.RadialFeature), o => o.RadialFeature switch { RadialFeatureMode.Beside => "true", RadialFeatureMode.Only => "only", _ => "false" },
            (o, v) => o with { RadialFeature = v switch { "true" => RadialFeatureMode.Beside, "only" => RadialFeatureMode.Only, _ => RadialFeatureMode.Off } }, "false", "true", "only"),
        Choice("--input-scale", "auto: read a vector coordinate whose components are small where the problem lives (root mean square below 1/4, as in the unit ball of R^n, n >= 8) "
            + "divided by that size, so the network sees components of size 1, but by at most 8 times (not with periodic coordinates or the radial feature); off (default): as they are.",
            nameof(TrainingOptions.InputScale), o => o.InputScale == InputScaleMode.Auto ? "auto" : "off",
            (o, v) => o with { InputScale = v == "auto" ? InputScaleMode.Auto : InputScaleMode.Off }, "off", "auto"),
        Real("--first-layer-gain", "A factor on the first hidden layer's initial weights. Below 1, e.g. 0.1, the network starts nearly linear in its inputs: "
            + "it helped solutions on R^100 that vary along a few directions and hurt problems of other shapes (docs/training.md).", true,
            nameof(TrainingOptions.FirstLayerGain), o => o.FirstLayerGain, (o, v) => o with { FirstLayerGain = v }),
        Whole("--hidden-layers", "Hidden layers of the base network (an MLP with tanh).", 1, nameof(TrainingOptions.HiddenLayers), o => o.HiddenLayers, (o, v) => o with { HiddenLayers = v }),
        Whole("--hidden-width", "Neurons per hidden layer.", 1, nameof(TrainingOptions.HiddenWidth), o => o.HiddenWidth, (o, v) => o with { HiddenWidth = v }),
        Whole("--interior-points", "N1: random interior points per step for the pde.", 1, nameof(TrainingOptions.InteriorPoints), o => o.InteriorPoints, (o, v) => o with { InteriorPoints = v }),
        Whole("--condition-points", "N2: random points per step for each boundary/initial/terminal condition.", 1,
            nameof(TrainingOptions.ConditionPoints), o => o.ConditionPoints, (o, v) => o with { ConditionPoints = v }),
        new("--condition-weight", "Weight of each condition's loss (and observations' misfit) relative to the pde's; auto: 1, unless the pde's forcing "
            + "at u = 0 is 10 or more times the conditions' data (squared; or the solution's size squared when the data are 0), then that ratio, at most 1000.",
            "auto or a number, 0 or more", nameof(TrainingOptions.ConditionWeight),
            o => o.ConditionWeight is double w ? Text(w) : "auto",
            (o, v) => v == "auto" ? o with { ConditionWeight = null } : ParseReal(v, false) is double w ? o with { ConditionWeight = w } : null),
        Whole("--value-samples", "K for conditions that need only u (0: same as --samples).", 0, nameof(TrainingOptions.ValueSamples), o => o.ValueSamples, (o, v) => o with { ValueSamples = v }),
        Whole("--eval-samples", "K for the validation loss and for the model's values in MSE, plots and eval.", 1,
            nameof(TrainingOptions.EvaluationSamples), o => o.EvaluationSamples, (o, v) => o with { EvaluationSamples = v }),
        Whole("--validation-points", "Hold-out validation points per term (drawn once with a fixed seed).", 1,
            nameof(TrainingOptions.ValidationPoints), o => o.ValidationPoints, (o, v) => o with { ValidationPoints = v }),
        Whole("--validate-every", "Steps between validations and checkpoints (0: about 50 per run).", 0,
            nameof(TrainingOptions.ValidateEvery), o => o.ValidateEvery, (o, v) => o with { ValidateEvery = v }),
        new("--seed", "Seed of the initial weights, the training points and the noise.", "a whole number", nameof(TrainingOptions.Seed), o => o.Seed.ToString(CultureInfo.InvariantCulture),
            (o, v) => long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed) ? o with { Seed = seed } : null),
        Choice("--device", "Where to compute: auto (CUDA if available), cpu or cuda.", nameof(TrainingOptions.Device), o => o.Device.ToString().ToLowerInvariant(),
            (o, v) => o with { Device = DeviceSelection.Parse(v) }, "auto", "cpu", "cuda"),
        Choice("--precision", "Floating-point precision: float32 or float64.", nameof(TrainingOptions.Precision), o => o.Precision == Precision.Float64 ? "float64" : "float32",
            (o, v) => o with { Precision = PrecisionExtensions.ParsePrecision(v) }, "float32", "float64"),
        // Threads are process-wide, not a trainer option: the table checks the value, the caller applies it.
        Whole("--threads", "CPU threads for tensor work (0: TorchSharp's default, one per core). 1 is fastest for networks this small, and far faster on a busy machine.", 0,
            ProblemDefaults.Threads, _ => 1, (o, _) => o),
    };

    /// <summary>The setting of <paramref name="option"/> (<c>--steps</c>), or null.</summary>
    public static TrainingSetting? Find(string option) => All.FirstOrDefault(s => s.Option == option);

    /// <summary>
    /// <paramref name="start"/> with the option/value pairs of <paramref name="arguments"/> applied in order (a problem's
    /// <see cref="IPdeTrainingDefaults.TrainingArguments"/>), the <see cref="TrainingSetting.Property"/> names they set, and
    /// the thread count they give (1 when none). An ArgumentException names an unknown option or a bad value.
    /// </summary>
    public static (TrainingOptions Options, IReadOnlyCollection<string> Set, int Threads) Apply(TrainingOptions start, IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Count % 2 != 0) throw new ArgumentException("Training arguments come in option/value pairs.", nameof(arguments));
        var options = start;
        var set = new HashSet<string>();
        int threads = 1;
        for (int i = 0; i < arguments.Count; i += 2)
        {
            string option = arguments[i], value = arguments[i + 1];
            var setting = Find(option) ?? throw new InvalidSettingException($"'{option}' is not a training setting; they are {string.Join(", ", All.Select(s => s.Option))}.", option);
            options = setting.ApplyOrThrow(options, value, $"The setting {option.TrimStart('-')} = {value}");
            if (setting.Property == ProblemDefaults.Threads) threads = int.Parse(value, CultureInfo.InvariantCulture);
            set.Add(setting.Property);
        }
        options.Validate();
        return (options, set, threads);
    }

    /// <summary>
    /// The settings <c>PdeApp.Run(problem)</c> trains with, and <c>new Trainer(problem)</c>: the problem's <c>train</c>
    /// statement, then <paramref name="program"/>'s changes (typed: <c>o =&gt; o with { Steps = 200 }</c>), then the rules
    /// (<see cref="ProblemDefaults"/>) for every setting neither gave. A setting counts as the program's when
    /// <paramref name="program"/> sets it, even to the value it had (it is tried on two different starting values, so it
    /// runs twice: it should only describe settings). The problem's dims and params must already be set.
    /// </summary>
    public static ResolvedTraining For(IPdeProblem problem, Func<TrainingOptions, TrainingOptions>? program = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var (options, set, threads) = Apply(new TrainingOptions(),
            problem is IPdeTrainingDefaults file ? file.TrainingArguments : Array.Empty<string>());
        if (program is not null)
        {
            var others = All.Aggregate(options, (o, row) => row.Property == ProblemDefaults.Threads ? o : row.Other(o) ?? o);
            var patched = program(options) ?? throw new ArgumentException("The settings function returned null.", nameof(program));
            var patchedOthers = program(others);
            var given = new HashSet<string>(set);
            foreach (var row in All.Where(r => r.Property != ProblemDefaults.Threads))
                if (row.Current(patched) != row.Current(options) || row.Current(patchedOthers) != row.Current(others)) given.Add(row.Property);
            patched.Validate();
            (options, set) = (patched, given);
        }
        // Before the rules read the terms, whose column lists are as wide as the input.
        if (options.CheckMemory) InputWidthCheck.Check(problem, options, set.Contains(nameof(TrainingOptions.HiddenWidth)));
        return ProblemDefaults.Resolve(problem, options, set, threads);
    }

    private static TrainingSetting Whole(string option, string description, int minimum, string property, Func<TrainingOptions, long> current, Func<TrainingOptions, int, TrainingOptions> apply) =>
        new(option, description, minimum == 0 ? "a whole number, 0 or more" : $"a whole number, at least {minimum}", property,
            o => current(o).ToString(CultureInfo.InvariantCulture),
            (o, v) => int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= minimum ? apply(o, n) : null);

    private static TrainingSetting Real(string option, string description, bool positive, string property, Func<TrainingOptions, double> current, Func<TrainingOptions, double, TrainingOptions> apply) =>
        new(option, description, positive ? "a positive number" : "a number, 0 or more", property, o => Text(current(o)),
            (o, v) => ParseReal(v, positive) is double x ? apply(o, x) : null);

    private static TrainingSetting Choice(string option, string description, string property, Func<TrainingOptions, string> current, Func<TrainingOptions, string, TrainingOptions> apply, params string[] values) =>
        new(option, description, values.Length == 2 ? $"{values[0]} or {values[1]}" : string.Join(", ", values.Take(values.Length - 1)) + " or " + values[^1], property, current,
            (o, v) => values.Contains(v, StringComparer.Ordinal) ? apply(o, v) : null) { Values = values };

    private static string Text(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    private static double? ParseReal(string text, bool positive) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x) && (positive ? x > 0 : x >= 0) ? x : null;
}
