namespace PdeDsl;

/// <summary>The hidden-layer nonlinearity of an <see cref="Mlp"/>. The paper uses tanh.</summary>
public enum Activation
{
    /// <summary>tanh (paper default).</summary>
    Tanh,
    /// <summary>sin, as in SIREN-style networks.</summary>
    Sine,
    /// <summary>softplus, log(1 + e^z).</summary>
    Softplus,
    /// <summary>The logistic sigmoid.</summary>
    Sigmoid,
    /// <summary>max(0, z): piecewise linear, so its second derivatives vanish for autograd; Stein estimators still see curvature of the smoothed u.</summary>
    Relu,
}
