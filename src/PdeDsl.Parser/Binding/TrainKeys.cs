using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PdeDsl.Language.Binding;

/// <summary>
/// The keys a <c>train</c> statement accepts: the trainer's command-line options (without <c>--</c>) that describe a
/// run's method rather than its outputs, each with the rule its value must follow there (PdeApp's train command
/// applies the same rules; the tool's tests check every key against it). <c>network = LxW [tanh]</c> is the one
/// shorthand: it sets --hidden-layers and --hidden-width.
/// </summary>
internal static class TrainKeys
{
    /// <summary>A key's check: null when the value is good (then <c>normal</c> is the trainer's spelling), else what is wrong.</summary>
    private delegate string? Rule(string value, out string normal);

    private static readonly (string Key, string Expected, Rule Check)[] Table =
    {
        ("steps", "a whole number, 0 or more", Whole(0)),
        ("samples", "a whole number, at least 1", Whole(1)),
        ("sigma", "a positive number", Real(positive: true)),
        ("lr", "a positive number", Real(positive: true)),
        ("learned-lr", "a number, 0 or more (0: ten times lr)", Real(positive: false)),
        ("estimator", "vanilla, control-variate or antithetic", Choice("vanilla", "control-variate", "antithetic")),
        ("noise", "shared or per-point", Choice("shared", "per-point")),
        ("backend", "jet, difference, stein or autograd", Choice("jet", "difference", "stein", "autograd")),
        ("directions", "rademacher, gaussian or axes", Choice("rademacher", "gaussian", "axes")),
        ("unbiased-square", "true or false", Choice("true", "false")),
        ("noise-groups", "true or false", Choice("true", "false")),
        ("output-scale", "auto or a positive number", AutoOr(Real(positive: true))),
        ("radial-feature", "false, true or only", Choice("false", "true", "only")),
        ("input-scale", "off or auto", Choice("off", "auto")),
        ("first-layer-gain", "a positive number", Real(positive: true)),
        ("network", "layers x width, as in 3x64 or 3x64 tanh", Network),
        ("hidden-layers", "a whole number, at least 1", Whole(1)),
        ("hidden-width", "a whole number, at least 1", Whole(1)),
        ("interior-points", "a whole number, at least 1", Whole(1)),
        ("condition-points", "a whole number, at least 1", Whole(1)),
        ("condition-weight", "auto or a number, 0 or more", AutoOr(Real(positive: false))),
        ("value-samples", "a whole number, 0 or more", Whole(0)),
        ("eval-samples", "a whole number, at least 1", Whole(1)),
        ("validation-points", "a whole number, at least 1", Whole(1)),
        ("validate-every", "a whole number, 0 or more", Whole(0)),
        ("seed", "a whole number", Whole(long.MinValue)),
        ("device", "auto, cpu or cuda", Choice("auto", "cpu", "cuda")),
        ("precision", "float32 or float64", Choice("float32", "float64")),
        ("threads", "a whole number, 0 or more", Whole(0)),
    };

    /// <summary>Every key, in the order the help lists them.</summary>
    public static IReadOnlyList<string> Keys { get; } = Table.Select(t => t.Key).ToArray();

    /// <summary>The options and values a setting stands for, or the sentence that says what is wrong with it.</summary>
    public static (IReadOnlyList<(string Option, string Value)> Options, string? Error) Check(string key, string value)
    {
        var entry = Table.FirstOrDefault(t => t.Key == key);
        if (entry.Key is null)
        {
            var near = NameSuggester.Closest(key, Keys);
            return (Array.Empty<(string, string)>(),
                $"'{key}' is not a training setting{(near is null ? "" : $": did you mean '{near}'?")} The keys are {string.Join(", ", Keys)}");
        }
        var error = entry.Check(value, out var normal);
        if (error is not null)
            return (Array.Empty<(string, string)>(),
                $"the setting {key} = {value} is not valid: it must be {entry.Expected}{(error.Length == 0 ? "" : " (" + error + ")")}");
        if (key == "network")
        {
            var parts = normal.Split('x');
            return (new[] { ("--hidden-layers", parts[0]), ("--hidden-width", parts[1]) }, null);
        }
        return (new[] { ("--" + key, normal) }, null);
    }

    private static Rule Whole(long minimum) => (string value, out string normal) =>
    {
        normal = value;
        if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return "";
        if (n < minimum) return "";
        if (minimum >= 0 && n > int.MaxValue) return "too large";
        normal = n.ToString(CultureInfo.InvariantCulture);
        return null;
    };

    private static Rule Real(bool positive) => (string value, out string normal) =>
    {
        normal = value;
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) || double.IsNaN(x) || double.IsInfinity(x)) return "";
        if (positive ? x <= 0 : x < 0) return "";
        normal = x.ToString("R", CultureInfo.InvariantCulture);
        return null;
    };

    private static Rule AutoOr(Rule number) => (string value, out string normal) =>
    {
        normal = value;
        return value == "auto" ? null : number(value, out normal);
    };

    private static Rule Choice(params string[] values) => (string value, out string normal) =>
    {
        normal = value;
        return values.Contains(value, StringComparer.Ordinal) ? null : "";
    };

    // 3x64 or 3x64 tanh (tanh is the only activation of the trainer's network).
    private static string? Network(string value, out string normal)
    {
        normal = value;
        var words = value.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 2 && words[1] != "tanh") return "the network's activation is tanh";
        if (words.Length is 0 or > 2) return "";
        var sizes = words[0].Split('x');
        if (sizes.Length != 2 || !int.TryParse(sizes[0], NumberStyles.None, CultureInfo.InvariantCulture, out var layers)
            || !int.TryParse(sizes[1], NumberStyles.None, CultureInfo.InvariantCulture, out var width) || layers < 1 || width < 1) return "";
        normal = layers.ToString(CultureInfo.InvariantCulture) + "x" + width.ToString(CultureInfo.InvariantCulture);
        return null;
    }
}
