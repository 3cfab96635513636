using System;
using System.Collections.Generic;
using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// The weights of a <see cref="HessianDiagonalRequest"/> and the direction of a <see cref="QuadraticFormRequest"/> or a
/// <see cref="DirectionalDerivativeRequest"/> at the points, checked and shaped [N, |C|] or [1, |C|] (the latter when
/// they do not vary by point, so a backend can share what it builds from them across the batch).
/// </summary>
internal static class HessianFields
{
    public static Tensor Weights(HessianDiagonalRequest request, Tensor points, int index) =>
        Field(request.Weights(points), points, request.Columns.Count, $"DerivativeRequest.HessianDiagonals[{index}].Weights");

    /// <summary>
    /// The request's direction fields in the order the backends lay them out, the quadratic forms' then the directional
    /// derivatives', each with its entry's name for messages ("QuadraticForms[0]").
    /// </summary>
    public static IEnumerable<(DirectionFieldRequest Field, string Entry)> DirectionFields(DerivativeRequest request) =>
        request.QuadraticForms.Select((q, i) => ((DirectionFieldRequest)q, $"{nameof(DerivativeRequest.QuadraticForms)}[{i}]"))
            .Concat(request.DirectionalDerivatives.Select((w, i) => ((DirectionFieldRequest)w, $"{nameof(DerivativeRequest.DirectionalDerivatives)}[{i}]")));

    /// <summary>Every direction field of <paramref name="request"/> at the points, checked, in <see cref="DirectionFields"/>' order.</summary>
    public static Tensor[] Directions(DerivativeRequest request, Tensor points) =>
        DirectionFields(request).Select(f => Field(f.Field.Direction(points), points, f.Field.Columns.Count, $"DerivativeRequest.{f.Entry}.Direction")).ToArray();

    /// <summary>
    /// √w, 0 where w ≤ 0, with a zero (not infinite or NaN) derivative there: the inner where keeps sqrt's argument
    /// positive, so back-propagation through weights that touch 0 stays finite.
    /// </summary>
    public static Tensor SafeSqrt(Tensor w)
    {
        var positive = w.gt(0);
        return where(positive, where(positive, w, ones_like(w)).sqrt(), zeros_like(w));
    }

    private static Tensor Field(Tensor? t, Tensor points, int width, string name)
    {
        if (t is null) throw new ArgumentException($"{name} returned null; it must give a tensor [N, {width}].", "request");
        long n = points.shape[0];
        var shape = t.shape;
        bool fits = shape.Length switch
        {
            0 => true,
            1 => shape[0] == width || shape[0] == 1,
            2 => (shape[0] == n || shape[0] == 1) && (shape[1] == width || shape[1] == 1),
            _ => false,
        };
        if (!fits)
            throw new ArgumentException($"{name} gave shape [{string.Join(", ", shape)}]; it must be [N, {width}] with N = {n} (or broadcast to it: [{width}], [1, {width}]).", "request");
        if (t.dtype != points.dtype || t.device_type != points.device_type)
            throw new ArgumentException($"{name} gave a {t.dtype} tensor on {t.device}; the points are {points.dtype} on {points.device}.", "request");
        var rows = shape.Length == 2 && shape[0] == n ? n : 1;
        return t.reshape(shape.Length == 2 ? new[] { shape[0], shape[1] } : new[] { 1L, shape.Length == 1 ? shape[0] : 1 }).expand(rows, width);
    }
}
