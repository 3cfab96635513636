using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// Estimates the derivatives of the solution u at a batch of points from ONE batched evaluation of
/// the base network. Stein backends differentiate the Gaussian-smoothed model u = E f(x+δ) from
/// forward passes; the autograd backend differentiates f itself by stacked back-propagation.
/// The result stays attached to the graph of the network's parameters, so a loss built from it trains.
/// </summary>
public interface IDerivativeBackend
{
    /// <summary>A short name for reports: "stein", "autograd", "jet" or "difference".</summary>
    string Name { get; }

    /// <summary>
    /// Whether <paramref name="request"/> is answered without randomness, so two evaluations at the same points agree
    /// (the trainer then squares one residual instead of multiplying two independent ones). False unless a backend knows.
    /// </summary>
    bool IsExact(DerivativeRequest request) => false;

    /// <summary>Evaluates <paramref name="request"/> at <paramref name="points"/> [N, D].</summary>
    DerivativeResult Evaluate(BaseNetwork network, Tensor points, DerivativeRequest request);
}
