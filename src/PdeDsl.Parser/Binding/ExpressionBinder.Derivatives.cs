using System;
using System.Collections.Generic;
using System.Linq;
using PdeDsl.Language.Syntax;

namespace PdeDsl.Language.Binding;

/// <summary>Partial derivatives by name (<c>u_x</c>, <c>u_xy</c>, <c>u_x_y</c>) and indexing, with (grad u)[k] normalised.</summary>
internal sealed partial class ExpressionBinder
{
    private BoundExpr BindDerivativeName(NameSyntax n, string unknown = "u")
    {
        var suffix = n.Name.Substring(unknown.Length + 1);
        var parts = Split(suffix);
        if (parts is null)
        {
            var scalars = coordinateOrder.Where(c => coordinateTypes[c].Length is null).ToList();
            var example = scalars.Count > 0 ? $"u_{scalars[0]}" : "u_x";
            bool timeMissing = !coordinateTypes.ContainsKey("t") &&
                (suffix.Split('_').Contains("t") || (suffix.Contains('t') && Split(suffix.Replace("t", "")) is not null));
            if (timeMissing)
                return Error(DiagnosticCodes.BadDerivative, n.Span,
                    $"'{n.Name}' is a derivative by time, but the domain declares no t: add it, as in domain t in [0, T], ...");
            return Error(DiagnosticCodes.BadDerivative, n.Span,
                $"'{n.Name}' names no coordinate after 'u_': partial derivatives are written {example} or u_xy with the scalar coordinates ({(scalars.Count == 0 ? "none declared" : string.Join(", ", scalars))})");
        }
        foreach (var part in parts)
            if (coordinateTypes[part].Length is not null)
                return Error(DiagnosticCodes.BadDerivative, n.Span,
                    $"'{part}' is a vector coordinate, so '{n.Name}' is not a partial derivative: use grad u, its components (grad u)[k], or lap(u)");
        if (parts.Count > 2)
            return Error(DiagnosticCodes.BadDerivative, n.Span,
                $"'{n.Name}' is a derivative of order {parts.Count}; only orders 1 and 2 are supported for now");
        if (parts.Count == 1)
            return new BoundDerivative(DerivativeKind.FirstPartial, EquatableArray.Of(parts[0]), ExprType.Scalar) { Unknown = unknown };
        var sorted = parts.OrderBy(p => coordinateOrder.IndexOf(p)).ToEquatableArray();
        return new BoundDerivative(DerivativeKind.SecondPartial, sorted, ExprType.Scalar) { Unknown = unknown };
    }

    /// <summary>
    /// Splits the suffix of u_... into coordinate names: at underscores when there are any, else into
    /// the one way of reading it as declared coordinates; null when there is no single reading.
    /// </summary>
    private List<string>? Split(string suffix)
    {
        if (suffix.Length == 0) return null;
        if (suffix.Contains('_'))
        {
            var pieces = suffix.Split('_').ToList();
            return pieces.All(coordinateTypes.ContainsKey) ? pieces : null;
        }
        // Readings of suffix[k..] as coordinates; more than one reading is as bad as none.
        var readings = new List<string>?[suffix.Length + 1];
        var counts = new int[suffix.Length + 1];
        counts[suffix.Length] = 1;
        readings[suffix.Length] = new List<string>();
        for (int k = suffix.Length - 1; k >= 0; k--)
        {
            foreach (var c in coordinateOrder)
            {
                if (string.CompareOrdinal(suffix, k, c, 0, c.Length) != 0 || k + c.Length > suffix.Length) continue;
                int rest = k + c.Length;
                if (counts[rest] == 0) continue;
                counts[k] += counts[rest];
                if (counts[k] == 1) readings[k] = new List<string> { c }.Concat(readings[rest]!).ToList();
            }
            if (counts[k] > 1) counts[k] = 2;
        }
        return counts[0] == 1 ? readings[0] : null;
    }

    private BoundExpr BindIndex(IndexSyntax syntax, LetFrame? frame)
    {
        var target = BindExpression(syntax.Target, frame);
        var index = BindExpression(syntax.Index, frame);
        if (target is BoundError || index is BoundError) return new BoundError();
        if (RefuseMatrix(target, syntax.Target.Span, "an index [k]") is { } matrixIndexed) return matrixIndexed;
        var shown = Show(target);
        if (target.Type.IsScalar)
            return Error(DiagnosticCodes.BadIndex, syntax.Target.Span,
                $"{shown} is a scalar and has no components: only vectors (vector coordinates, grad u) can be indexed");
        if (index.Type.IsVector || BoundExprWalker.DependsOnPoint(index))
            return Error(DiagnosticCodes.BadIndex, syntax.Index.Span, "an index must be a whole number or a formula of dims, such as x[1] or x[n]");
        if (RefuseLearned(index, syntax.Index, "an index") is BoundError) return new BoundError();
        var length = target.Type.Length!;
        var range = $"from 1 to {length}";
        if (index is BoundNumber k)
        {
            if (k.Value != Math.Floor(k.Value))
                return Error(DiagnosticCodes.BadIndex, syntax.Index.Span, $"the index {k.Value} is not a whole number: components are numbered {range}");
            if (k.Value < 1)
                return Error(DiagnosticCodes.IndexOutOfRange, syntax.Index.Span,
                    $"{shown}[{Show(index)}] is out of range: components are numbered {range}");
        }
        var form = LinearForm.Of(index);
        if (form is not null)
        {
            var excess = form.Minus(LinearForm.Of(length));
            if (excess.IsConstant && excess.Constant > 0)
                return Error(DiagnosticCodes.IndexOutOfRange, syntax.Index.Span,
                    $"{shown}[{Show(index)}] is out of range: {shown} has {length} components, {shown}[1] .. {shown}[{length}]");
            if (form.IsConstant && form.Constant < 1)
                return Error(DiagnosticCodes.IndexOutOfRange, syntax.Index.Span,
                    $"{shown}[{Show(index)}] is out of range: components are numbered from 1");
        }
        if (target is BoundDerivative { Kind: DerivativeKind.Gradient } gradient && index is BoundNumber component)
        {
            var partial = ComponentCoordinate((int)component.Value);
            if (partial is not null)
                return new BoundDerivative(DerivativeKind.FirstPartial, EquatableArray.Of(partial), ExprType.Scalar) { Unknown = gradient.Unknown };
        }
        return new BoundIndex(target, index);
    }

    /// <summary><c>v[a..b]</c>: bounds are whole numbers or formulas of dims, inside the vector, and the slice has at least one component.</summary>
    private BoundExpr BindSlice(SliceSyntax syntax, LetFrame? frame)
    {
        var target = BindExpression(syntax.Target, frame);
        var from = BindExpression(syntax.From, frame);
        var to = BindExpression(syntax.To, frame);
        if (target is BoundError || from is BoundError || to is BoundError) return new BoundError();
        if (RefuseMatrix(target, syntax.Target.Span, "a slice [a..b]") is { } matrixSliced) return matrixSliced;
        var shown = Show(target);
        if (target.Type.IsScalar)
            return Error(DiagnosticCodes.BadIndex, syntax.Target.Span, $"{shown} is a scalar and has no components to slice: only vectors can be sliced");
        var lower = from.Type.IsScalar && !BoundExprWalker.DependsOnPoint(from) ? LinearForm.Of(from) : null;
        var upper = to.Type.IsScalar && !BoundExprWalker.DependsOnPoint(to) ? LinearForm.Of(to) : null;
        if (lower is null || upper is null || lower.Constant != Math.Floor(lower.Constant) || upper.Constant != Math.Floor(upper.Constant))
            return Error(DiagnosticCodes.BadIndex, lower is null ? syntax.From.Span : syntax.To.Span,
                "the bounds of a slice must be whole numbers or sums of dims and whole numbers, such as x[1..n-1] or x[2..n]");
        var length = target.Type.Length!;
        var count = upper.Minus(lower).Plus(new LinearForm(1, new Dictionary<string, double>()));
        var countLength = AsLength(count);
        bool below = lower.IsConstant && lower.Constant < 1;
        var excess = upper.Minus(LinearForm.Of(length));
        if (below || (excess.IsConstant && excess.Constant > 0))
            return Error(DiagnosticCodes.IndexOutOfRange, syntax.Span,
                $"{shown}[{Show(from)}..{Show(to)}] is out of range: {shown} has components 1 .. {length}");
        if (countLength is null || (count.IsConstant && count.Constant < 1))
            return Error(DiagnosticCodes.IndexOutOfRange, syntax.Span,
                $"{shown}[{Show(from)}..{Show(to)}] has no components or a length that is not a whole number plus dims: the upper bound must not be less than the lower");
        return new BoundSlice(target, from, to, ExprType.Vector(countLength));
    }

    /// <summary>A linear form with non-negative whole coefficients as a vector length; null otherwise.</summary>
    private static VectorLength? AsLength(LinearForm form)
    {
        var dims = new List<string>();
        foreach (var p in form.Coefficients.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (p.Value < 0 || p.Value != Math.Floor(p.Value)) return null;
            for (int k = 0; k < (int)p.Value; k++) dims.Add(p.Key);
        }
        return form.Constant != Math.Floor(form.Constant) ? null : new VectorLength((int)form.Constant, dims.ToEquatableArray());
    }

    /// <summary>The scalar spatial coordinate that component <paramref name="k"/> of grad u is, when it is one and lengths before it are known.</summary>
    private string? ComponentCoordinate(int k)
    {
        int offset = 0;
        foreach (var name in coordinateOrder)
        {
            var (isTime, length) = coordinateTypes[name];
            if (isTime) continue;
            if (length is null)
            {
                if (k == offset + 1) return name;
                offset++;
                continue;
            }
            if (!length.IsKnown || k <= offset + length.Constant) return null;
            offset += length.Constant;
        }
        return null;
    }
}
