using System;
using static TorchSharp.torch;

namespace Samples.Hjb;

/// <summary>
/// The reference solution of the HJB problem by the Cole-Hopf transform (Han, Jentzen and E, PNAS 2018):
/// u(t, x) = −(1/λ) ln E[exp(−λ g(x + √(2(T−t)) Z))], Z ~ N(0, I_n), g(y) = ln((1+|y|²)/2), by Monte Carlo in float64.
/// |x + sZ|² = |x|² + 2s x·Z + s²|Z|² turns the n-wide sums into one matmul per chunk of samples, and the mean of
/// exponentials is accumulated as a log-sum-exp, so nothing overflows or underflows.
/// </summary>
public static class ColeHopfReference
{
    /// <summary>Samples per point for the validation set: standard error about 0.14/√M ≈ 4e-4 in u ≈ 4.6 at n = 100.</summary>
    public const int DefaultSamples = 100_000;

    /// <summary>Samples for u(0, 0): standard error about 1.4e-4 at n = 100.</summary>
    public const int OriginSamples = 1_000_000;

    /// <summary>The published u(0, 0) for n = 100, λ = 1, T = 1 (Han, Jentzen and E, 2018).</summary>
    public const double PublishedOrigin = 4.5901;

    /// <summary>
    /// u at <paramref name="points"/> [N, 1+n] (t first) with <paramref name="samples"/> Monte Carlo samples, and the
    /// standard error of each estimate (delta method). Both [N], float64, on the CPU.
    /// </summary>
    public static (Tensor Value, Tensor StandardError) Evaluate(Tensor points, double lambda, double finalTime, int samples, long seed = 2018)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.dim() != 2 || points.shape[1] < 2) throw new ArgumentException("Points must be [N, 1+n] with t in the first column.", nameof(points));
        if (samples < 2) throw new ArgumentException($"The reference needs at least 2 samples, not {samples}.", nameof(samples));
        if (!(lambda > 0)) throw new ArgumentException($"The Cole-Hopf reference needs lambda > 0, not {lambda}.", nameof(lambda));

        using var outer = NewDisposeScope();
        var p = points.to(ScalarType.Float64).cpu();
        long n = p.shape[1] - 1;
        var t = p[TensorIndex.Colon, 0];
        var x = p.narrow(1, 1, n);
        var s = (2 * (finalTime - t)).clamp_min(0).sqrt().unsqueeze(1);       // [N, 1]
        var x2 = x.square().sum(1, keepdim: true);                             // [N, 1]
        using var generator = new Generator(unchecked((ulong)seed));
        Tensor? lse1 = null, lse2 = null;
        int chunk = (int)Math.Max(1, Math.Min(samples, 4_000_000 / Math.Max(n, 1)));
        for (int done = 0; done < samples; done += chunk)
        {
            using var scope = NewDisposeScope();
            int m = Math.Min(chunk, samples - done);
            var z = randn(new long[] { m, n }, dtype: ScalarType.Float64, generator: generator);   // [M, n]
            var y2 = x2 + 2 * s * x.matmul(z.t()) + s.square() * z.square().sum(1).unsqueeze(0); // |x + sZ|², [N, M]
            var a = -lambda * ((1 + y2) / 2).log();                                   // −λ g
            var c1 = a.logsumexp(1);
            var c2 = (2 * a).logsumexp(1);
            lse1 = (lse1 is null ? c1 : logaddexp(lse1, c1)).MoveToOuterDisposeScope();
            lse2 = (lse2 is null ? c2 : logaddexp(lse2, c2)).MoveToOuterDisposeScope();
        }
        double logM = Math.Log(samples);
        var logMean = lse1! - logM;
        var value = -logMean / lambda;
        // Var(w)/E[w]² = E[w²]/E[w]² − 1, so se(u) = (1/λ)·sqrt((E[w²]/E[w]² − 1)/M).
        var ratio = (lse2! - logM - 2 * logMean).exp() - 1;
        var standardError = (ratio.clamp_min(0) / samples).sqrt() / lambda;
        return (value.MoveToOuterDisposeScope(), standardError.MoveToOuterDisposeScope());
    }

    /// <summary>u(0, 0) for dimension <paramref name="n"/> with <paramref name="samples"/> samples, and its standard error.</summary>
    public static (double Value, double StandardError) AtOrigin(int n, double lambda, double finalTime, int samples = OriginSamples)
    {
        using var scope = NewDisposeScope();
        var origin = zeros(1, n + 1, dtype: ScalarType.Float64);
        var (value, se) = Evaluate(origin, lambda, finalTime, samples);
        return (value.item<double>(), se.item<double>());
    }
}
