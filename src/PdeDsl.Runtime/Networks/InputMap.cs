using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// A fixed map x ↦ φ(x) in front of a network's first layer (Wφ(x) + b): the <see cref="PeriodicInputMap"/> of periodic
/// coordinates, or the <see cref="RadialInputMap"/>'s |x|² feature. The backends differentiate through it: jets with its
/// first and second directional derivatives, differences and Stein's estimators by evaluating φ at shifted inputs.
/// </summary>
public abstract class InputMap
{
    /// <summary>The input width D.</summary>
    public abstract int InputDimension { get; }

    /// <summary>The first layer's input width, φ(x)'s length.</summary>
    public abstract int FeatureDimension { get; }

    /// <summary>φ(x) for x [..., D]: [..., <see cref="FeatureDimension"/>].</summary>
    public abstract Tensor Apply(Tensor x);

    /// <summary>
    /// φ's first and second directional derivatives at x [N, D] along directions v [M, D], [1, M, D] or [N, M, D]:
    /// J_φ(x)v and vᵀ∇²φ(x)v, each [N, M, <see cref="FeatureDimension"/>].
    /// </summary>
    public abstract (Tensor Tangent, Tensor Curvature) Directional(Tensor x, Tensor v);

    /// <summary>
    /// The first layer's directional derivatives W J_φ(x) v and W (vᵀ∇²φ(x) v), each [N, M, h] (or [M, h] where a part is the same at every point), for directions
    /// <paramref name="v"/> [M, |C|] or [N, M, |C|] over input <paramref name="columns"/> C, with W = <paramref name="weight"/>
    /// [h, F]. This default widens v to all D inputs; a map whose structure allows it overrides it with a cheaper form.
    /// </summary>
    internal virtual (Tensor Tangent, Tensor Curvature) FirstLayerDirectional(Tensor weight, Tensor x, Tensor v, int[] columns)
    {
        var (tangent, curvature) = Directional(x, Widen(x, v, columns));
        var wt = weight.t();
        return (tangent.matmul(wt), curvature.matmul(wt));
    }

    /// <summary>
    /// For a linear map φ(x) = Ax: the first layer's weight on x itself, W A [h, D], so the backends shift Wx + b by W A v as
    /// they do without a map (the scaled map's columns divided by their scales); null for a map that bends.
    /// </summary>
    internal virtual Tensor? LinearWeight(Tensor weight) => null;

    /// <summary>Directions over <paramref name="columns"/> as input-space directions [M, D] or [N, M, D] (zeros elsewhere).</summary>
    internal static Tensor Widen(Tensor x, Tensor v, int[] columns)
    {
        var shape = v.shape.ToArray();
        shape[^1] = x.shape[1];
        var index = tensor(columns.Select(c => (long)c).ToArray(), device: x.device);
        return zeros(shape, dtype: v.dtype, device: v.device).index_copy(-1, index, v);
    }
}
