namespace PdeDsl;

/// <summary>Floating-point precision of parameters and points. Float32 is the default; σ⁴ in the
/// second-order Stein estimators loses digits in float32 below σ ≈ 1e-2 (paper, section 5.3).</summary>
public enum Precision
{
    /// <summary>32-bit floats (default).</summary>
    Float32,
    /// <summary>64-bit floats.</summary>
    Float64,
}
