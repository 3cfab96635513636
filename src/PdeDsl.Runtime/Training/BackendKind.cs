namespace PdeDsl;

/// <summary>How the trainer obtains the derivatives of u.</summary>
public enum BackendKind
{
    /// <summary>Stein's identity on the Gaussian-smoothed model, forward passes only.</summary>
    Stein,
    /// <summary>Stacked back-propagation through the base network: the classic PINN.</summary>
    Autograd,
}
