using System;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// The base network f: R^D -> R that the Gaussian-smoothed solution u(x) = E f(x+δ) averages.
/// Its first layer is exposed so Stein backends can use W(x+δ) = Wx + Wδ with noise shared across
/// the batch (docs/runtime.md, "Shared or per-point noise"), which keeps the cost of wide inputs out of the N·K product.
/// </summary>
public abstract class BaseNetwork : nn.Module<Tensor, Tensor>
{
    /// <summary>Creates the module with a name for TorchSharp's state dictionary.</summary>
    protected BaseNetwork(string name) : base(name) { }

    /// <summary>The input width D.</summary>
    public abstract int InputDimension { get; }

    /// <summary>
    /// The number of outputs m, one per unknown of the problem (1: f is scalar and its outputs drop the last axis;
    /// above 1: they keep it, [..., m]).
    /// </summary>
    public virtual int Outputs => 1;

    /// <summary>The first affine layer, x -> Wx + b.</summary>
    public abstract Linear FirstLayer { get; }

    /// <summary>The rest of the network applied to first-layer outputs [..., h]; returns [...] (one output) or [..., m] (<see cref="Outputs"/> m).</summary>
    public abstract Tensor ForwardFromFirstLayer(Tensor firstLayerOutput);

    /// <summary>
    /// Whether <see cref="ForwardJets"/> is implemented (the runtime's <see cref="Mlp"/> does): the jet estimators need it,
    /// the difference estimators and Stein's work with any network.
    /// </summary>
    public virtual bool SupportsJets => false;

    /// <summary>
    /// Taylor-mode forward pass: f and its first and second directional derivatives along M directions v_m, exactly,
    /// from the first layer's output z = Wx + b [N, h] and its directional derivatives Wv_m [N or 1, M, h] (an affine
    /// layer has no second derivative). Returns value [N], first [N, M] (v_mᵀ∇f) and second [N, M] (v_mᵀ∇²f v_m), each
    /// with a trailing axis of <see cref="Outputs"/> when there are several unknowns. No back-propagation is involved, so
    /// one backward pass through the result trains the network.
    /// </summary>
    public virtual (Tensor Value, Tensor First, Tensor Second) ForwardJets(Tensor firstLayerOutput, Tensor firstLayerTangents) =>
        throw new NotSupportedException($"The network {GetType().Name} has no Taylor-mode forward pass; use the difference or a Stein estimator.");

    /// <summary>f(x) for x [..., D]; returns [...].</summary>
    public override Tensor forward(Tensor input) => ForwardFromFirstLayer(FirstLayer.forward(input));
}
