using System;
using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>
/// Error tolerances for Stein estimates of a <see cref="SineNetwork"/>, derived from K.
///
/// Each estimate is a mean of K terms T_k (with shared noise, K i.i.d. terms per point), so its standard
/// deviation is sd(T)/√K ≤ √E[(T − m)²]/√K for any constant m. We bound that root mean square per sine
/// term and add the bounds over terms (Minkowski). With δ = σξ, t = a·ξ, θ = a·x + b, one term c·sin:
///   |sin(θ+σt) − sin θ| ≤ σ|t|,  |sin(θ+σt) − sin(θ−σt)| ≤ 2σ|t|,  |sin(θ+σt) + sin(θ−σt) − 2 sin θ| ≤ σ²t².
/// Gaussian moments (integration by parts, E[He_n(ξ_i) g] = E[∂_iⁿ g], He2² = He4 + 4He2 + 2):
///   E[ξ_i² t²] = |a|² + 2a_i²;  E[(|ξ_C|²−m)²] = 2m;  E[(|ξ_C|²−m)² t²] = 8|a_C|² + 2m|a|²;
///   E[(|ξ_C|²−m)² t⁴] = 24|a_C|⁴ + 48|a_C|²|a|² + 6m|a|⁴;  for a≠b: E[ξ_a²ξ_b²] = 1,
///   E[ξ_a²ξ_b² t²] = |a|² + 2a_a² + 2a_b²,  E[ξ_a²ξ_b² t⁴] = 24a_a²a_b² + 12(a_a² + a_b²)|a|² + 3|a|⁴
///   (a = b is the Laplacian with C = {a}). Hence RMS bounds per term, with |c| factored out:
///   value:       vanilla, CV: σ|a| (centre at c sin θ);  antithetic (sin θ cos σt): σ²√(E t⁴)/2 = σ²|a|²√3/2.
///   ∂_i u:        vanilla: 1/σ;  CV and antithetic: √(|a|² + 2a_i²).
///   second order (weight w = |ξ_C|²−m or ξ_aξ_b − [a=b]): vanilla √E[w²]/σ²;  CV √E[w²t²]/σ;  antithetic √E[w²t⁴]/2.
/// The tolerance is Z = 5 such deviations: each check fails by chance with probability below about 1e-6
/// (normal tails; K ≥ 1024 terms make the mean close to normal), and the bounds themselves are upper bounds.
/// </summary>
internal static class SteinTolerance
{
    public const double Z = 5;

    public static double Value(SineNetwork f, SteinEstimator e, double sigma, int k) =>
        Sum(f, (a2, _) => e == SteinEstimator.Antithetic ? sigma * sigma * a2 * Math.Sqrt(3) / 2 : sigma * Math.Sqrt(a2), k);

    public static double Partial(SineNetwork f, SteinEstimator e, double sigma, int i, int k) =>
        Sum(f, (a2, a) => e == SteinEstimator.Vanilla ? 1 / sigma : Math.Sqrt(a2 + 2 * a[i] * a[i]), k);

    public static double Laplacian(SineNetwork f, SteinEstimator e, double sigma, int[] columns, int k) =>
        Sum(f, (a2, a) =>
        {
            double m = columns.Length, ac2 = columns.Sum(i => a[i] * a[i]);
            return e switch
            {
                SteinEstimator.Vanilla => Math.Sqrt(2 * m) / (sigma * sigma),
                SteinEstimator.ControlVariate => Math.Sqrt(8 * ac2 + 2 * m * a2) / sigma,
                _ => Math.Sqrt(24 * ac2 * ac2 + 48 * ac2 * a2 + 6 * m * a2 * a2) / 2,
            };
        }, k);

    public static double SecondPartial(SineNetwork f, SteinEstimator e, double sigma, int p, int q, int k)
    {
        if (p == q) return Laplacian(f, e, sigma, new[] { p }, k);
        return Sum(f, (a2, a) =>
        {
            double ap = a[p] * a[p], aq = a[q] * a[q];
            return e switch
            {
                SteinEstimator.Vanilla => 1 / (sigma * sigma),
                SteinEstimator.ControlVariate => Math.Sqrt(a2 + 2 * ap + 2 * aq) / sigma,
                _ => Math.Sqrt(24 * ap * aq + 12 * (ap + aq) * a2 + 3 * a2 * a2) / 2,
            };
        }, k);
    }

    // Z · Σ_j |c_j| · rms_j / √K, with rms_j a function of |a_j|² and a_j.
    private static double Sum(SineNetwork f, Func<double, double[], double> rms, int k)
    {
        var a = f.A.to_type(ScalarType.Float64);
        var c = f.C.to_type(ScalarType.Float64).data<double>().ToArray();
        double total = 0;
        for (int j = 0; j < c.Length; j++)
        {
            var aj = a[j].data<double>().ToArray();
            total += Math.Abs(c[j]) * rms(aj.Sum(v => v * v), aj);
        }
        return Z * total / Math.Sqrt(k);
    }
}
