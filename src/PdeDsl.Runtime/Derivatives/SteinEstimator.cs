namespace PdeDsl;

/// <summary>Which Monte Carlo form of Stein's identity estimates the derivatives (paper, sections 4.1 and 4.3).</summary>
public enum SteinEstimator
{
    /// <summary>Eq. 7 and its second-order forms: f at x+δ_k only, K evaluations. High variance.</summary>
    Vanilla,
    /// <summary>Eqs. 8 and 9: f(x) subtracted as a baseline, K+1 evaluations.</summary>
    ControlVariate,
    /// <summary>Eqs. 10 and 11: control variate plus antithetic pairs ±δ_k, 2K+1 evaluations. The default.</summary>
    Antithetic,
}
