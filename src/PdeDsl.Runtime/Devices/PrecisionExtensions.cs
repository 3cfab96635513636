using System;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>Conversions between <see cref="Precision"/>, TorchSharp scalar types and command-line text.</summary>
public static class PrecisionExtensions
{
    /// <summary>The TorchSharp element type of <paramref name="precision"/>.</summary>
    public static ScalarType ToScalarType(this Precision precision) => precision switch
    {
        Precision.Float32 => ScalarType.Float32,
        Precision.Float64 => ScalarType.Float64,
        _ => throw new ArgumentException($"Unknown precision {precision}.", nameof(precision)),
    };

    /// <summary>Parses <c>float32</c>/<c>float</c>/<c>single</c> or <c>float64</c>/<c>double</c> (any case).</summary>
    public static Precision ParsePrecision(string text) => text?.Trim().ToLowerInvariant() switch
    {
        "float32" or "float" or "single" or "f32" => Precision.Float32,
        "float64" or "double" or "f64" => Precision.Float64,
        _ => throw new ArgumentException($"Unknown precision '{text}': expected float32 or float64.", nameof(text)),
    };
}
