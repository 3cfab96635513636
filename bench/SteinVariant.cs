using System;
using System.Globalization;

namespace PdeDsl.Bench;

/// <summary>
/// One Stein setting to time: K noise vectors for the pde term and K_v for value-only terms (the terminal condition).
/// Written <c>K</c> (K_v = K) or <c>K:Kv</c> on the command line.
/// </summary>
internal sealed record SteinVariant(int Samples, int ValueSamples)
{
    /// <summary>
    /// Network evaluations per step with the antithetic estimator: 2K+1 per pde point, 2K_v+1 per condition point. With
    /// <paramref name="splitResiduals"/> (the trainer's unbiased r₁·r₂ loss) the pde term is two evaluations of K/2 each.
    /// </summary>
    public long Rows(int interiorPoints, int conditionPoints, bool splitResiduals) =>
        (splitResiduals ? interiorPoints * 2L * (2L * Math.Max(1, Samples / 2) + 1) : interiorPoints * (2L * Samples + 1))
        + conditionPoints * (2L * ValueSamples + 1);

    /// <summary>
    /// The step's network evaluations as it makes them, one [points, evaluations per point] block per backend call: two pde
    /// calls of K/2 each with <paramref name="splitResiduals"/> (else one of K), and one call for the condition.
    /// </summary>
    public (long Points, long PerPoint)[] Evaluations(int interiorPoints, int conditionPoints, bool splitResiduals)
    {
        var condition = ((long)conditionPoints, 2L * ValueSamples + 1);
        if (!splitResiduals) return new[] { ((long)interiorPoints, 2L * Samples + 1), condition };
        var half = ((long)interiorPoints, 2L * Math.Max(1, Samples / 2) + 1);
        return new[] { half, half, condition };
    }

    /// <summary>"K = 1024, value K = 16".</summary>
    public override string ToString() => $"K = {Samples}, value K = {ValueSamples}";

    /// <summary>Parses <c>K</c> or <c>K:Kv</c>; bad text is an ArgumentException naming the option.</summary>
    public static SteinVariant Parse(string text, string option)
    {
        var parts = text.Split(':');
        if (parts.Length > 2) throw new ArgumentException($"{option} expects K or K:Kv, not '{text}'.");
        int k = Positive(parts[0], text, option);
        return new SteinVariant(k, parts.Length == 2 ? Positive(parts[1], text, option) : k);
    }

    private static int Positive(string part, string text, string option) =>
        int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) && v >= 1
            ? v : throw new ArgumentException($"{option} expects K or K:Kv with positive integers, not '{text}'.");
}
