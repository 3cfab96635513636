using System;

namespace PdeDsl;

/// <summary>Settings of the <see cref="SteinBackend"/>. Defaults are the paper's: antithetic, σ = 0.1, K = 1024.</summary>
public sealed record SteinOptions
{
    /// <summary>The estimator (default <see cref="SteinEstimator.Antithetic"/>, eqs. 10 and 11).</summary>
    public SteinEstimator Estimator { get; init; } = SteinEstimator.Antithetic;

    /// <summary>Noise level σ of the smoothing u(x) = E f(x+δ), δ ~ N(0, σ²I); must be positive and finite.</summary>
    public double Sigma { get; init; } = 0.1;

    /// <summary>Number K of noise vectors δ_k per point (antithetic: 2K+1 evaluations of f per point); at least 1.</summary>
    public int Samples { get; init; } = 1024;

    /// <summary>Whether the K vectors are shared across the batch (default, see <see cref="PdeDsl.NoiseMode"/>) or drawn per point.</summary>
    public NoiseMode NoiseMode { get; init; } = NoiseMode.Shared;

    /// <summary>Seed of the backend's noise generator: a backend made with the same options draws the same noise sequence.</summary>
    public long Seed { get; init; }

    /// <summary>
    /// Whether the noise groups of a request (<see cref="DerivativeRequest.Groups"/>) use disjoint slices of the noise
    /// (default). False makes every group the all-sample estimate, so a product of groups is the same-sample product,
    /// biased by the factors' covariance: the switch that shows what the grouping removes.
    /// </summary>
    public bool IndependentGroups { get; init; } = true;

    /// <summary>Throws an ArgumentException naming the first bad setting.</summary>
    public void Validate()
    {
        if (!(Sigma > 0) || double.IsInfinity(Sigma))
            throw new ArgumentException($"Stein noise level sigma must be positive and finite, not {Sigma}.", nameof(Sigma));
        if (Samples < 1)
            throw new ArgumentException($"Stein sample count K must be at least 1, not {Samples}.", nameof(Samples));
        if (!Enum.IsDefined(Estimator))
            throw new ArgumentException($"Unknown Stein estimator {Estimator}.", nameof(Estimator));
        if (!Enum.IsDefined(NoiseMode))
            throw new ArgumentException($"Unknown noise mode {NoiseMode}.", nameof(NoiseMode));
    }
}
