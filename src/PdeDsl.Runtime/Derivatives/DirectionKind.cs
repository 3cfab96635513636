namespace PdeDsl;

/// <summary>The law of the random directions v of a <see cref="DirectionalBackend"/> (each has E vvᵀ = I).</summary>
public enum DirectionKind
{
    /// <summary>Entries ±1 with probability ½: a diagonal Hessian adds no variance to vᵀ∇²f v (Hutchinson). The default.</summary>
    Rademacher,
    /// <summary>Entries N(0, 1): Var(vᵀ∇²f v) = 2‖∇²f‖²_F, twice Rademacher's plus the diagonal's share.</summary>
    Gaussian,
    /// <summary>
    /// A coordinate axis drawn at random, √|C|·e_i with i uniform over the columns C (and, for a weighted Hessian diagonal,
    /// √W·e_i with i drawn with probability w_i/W, W = Σ w_i): the off-diagonal Hessian adds no variance, only the spread
    /// of the diagonal entries does, so a solution whose second derivatives are alike along every axis (a function of
    /// Σx_i, of |x|²) is read with little or no noise, and one that bends along few axes with much.
    /// </summary>
    Axes,
}
