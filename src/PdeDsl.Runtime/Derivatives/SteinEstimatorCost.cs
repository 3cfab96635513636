using System;

namespace PdeDsl;

/// <summary>What one Stein estimate costs in network evaluations, the one count the backends, the rules and the memory estimate share.</summary>
public static class SteinEstimatorCost
{
    /// <summary>
    /// Network evaluations per point for K = <paramref name="samples"/> noise vectors: f(x+σξ_k) for vanilla (eq. 7), plus
    /// f(x) for the control variate (eqs. 8-9), f(x±σξ_k) and f(x) for antithetic (eqs. 10-11).
    /// </summary>
    public static long EvaluationsPerPoint(this SteinEstimator estimator, long samples) => estimator switch
    {
        SteinEstimator.Vanilla => samples,
        SteinEstimator.ControlVariate => samples + 1,
        SteinEstimator.Antithetic => 2 * samples + 1,
        _ => throw new ArgumentException($"Unknown estimator {estimator}.", nameof(estimator)),
    };
}
