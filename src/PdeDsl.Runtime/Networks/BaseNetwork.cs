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

    /// <summary>The first affine layer, x -> Wx + b (x -> Wφ(x) + b with an <see cref="InputMap"/>).</summary>
    public abstract Linear FirstLayer { get; }

    /// <summary>
    /// The map in front of the first layer (<see cref="PeriodicInputMap"/>: f periodic in some columns;
    /// <see cref="RadialInputMap"/>: |x|² as an input), or null (the first layer reads x itself). Backends that shift x inside the first layer (Wx + Wδ) must map each shifted input instead.
    /// </summary>
    public virtual InputMap? InputMap => null;

    /// <summary>The first layer's output at inputs x [..., D]: Wx + b, or Wφ(x) + b with an <see cref="InputMap"/>.</summary>
    public Tensor FirstLayerOutput(Tensor input) => FirstLayer.forward(InputMap is { } map ? map.Apply(input) : input);

    /// <summary>The rest of the network applied to first-layer outputs [..., h]; returns [...] (one output) or [..., m] (<see cref="Outputs"/> m).</summary>
    public abstract Tensor ForwardFromFirstLayer(Tensor firstLayerOutput);

    /// <summary>
    /// Whether <see cref="ForwardJets"/> is implemented (the runtime's <see cref="Mlp"/> does): the jet estimators need it,
    /// the difference estimators and Stein's work with any network.
    /// </summary>
    public virtual bool SupportsJets => false;

    /// <summary>
    /// Taylor-mode forward pass: f and its first and second directional derivatives along M directions v_m, exactly,
    /// from the first layer's output z = Wx + b [N, h], its directional derivatives Wv_m [N or 1, M, h] and, where the
    /// layer's input is a curved map of x (an <see cref="InputMap"/>), its second directional derivatives [N, M, h]
    /// (null: zero, as for an affine layer). Returns value [N], first [N, M] (v_mᵀ∇f) and second [N, M] (v_mᵀ∇²f v_m),
    /// each with a trailing axis of <see cref="Outputs"/> when there are several unknowns. No back-propagation is
    /// involved, so one backward pass through the result trains the network.
    /// </summary>
    public virtual (Tensor Value, Tensor First, Tensor Second) ForwardJets(Tensor firstLayerOutput, Tensor firstLayerTangents, Tensor? firstLayerCurvature = null) =>
        throw new NotSupportedException($"The network {GetType().Name} has no Taylor-mode forward pass; use the difference or a Stein estimator.");

    /// <summary>f(x) for x [..., D]; returns [...].</summary>
    public override Tensor forward(Tensor input) => ForwardFromFirstLayer(FirstLayerOutput(input));
}
