namespace PdeDsl;

/// <summary>How a <see cref="DirectionalBackend"/> obtains f's first and second derivatives along one direction v.</summary>
public enum DirectionalMethod
{
    /// <summary>
    /// Taylor-mode jets: vᵀ∇f and vᵀ∇²f v exactly, in one forward pass that carries each direction's first- and
    /// second-order tangents (<see cref="BaseNetwork.ForwardJets"/>). No step, no bias. The default.
    /// </summary>
    Jet,
    /// <summary>
    /// Central differences of f at x ± h·v: (f₊ − f₋)/(2h) and (f₊ + f₋ − 2f(x))/h², biased by h²/6·∂³_v f and
    /// h²/12·∂⁴_v f (∂_v along v itself, so a random v over m columns moves x by h√m). Any network.
    /// </summary>
    Difference,
}
