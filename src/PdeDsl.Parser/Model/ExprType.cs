using System;
using System.Linq;

namespace PdeDsl.Language;

/// <summary>
/// A vector length known at compile time up to dims: <c>Constant + sum of the named dims</c>
/// (for example <c>x in [0,1]^n</c> has length n, and grad u over y and x has length 1 + n).
/// </summary>
public sealed record VectorLength(int Constant, EquatableArray<string> Dims)
{
    public static VectorLength Of(int constant) => new(constant, EquatableArray<string>.Empty);

    public bool IsKnown => Dims.Count == 0;

    /// <summary>Whether the two lengths are equal whatever the dims' values: the same constant and the same dims, counted.</summary>
    public bool SameAs(VectorLength other) =>
        Constant == other.Constant && Dims.OrderBy(d => d, StringComparer.Ordinal).SequenceEqual(other.Dims.OrderBy(d => d, StringComparer.Ordinal));

    public override string ToString()
    {
        // "n - 1", not "n + -1": the length reads as the user wrote the slice.
        string dims = string.Join(" + ", Dims);
        string constant = System.Math.Abs(Constant).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Dims.Count == 0) return Constant.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Constant == 0 ? dims : $"{dims} {(Constant < 0 ? "-" : "+")} {constant}";
    }
}

/// <summary>
/// The type of an expression: a scalar, a vector of a length, or (<paramref name="IsMatrix"/>) a square matrix of that side:
/// <c>hess(e)</c>, which the binder allows only inside <c>diag(M)</c>, <c>tr(M)</c> and <c>M*v</c>, so no matrix reaches
/// a later stage.
/// </summary>
public sealed record ExprType(VectorLength? Length, bool IsMatrix = false)
{
    public static ExprType Scalar { get; } = new((VectorLength?)null);

    public static ExprType Vector(VectorLength length) => new(length);

    /// <summary>A square matrix of side <paramref name="side"/> (a Hessian over the spatial coordinates).</summary>
    public static ExprType Matrix(VectorLength side) => new(side, true);

    public bool IsScalar => Length is null;

    public bool IsVector => Length is not null && !IsMatrix;

    public override string ToString() => Length is null ? "scalar" : IsMatrix ? $"matrix[{Length} x {Length}]" : $"vector[{Length}]";
}
