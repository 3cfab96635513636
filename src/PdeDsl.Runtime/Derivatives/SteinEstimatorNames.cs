using System;

namespace PdeDsl;

/// <summary>The spellings of <see cref="SteinEstimator"/> on the command line and in reports.</summary>
public static class SteinEstimatorNames
{
    /// <summary>Parses vanilla, control-variate (controlVariate, cv) or antithetic (any case).</summary>
    public static SteinEstimator Parse(string text) => text?.Trim().ToLowerInvariant() switch
    {
        "vanilla" => SteinEstimator.Vanilla,
        "control-variate" or "controlvariate" or "control_variate" or "cv" => SteinEstimator.ControlVariate,
        "antithetic" => SteinEstimator.Antithetic,
        _ => throw new ArgumentException($"Unknown estimator '{text}': expected vanilla, control-variate or antithetic.", nameof(text)),
    };

    /// <summary>The option and train-statement spelling: vanilla, control-variate or antithetic.</summary>
    public static string ToOptionName(SteinEstimator estimator) => estimator switch
    {
        SteinEstimator.Vanilla => "vanilla",
        SteinEstimator.ControlVariate => "control-variate",
        SteinEstimator.Antithetic => "antithetic",
        _ => throw new ArgumentException($"Unknown estimator {estimator}.", nameof(estimator)),
    };

    /// <summary>The report name: vanilla, controlVariate or antithetic.</summary>
    public static string ToReportName(this SteinEstimator estimator) => estimator switch
    {
        SteinEstimator.Vanilla => "vanilla",
        SteinEstimator.ControlVariate => "controlVariate",
        SteinEstimator.Antithetic => "antithetic",
        _ => throw new ArgumentException($"Unknown estimator {estimator}.", nameof(estimator)),
    };
}
