namespace PdeDsl;

/// <summary>The law of the random directions v of a <see cref="DirectionalBackend"/> (both have E vvᵀ = I).</summary>
public enum DirectionKind
{
    /// <summary>Entries ±1 with probability ½: a diagonal Hessian adds no variance to vᵀ∇²f v (Hutchinson). The default.</summary>
    Rademacher,
    /// <summary>Entries N(0, 1): Var(vᵀ∇²f v) = 2‖∇²f‖²_F, twice Rademacher's plus the diagonal's share.</summary>
    Gaussian,
}
