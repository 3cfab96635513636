using System;
using System.Globalization;

namespace PdeDsl;

/// <summary>
/// The <c>--until</c> stops, checked at each validation: a validation-loss target, an MSE target, and a plateau (no
/// improvement of at least 1% on the best for <see cref="TrainingOptions.Patience"/> validations in a row; the MSE is watched
/// when the problem has an exact solution, since the validation loss contains the estimator's variance and flattens first).
/// </summary>
internal sealed class UntilTargets
{
    private const double Improvement = 0.99;
    private readonly TrainingOptions _options;
    private readonly bool _watchMse;
    private double _best = double.PositiveInfinity;
    private int _since;

    public UntilTargets(TrainingOptions options, bool hasExactSolution)
    {
        RequireExactForMse(options, hasExactSolution);
        _options = options;
        _watchMse = hasExactSolution;
    }

    /// <summary>An MSE target needs an exact solution: an ArgumentException before training starts.</summary>
    public static void RequireExactForMse(TrainingOptions options, bool hasExactSolution)
    {
        if (options.UntilMse is double target && !hasExactSolution)
            throw new ArgumentException($"An MSE target (UntilMse, --until mse={target.ToString(CultureInfo.InvariantCulture)}) needs an exact solution, and this problem has none; use a validation-loss target (UntilValidationLoss, --until loss=V).");
    }

    /// <summary>The reason and a sentence when the run should stop after <paramref name="step"/>; null to go on.</summary>
    public (TrainingStopReason Reason, string Message)? Check(int step, double validation, double? mse)
    {
        if (_options.UntilValidationLoss is double loss && validation <= loss)
            return (TrainingStopReason.TargetReached, Say($"Target reached at step {step}: validation loss {validation:0.00E+00} <= {loss:0.00E+00}."));
        if (_options.UntilMse is double target && mse <= target)
            return (TrainingStopReason.TargetReached, Say($"Target reached at step {step}: MSE {mse:0.00E+00} <= {target:0.00E+00}."));
        if (_options.Patience <= 0) return null;
        double watched = _watchMse && mse is double m ? m : validation;
        if (!double.IsFinite(watched)) return null;
        if (watched < _best * Improvement)
        {
            _best = watched;
            _since = 0;
            return null;
        }
        _best = Math.Min(_best, watched);
        if (++_since < _options.Patience) return null;
        return (TrainingStopReason.Plateau, Say(
            $"Stopped at step {step}: the {(_watchMse ? "MSE" : "validation loss")} improved by less than 1% over {_options.Patience} validations (best {_best:0.00E+00})."));
    }

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
