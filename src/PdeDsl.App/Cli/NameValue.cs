using System;
using System.Globalization;

namespace PdeDsl;

/// <summary>Parses the <c>name=value</c> arguments of <c>--dim</c> and <c>--param</c>.</summary>
internal static class NameValue
{
    public static (string Name, string Value) Split(string text, string option)
    {
        int eq = text.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || eq == text.Length - 1)
            throw new ArgumentException($"{option} expects name=value (for example {option} n=1000), not '{text}'.");
        return (text[..eq].Trim(), text[(eq + 1)..].Trim());
    }

    public static (string Name, int Value) Dim(string text)
    {
        var (name, value) = Split(text, "--dim");
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n))
            throw new ArgumentException($"--dim {name}= expects a whole number, not '{value}'.");
        return (name, n);
    }

    public static (string Name, double Value) Param(string text)
    {
        var (name, value) = Split(text, "--param");
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) || !double.IsFinite(x))
            throw new ArgumentException($"--param {name}= expects a finite number, not '{value}'.");
        return (name, x);
    }
}
