using System;
using TorchSharp;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// The relative L2 error R = ‖u − u*‖₂/‖u*‖₂ over N points drawn from a problem's law, with its standard error: R is a
/// Monte Carlo estimate of sqrt(E[(u − u*)²]/E[u*²]), and a solution whose size lives in a tail of the law (u = exp(s)
/// with s normal) needs many points before R settles (docs/training.md, "The relative L2 error and its standard error").
/// </summary>
public static class RelativeL2
{
    /// <summary>
    /// R of <paramref name="predicted"/> [N] against <paramref name="exact"/> [N] and its standard error by the delta method:
    /// with e_i = (u_i − u*_i)², a_i = u*_i² and r = ē/ā = R², Var(r) ≈ Var(e_i − r·a_i)/(N·ā²) and SE(R) = SE(r)/(2R)
    /// (0 when R is 0; NaN with fewer than 2 points or a non-finite R, where no spread can be told). Computed in float64.
    /// For a smoothed (Stein) model it is the spread over the points only, not the noise of each predicted value.
    /// </summary>
    public static RelativeL2Estimate Estimate(Tensor predicted, Tensor exact)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(exact);
        using var scope = NewDisposeScope();
        var u = exact.to(ScalarType.Float64).flatten();
        var e = predicted.to(ScalarType.Float64).flatten().sub(u).square();
        var a = u.square();
        long n = e.shape[0];
        double meanA = a.mean().ToDouble();
        double r = e.mean().ToDouble() / meanA;
        double value = Math.Sqrt(r);
        if (value == 0) return new(0, 0);
        if (n < 2 || !double.IsFinite(value)) return new(value, double.NaN);
        // The sample variance of the linearised ratio e_i − r·a_i (its mean is 0 by the choice of r).
        double variance = e.sub(a.mul(r)).square().sum().ToDouble() / (n - 1);
        double standardErrorOfR = Math.Sqrt(variance / n) / meanA;
        return new(value, standardErrorOfR / (2 * value));
    }
}
