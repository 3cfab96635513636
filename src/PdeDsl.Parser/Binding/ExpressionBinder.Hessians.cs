using PdeDsl.Language.Diagnostics;
using PdeDsl.Language.Syntax;

namespace PdeDsl.Language.Binding;

/// <summary>
/// <c>hess(e)</c> and the three things a Hessian may be used in: <c>diag(M)</c> (a vector), <c>tr(M)</c> (a scalar) and
/// <c>M*v</c> (a vector). A matrix anywhere else is an error, so no matrix leaves the binder.
/// </summary>
internal sealed partial class ExpressionBinder
{
    /// <summary>An error when <paramref name="e"/> is a matrix, which <paramref name="use"/> cannot take; null otherwise.</summary>
    private BoundExpr? RefuseMatrix(BoundExpr e, SourceSpan span, string use) => e.Type.IsMatrix
        ? Error(DiagnosticCodes.MatrixMisuse, span,
            $"{Show(e)} is a matrix, but {use} needs a scalar or a vector: a Hessian is used as diag({Show(e)}), tr({Show(e)}) or {Show(e)}*v")
        : null;

    /// <summary><c>hess(e)</c> over the spatial coordinates: of a scalar formula, or (for diag only) of a vector as long as they are.</summary>
    private BoundExpr BindHessian(BoundExpr argument, CallSyntax call)
    {
        var argSpan = call.Arguments[0].Span;
        var spatial = SpatialLength();
        if (spatial is null) return NoSpatialCoordinate(call, "hess(...)");
        if (argument.Type.IsVector && !argument.Type.Length!.SameAs(spatial))
            return Error(DiagnosticCodes.BadHessian, argSpan,
                $"hess applies to a scalar formula, but {Show(argument)} is a {Describe(argument.Type)}; only diag(hess(v)) of a vector v as long as the spatial coordinates ({spatial}) is taken, component by component");
        if (RefuseSeveralUnknowns(argument, argSpan, "hess") is { } refused) return refused;
        return new BoundHessian(argument, ExprType.Matrix(spatial), call.Span);
    }

    /// <summary><c>diag(M)</c>: the Hessian's diagonal, a vector over the spatial columns.</summary>
    private BoundExpr BindDiagonal(BoundExpr argument, CallSyntax call)
    {
        if (argument is not BoundHessian h)
            return Error(DiagnosticCodes.MatrixMisuse, call.Arguments[0].Span,
                $"diag takes a matrix, hess(e), but {Show(argument)} is a {Describe(argument.Type)}");
        return new BoundDifferential(DifferentialOperator.HessianDiagonal, h.Operand, EquatableArray<string>.Empty, ExprType.Vector(h.Type.Length!), h.Span);
    }

    /// <summary><c>tr(M)</c>: the trace of the Hessian, which is the Laplacian.</summary>
    private BoundExpr BindTrace(BoundExpr argument, CallSyntax call)
    {
        if (argument is not BoundHessian h)
            return Error(DiagnosticCodes.MatrixMisuse, call.Arguments[0].Span,
                $"tr takes a matrix, hess(e), but {Show(argument)} is a {Describe(argument.Type)}");
        if (VectorHessian(h, call.Arguments[0].Span, "tr") is { } refused) return refused;
        return h.Operand is BoundDerivative { Kind: DerivativeKind.Value } u
            ? new BoundDerivative(DerivativeKind.Laplacian, EquatableArray<string>.Empty, ExprType.Scalar) { Unknown = u.Unknown }
            : new BoundDifferential(DifferentialOperator.Laplacian, h.Operand, EquatableArray<string>.Empty, ExprType.Scalar, h.Span);
    }

    /// <summary><c>M*v</c> (a vector of M's side), or the error for any other use of a matrix in an arithmetic operation.</summary>
    private BoundExpr CombineMatrix(BinaryOperator op, SourceSpan operatorSpan, BoundExpr left, BoundExpr right)
    {
        if (op != BinaryOperator.Multiply || left is not BoundHessian h || right.Type.IsMatrix)
            return Error(DiagnosticCodes.MatrixMisuse, operatorSpan, op == BinaryOperator.Multiply && right.Type.IsMatrix && !left.Type.IsMatrix
                ? $"a Hessian multiplies a vector from the left: write {Show(right)}*v, not v*{Show(right)}"
                : $"a matrix cannot be {Verb(op)} here: a Hessian is used as diag(M), tr(M) or M*v with a vector v");
        if (VectorHessian(h, operatorSpan, "M*v") is { } refused) return refused;
        if (right.Type.IsScalar)
            return Error(DiagnosticCodes.MatrixMisuse, operatorSpan,
                $"a Hessian multiplies a vector, but {Show(right)} is a scalar: scale the result instead, as in {Show(right)}*(hess(...)*v)");
        if (!right.Type.Length!.SameAs(h.Type.Length!))
            return Error(DiagnosticCodes.HessianLengthMismatch, operatorSpan,
                $"the Hessian has one row per spatial column ({h.Type.Length}), but {Show(right)} has length {right.Type.Length}");
        return new BoundHessianProduct(h.Operand, right, ExprType.Vector(h.Type.Length!), h.Span);
    }

    private static string Verb(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "added",
        BinaryOperator.Subtract => "subtracted",
        BinaryOperator.Divide => "divided",
        BinaryOperator.Power => "raised to a power",
        _ => "multiplied",
    };

    /// <summary>The Hessian of a vector is taken for diag only (component by component).</summary>
    private BoundExpr? VectorHessian(BoundHessian h, SourceSpan span, string use) => h.Operand.Type.IsVector
        ? Error(DiagnosticCodes.BadHessian, span,
            $"{Show(h.Operand)} is a vector, so its Hessian is not a matrix: only diag(hess(v)) is taken (component by component), not {use}")
        : null;

    /// <summary>
    /// The error for element-wise <c>a*diag(M)</c> (or +, -, /) with vectors of different lengths, in the Hessian's words;
    /// null when neither side is a Hessian's diagonal.
    /// </summary>
    private BoundExpr? DiagonalLengthMismatch(SourceSpan operatorSpan, BoundExpr left, BoundExpr right)
    {
        var diagonal = left is BoundDifferential { Operator: DifferentialOperator.HessianDiagonal } ? left
            : right is BoundDifferential { Operator: DifferentialOperator.HessianDiagonal } ? right : null;
        if (diagonal is null) return null;
        var other = ReferenceEquals(diagonal, left) ? right : left;
        return Error(DiagnosticCodes.HessianLengthMismatch, operatorSpan,
            $"diag(hess(...)) has one component per spatial column ({diagonal.Type.Length}), but {Show(other)} has length {other.Type.Length}");
    }
}
