using System;
using System.Collections.Generic;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// The requested quantities at N points, as tensors: value [N], first partials [N] each,
/// gradient [N, G], Laplacian [N], second partials, Hessian diagonals, quadratic forms and directional derivatives [N] each. Entries not requested are null or absent.
/// </summary>
public sealed class DerivativeResult
{
    /// <summary>u at each point, [N].</summary>
    public Tensor? Value { get; init; }

    /// <summary>∂u/∂x_i by column, each [N].</summary>
    public IReadOnlyDictionary<int, Tensor> FirstPartials { get; init; } = new Dictionary<int, Tensor>();

    /// <summary>∇u over <see cref="DerivativeRequest.GradientColumns"/>, [N, G].</summary>
    public Tensor? Gradient { get; init; }

    /// <summary>|∇u|² over <see cref="DerivativeRequest.GradientColumns"/>, [N], unbiased for Stein backends.</summary>
    public Tensor? GradientSquaredNorm { get; init; }

    /// <summary>Δu over <see cref="DerivativeRequest.LaplacianColumns"/>, [N].</summary>
    public Tensor? Laplacian { get; init; }

    /// <summary>∂²u/∂x_a∂x_b by column pair as requested, each [N].</summary>
    public IReadOnlyDictionary<(int A, int B), Tensor> SecondPartials { get; init; } = new Dictionary<(int, int), Tensor>();

    /// <summary>Σ_i w_i ∂²u/∂x_{c_i}² for each of <see cref="DerivativeRequest.HessianDiagonals"/>, in its order, each [N].</summary>
    public IReadOnlyList<Tensor> HessianDiagonals { get; init; } = Array.Empty<Tensor>();

    /// <summary>vᵀ ∇²_C u v for each of <see cref="DerivativeRequest.QuadraticForms"/>, in its order, each [N].</summary>
    public IReadOnlyList<Tensor> QuadraticForms { get; init; } = Array.Empty<Tensor>();

    /// <summary>wᵀ∇_C u for each of <see cref="DerivativeRequest.DirectionalDerivatives"/>, in its order, each [N].</summary>
    public IReadOnlyList<Tensor> DirectionalDerivatives { get; init; } = Array.Empty<Tensor>();

    /// <summary>
    /// With <see cref="DerivativeRequest.Groups"/> G above 1: G results, each estimating every requested quantity
    /// from its own slice of the noise, so estimates from different groups are independent (empty when G = 1).
    /// The top-level fields stay the estimates from all samples.
    /// </summary>
    public IReadOnlyList<DerivativeResult> Groups { get; init; } = Array.Empty<DerivativeResult>();

    /// <summary>An empty result; the backends set what was requested.</summary>
    public DerivativeResult() { }

    // Every estimate of other (its groups and unknowns too): the one place that lists the fields, for the copies below.
    private DerivativeResult(DerivativeResult other)
    {
        Value = other.Value;
        FirstPartials = other.FirstPartials;
        Gradient = other.Gradient;
        GradientSquaredNorm = other.GradientSquaredNorm;
        Laplacian = other.Laplacian;
        SecondPartials = other.SecondPartials;
        HessianDiagonals = other.HessianDiagonals;
        QuadraticForms = other.QuadraticForms;
        DirectionalDerivatives = other.DirectionalDerivatives;
        Groups = other.Groups;
        ByUnknown = other.ByUnknown;
    }

    /// <summary>The same estimates with <paramref name="groups"/> as <see cref="Groups"/>.</summary>
    internal DerivativeResult WithGroups(IReadOnlyList<DerivativeResult> groups) => new(this) { Groups = groups };

    /// <summary>
    /// With several unknowns (a network of m outputs): one result per unknown, in the problem's order, each with its own
    /// <see cref="Groups"/>, all from the same forward pass and noise; the top-level fields are unknown 0's (u). Empty
    /// for one unknown.
    /// </summary>
    public IReadOnlyList<DerivativeResult> ByUnknown { get; init; } = Array.Empty<DerivativeResult>();

    /// <summary>Unknown <paramref name="index"/>'s result: this one for 0 (or with one unknown), else <see cref="ByUnknown"/>'s.</summary>
    public DerivativeResult Unknown(int index) =>
        index == 0 && ByUnknown.Count == 0 ? this
        : index >= 0 && index < ByUnknown.Count ? ByUnknown[index]
        : throw new ArgumentOutOfRangeException(nameof(index), index, $"There are {System.Math.Max(1, ByUnknown.Count)} unknowns.");

    /// <summary>Unknown 0's estimates at the top, with <paramref name="byUnknown"/> (whose first is unknown 0's) as <see cref="ByUnknown"/>.</summary>
    internal static DerivativeResult OfUnknowns(IReadOnlyList<DerivativeResult> byUnknown) => new(byUnknown[0]) { ByUnknown = byUnknown };

    /// <summary>The value, or a clear error if it was not requested.</summary>
    public Tensor RequireValue() => Value ?? throw new InvalidOperationException("u was not in the derivative request.");

    /// <summary>The gradient, or a clear error if it was not requested.</summary>
    public Tensor RequireGradient() => Gradient ?? throw new InvalidOperationException("grad u was not in the derivative request.");

    /// <summary>|∇u|², or a clear error if it was not requested.</summary>
    public Tensor RequireGradientSquaredNorm() => GradientSquaredNorm ?? throw new InvalidOperationException("|grad u|^2 was not in the derivative request.");

    /// <summary>The Laplacian, or a clear error if it was not requested.</summary>
    public Tensor RequireLaplacian() => Laplacian ?? throw new InvalidOperationException("lap(u) was not in the derivative request.");

    /// <summary>A first partial, or a clear error if it was not requested.</summary>
    public Tensor RequireFirstPartial(int column) =>
        FirstPartials.TryGetValue(column, out var t) ? t : throw new InvalidOperationException($"The first partial by column {column} was not in the derivative request.");

    /// <summary>A second partial (either order), or a clear error if it was not requested.</summary>
    public Tensor RequireSecondPartial(int a, int b) =>
        SecondPartials.TryGetValue((a, b), out var t) || SecondPartials.TryGetValue((b, a), out t)
            ? t
            : throw new InvalidOperationException($"The second partial by columns ({a}, {b}) was not in the derivative request.");

    /// <summary>Weighted Hessian diagonal <paramref name="index"/> (the request's order), or a clear error if there is no such entry.</summary>
    public Tensor RequireHessianDiagonal(int index) =>
        index >= 0 && index < HessianDiagonals.Count
            ? HessianDiagonals[index]
            : throw new InvalidOperationException($"Weighted Hessian diagonal {index} was not in the derivative request ({HessianDiagonals.Count} were).");

    /// <summary>Quadratic form <paramref name="index"/> (the request's order), or a clear error if there is no such entry.</summary>
    public Tensor RequireQuadraticForm(int index) =>
        index >= 0 && index < QuadraticForms.Count
            ? QuadraticForms[index]
            : throw new InvalidOperationException($"Quadratic form {index} was not in the derivative request ({QuadraticForms.Count} were).");

    /// <summary>Directional derivative <paramref name="index"/> (the request's order), or a clear error if there is no such entry.</summary>
    public Tensor RequireDirectionalDerivative(int index) =>
        index >= 0 && index < DirectionalDerivatives.Count
            ? DirectionalDerivatives[index]
            : throw new InvalidOperationException($"Directional derivative {index} was not in the derivative request ({DirectionalDerivatives.Count} were).");
}
