using System;
using System.Collections.Generic;

namespace PdeDsl;

/// <summary>
/// What a residual needs from u at a batch of points, by input column index: the value, first
/// partials, the gradient and the Laplacian over a set of columns, second partials by pair, weighted
/// Hessian diagonals, quadratic forms of the Hessian and directional derivatives.
/// A backend fills all of it from one batched evaluation.
/// </summary>
public sealed class DerivativeRequest
{
    /// <summary>Whether u itself is needed.</summary>
    public bool Value { get; init; }

    /// <summary>Columns whose first partial ∂u/∂x_i is needed.</summary>
    public IReadOnlyList<int> FirstPartials { get; init; } = Array.Empty<int>();

    /// <summary>Columns of the gradient (empty: no gradient). The result has one column per entry, in this order.</summary>
    public IReadOnlyList<int> GradientColumns { get; init; } = Array.Empty<int>();

    /// <summary>
    /// Whether |∇u|² over <see cref="GradientColumns"/> is needed. Squaring one unbiased gradient estimate
    /// is biased upward by tr Var(ĝ) (about (D+1)/K·|∇u|² for antithetic sampling), so Stein backends
    /// return the product of two independent half-sample estimates instead, which is unbiased.
    /// </summary>
    public bool GradientSquaredNorm { get; init; }

    /// <summary>Columns the Laplacian sums over (empty: no Laplacian).</summary>
    public IReadOnlyList<int> LaplacianColumns { get; init; } = Array.Empty<int>();

    /// <summary>Second partials ∂²u/∂x_a∂x_b by column pair.</summary>
    public IReadOnlyList<(int A, int B)> SecondPartials { get; init; } = Array.Empty<(int, int)>();

    /// <summary>Weighted Hessian diagonals Σ_i w_i(x) ∂²u/∂x_{c_i}², one result [N] each, in this order.</summary>
    public IReadOnlyList<HessianDiagonalRequest> HessianDiagonals { get; init; } = Array.Empty<HessianDiagonalRequest>();

    /// <summary>Quadratic forms vᵀ ∇²_C u v along direction fields v(x), one result [N] each, in this order.</summary>
    public IReadOnlyList<QuadraticFormRequest> QuadraticForms { get; init; } = Array.Empty<QuadraticFormRequest>();

    /// <summary>Directional derivatives wᵀ∇_C u along fields w(x), one result [N] each, in this order.</summary>
    public IReadOnlyList<DirectionalDerivativeRequest> DirectionalDerivatives { get; init; } = Array.Empty<DirectionalDerivativeRequest>();

    /// <summary>
    /// How many independent estimates G of every requested quantity are wanted beside the all-sample one (default 1:
    /// only that). A product of two estimates from the same noise is biased by their covariance; a product of
    /// estimates from different groups is not. Stein backends estimate group g from noise vectors
    /// [g·K/G, (g+1)·K/G) of the same forward pass, so K must be at least G; autograd's groups are its exact result.
    /// </summary>
    public int Groups { get; init; } = 1;

    /// <summary>Whether only u itself is asked (no derivative of any order).</summary>
    internal bool IsValueOnly =>
        FirstPartials.Count == 0 && GradientColumns.Count == 0 && !GradientSquaredNorm && DirectionalDerivatives.Count == 0 && !HasSecondOrder;

    /// <summary>Whether any second derivative is asked: a Laplacian, second partials, Hessian diagonals or quadratic forms.</summary>
    internal bool HasSecondOrder =>
        LaplacianColumns.Count > 0 || SecondPartials.Count > 0 || HessianDiagonals.Count > 0 || QuadraticForms.Count > 0;
}
