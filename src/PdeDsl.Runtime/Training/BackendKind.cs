namespace PdeDsl;

/// <summary>How the trainer obtains the derivatives of u.</summary>
public enum BackendKind
{
    /// <summary>Stein's identity on the Gaussian-smoothed model, forward passes only (paper eqs. 7-11).</summary>
    Stein,
    /// <summary>Stacked back-propagation through the base network: the classic PINN.</summary>
    Autograd,
    /// <summary>
    /// Taylor-mode jets of the base network along the axes (exact) and K random directions (Hutchinson): forward passes
    /// only, variance that does not grow with the dimension (<see cref="DirectionalBackend"/>).
    /// </summary>
    Jet,
    /// <summary>Central differences of the base network along the same directions as <see cref="Jet"/>, step σ.</summary>
    Difference,
}
