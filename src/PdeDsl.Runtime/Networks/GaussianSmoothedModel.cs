using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// The solution model u(x) = E_{δ~N(0,σ²I)} f(x+δ) of a base network f (paper, section 4.1), evaluated
/// by Monte Carlo with a <see cref="SteinBackend"/>; use it to evaluate a trained solution.
/// </summary>
public sealed class GaussianSmoothedModel
{
    private static readonly DerivativeRequest ValueOnly = new() { Value = true };

    /// <summary>Wraps <paramref name="network"/> with the smoothing and estimator settings in <paramref name="options"/>.</summary>
    public GaussianSmoothedModel(BaseNetwork network, SteinOptions? options = null)
    {
        Network = network;
        Backend = new SteinBackend(options);
    }

    /// <summary>The base network f.</summary>
    public BaseNetwork Network { get; }

    /// <summary>The backend that estimates u and its derivatives.</summary>
    public SteinBackend Backend { get; }

    /// <summary>The noise level σ.</summary>
    public double Sigma => Backend.Options.Sigma;

    /// <summary>u at points [N, D], [N] (antithetic: the mean of (f(x+δ) + f(x−δ))/2 over K vectors).</summary>
    public Tensor Value(Tensor points) => Backend.Evaluate(Network, points, ValueOnly).RequireValue();

    /// <summary>Everything in <paramref name="request"/> at <paramref name="points"/>.</summary>
    public DerivativeResult Derivatives(Tensor points, DerivativeRequest request) => Backend.Evaluate(Network, points, request);
}
