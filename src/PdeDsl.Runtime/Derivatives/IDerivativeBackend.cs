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
    /// <summary>A short name for reports: "stein" or "autograd".</summary>
    string Name { get; }

    /// <summary>Evaluates <paramref name="request"/> at <paramref name="points"/> [N, D].</summary>
    DerivativeResult Evaluate(BaseNetwork network, Tensor points, DerivativeRequest request);
}
