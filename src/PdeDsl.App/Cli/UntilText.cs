using System;
using System.Globalization;

namespace PdeDsl;

/// <summary>Parses <c>--until</c> values: <c>mse=V</c>, <c>loss=V</c>, <c>plateau</c> or <c>plateau=N</c>.</summary>
internal static class UntilText
{
    /// <summary>Validations without a 1% improvement before <c>plateau</c> stops a run.</summary>
    public const int DefaultPatience = 5;

    public static TrainingOptions Apply(TrainingOptions options, string[] values)
    {
        foreach (var text in values)
        {
            int eq = text.IndexOf('=', StringComparison.Ordinal);
            string name = (eq < 0 ? text : text[..eq]).Trim().ToLowerInvariant(), value = eq < 0 ? "" : text[(eq + 1)..].Trim();
            options = name switch
            {
                "mse" => options with { UntilMse = Number(value, text) },
                "loss" or "validation" => options with { UntilValidationLoss = Number(value, text) },
                "plateau" when eq < 0 => options with { Patience = DefaultPatience },
                "plateau" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n >= 1 => options with { Patience = n },
                "plateau" => throw new ArgumentException($"--until {text}: plateau=N expects a whole number of validations, at least 1."),
                _ => throw new ArgumentException($"--until {text}: expected mse=V, loss=V, plateau or plateau=N."),
            };
        }
        return options;
    }

    /// <summary>The early stops of <paramref name="o"/> for the run's header, for example " or until MSE &lt;= 0.0001"; empty when none.</summary>
    public static string Describe(TrainingOptions o)
    {
        var parts = new System.Collections.Generic.List<string>();
        if (o.UntilMse is double m) parts.Add(string.Create(CultureInfo.InvariantCulture, $"MSE <= {m:G3}"));
        if (o.UntilValidationLoss is double v) parts.Add(string.Create(CultureInfo.InvariantCulture, $"validation loss <= {v:G3}"));
        if (o.Patience > 0) parts.Add($"a plateau of {o.Patience} validations");
        return parts.Count == 0 ? "" : " or until " + string.Join(" or ", parts);
    }

    private static double Number(string value, string text) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) && double.IsFinite(x) && x >= 0
            ? x
            : throw new ArgumentException($"--until {text}: expected a number, 0 or more, after '='.");
}
