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
        Whole("--steps", 0, nameof(TrainingOptions.Steps), (o, v) => o with { Steps = v }),
        Whole("--samples", 1, nameof(TrainingOptions.Samples), (o, v) => o with { Samples = v }),
        Real("--sigma", true, nameof(TrainingOptions.Sigma), (o, v) => o with { Sigma = v }),
        Real("--lr", true, nameof(TrainingOptions.LearningRate), (o, v) => o with { LearningRate = v }),
        Real("--learned-lr", false, nameof(TrainingOptions.LearnedParamLearningRate), (o, v) => o with { LearnedParamLearningRate = v }),
        Choice("--estimator", nameof(TrainingOptions.Estimator), (o, v) => o with { Estimator = SteinEstimatorNames.Parse(v) }, "vanilla", "control-variate", "antithetic"),
        Choice("--noise", nameof(TrainingOptions.NoiseMode), (o, v) => o with { NoiseMode = v == "per-point" ? NoiseMode.PerPoint : NoiseMode.Shared }, "shared", "per-point"),
        Choice("--backend", nameof(TrainingOptions.Backend), (o, v) => o with { Backend = BackendNames.Parse(v) }, BackendNames.All),
        Choice("--directions", nameof(TrainingOptions.Directions), (o, v) => o with { Directions = v == "gaussian" ? DirectionKind.Gaussian : DirectionKind.Rademacher }, "rademacher", "gaussian"),
        Choice("--unbiased-square", nameof(TrainingOptions.UnbiasedResidualSquare), (o, v) => o with { UnbiasedResidualSquare = v == "true" }, "true", "false"),
        Choice("--noise-groups", nameof(TrainingOptions.IndependentGroups), (o, v) => o with { IndependentGroups = v == "true" }, "true", "false"),
        new("--output-scale", "auto or a positive number", nameof(TrainingOptions.OutputScale),
            (o, v) => v == "auto" ? o with { OutputScale = null } : ParseReal(v, true) is double s ? o with { OutputScale = s } : null),
        Whole("--hidden-layers", 1, nameof(TrainingOptions.HiddenLayers), (o, v) => o with { HiddenLayers = v }),
        Whole("--hidden-width", 1, nameof(TrainingOptions.HiddenWidth), (o, v) => o with { HiddenWidth = v }),
        Whole("--interior-points", 1, nameof(TrainingOptions.InteriorPoints), (o, v) => o with { InteriorPoints = v }),
        Whole("--condition-points", 1, nameof(TrainingOptions.ConditionPoints), (o, v) => o with { ConditionPoints = v }),
        Real("--condition-weight", false, nameof(TrainingOptions.ConditionWeight), (o, v) => o with { ConditionWeight = v }),
        Whole("--value-samples", 0, nameof(TrainingOptions.ValueSamples), (o, v) => o with { ValueSamples = v }),
        Whole("--eval-samples", 1, nameof(TrainingOptions.EvaluationSamples), (o, v) => o with { EvaluationSamples = v }),
        Whole("--validation-points", 1, nameof(TrainingOptions.ValidationPoints), (o, v) => o with { ValidationPoints = v }),
        Whole("--validate-every", 0, nameof(TrainingOptions.ValidateEvery), (o, v) => o with { ValidateEvery = v }),
        new("--seed", "a whole number", nameof(TrainingOptions.Seed),
            (o, v) => long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed) ? o with { Seed = seed } : null),
        Choice("--device", nameof(TrainingOptions.Device), (o, v) => o with { Device = DeviceSelection.Parse(v) }, "auto", "cpu", "cuda"),
        Choice("--precision", nameof(TrainingOptions.Precision), (o, v) => o with { Precision = PrecisionExtensions.ParsePrecision(v) }, "float32", "float64"),
        Whole("--threads", 0, ProblemDefaults.Threads, (o, _) => o),
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
            var setting = Find(option) ?? throw new ArgumentException($"'{option}' is not a training setting; they are {string.Join(", ", All.Select(s => s.Option))}.");
            options = setting.Apply(options, value)
                ?? throw new ArgumentException($"The setting {option.TrimStart('-')} = {value} is not valid: it must be {setting.Expected}.");
            if (setting.Property == ProblemDefaults.Threads) threads = int.Parse(value, CultureInfo.InvariantCulture);
            set.Add(setting.Property);
        }
        options.Validate();
        return (options, set, threads);
    }

    private static TrainingSetting Whole(string option, int minimum, string property, Func<TrainingOptions, int, TrainingOptions> apply) =>
        new(option, minimum == 0 ? "a whole number, 0 or more" : $"a whole number, at least {minimum}", property,
            (o, v) => int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= minimum ? apply(o, n) : null);

    private static TrainingSetting Real(string option, bool positive, string property, Func<TrainingOptions, double, TrainingOptions> apply) =>
        new(option, positive ? "a positive number" : "a number, 0 or more", property, (o, v) => ParseReal(v, positive) is double x ? apply(o, x) : null);

    private static TrainingSetting Choice(string option, string property, Func<TrainingOptions, string, TrainingOptions> apply, params string[] values) =>
        new(option, values.Length == 2 ? $"{values[0]} or {values[1]}" : string.Join(", ", values.Take(values.Length - 1)) + " or " + values[^1], property,
            (o, v) => values.Contains(v, StringComparer.Ordinal) ? apply(o, v) : null);

    private static double? ParseReal(string text, bool positive) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x) && (positive ? x > 0 : x >= 0) ? x : null;
}
