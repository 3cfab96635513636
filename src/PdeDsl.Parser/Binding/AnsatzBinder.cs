using System;
using System.Collections.Generic;
using System.Linq;
using PdeDsl.Language.Diagnostics;
using PdeDsl.Language.Syntax;

namespace PdeDsl.Language.Binding;

/// <summary>
/// The exact constraint <c>ansatz u = formula(net)</c> (<c>A + B*net</c>, <c>exp(net)</c>) (docs/language.md, "Vector params and the ansatz"), bound against the
/// problem's scope through its expression binder.
/// </summary>
internal sealed class AnsatzBinder
{
    private readonly ExpressionBinder expressions;
    private readonly DiagnosticBag diagnostics;
    private readonly Func<SourceSpan, SourceSpan> toModelSpan;

    /// <param name="expressions">Binds the formula in the problem's scope.</param>
    /// <param name="diagnostics">Where errors go.</param>
    /// <param name="toModelSpan">Maps a syntax span to the span stored in the model.</param>
    public AnsatzBinder(ExpressionBinder expressions, DiagnosticBag diagnostics, Func<SourceSpan, SourceSpan> toModelSpan)
    {
        this.expressions = expressions;
        this.diagnostics = diagnostics;
        this.toModelSpan = toModelSpan;
    }

    private static readonly BoundExpr NetworkValue = new BoundDerivative(DerivativeKind.Value, EquatableArray<string>.Empty, ExprType.Scalar);

    /// <summary>
    /// <c>ansatz u = formula</c>: the formula may use <c>net</c> (the network's value), coordinates, params, dims and lets,
    /// not u; a scalar, affine in net (u = A + B*net) or not (u = exp(net)): the calculus stage takes its derivatives by the
    /// chain rule, so a nonlinear one multiplies derivatives of net, which the noise grouping keeps unbiased.
    /// <paramref name="first"/> is where an earlier ansatz of the problem is, if any. Null when refused (reported).
    /// </summary>
    public AnsatzModel? Bind(AnsatzSyntax syntax, SourceSpan? first)
    {
        if (first is not null)
        {
            diagnostics.Error(DiagnosticCodes.BadAnsatz, syntax.Span,
                $"a problem has one ansatz, and it is already given at line {first.Line}; remove one of them");
            return null;
        }
        if (syntax.Unknown.Text != "u")
        {
            diagnostics.Error(DiagnosticCodes.BadAnsatz, syntax.Unknown.Span,
                $"an ansatz gives the unknown u, not '{syntax.Unknown.Text}': write ansatz u = A + B*net");
            return null;
        }
        if (BindsU(syntax.Value))
        {
            diagnostics.Error(DiagnosticCodes.BadAnsatz, syntax.Value.Span,
                "an ansatz defines u, so it cannot use u or its derivatives: write it with net (the network), as in ansatz u = (1 - |x|^2)*net");
            return null;
        }
        var value = expressions.Bind(syntax.Value, new Dictionary<string, BoundExpr>(StringComparer.Ordinal) { [ExpressionBinder.Network] = NetworkValue });
        if (value is BoundError) return null;
        if (!expressions.CheckScalar(value, syntax.Value, "the ansatz")) return null;
        if (BoundExprWalker.Any(value, n => n is BoundDifferential or BoundOutwardNormal))
        {
            diagnostics.Error(DiagnosticCodes.BadAnsatz, syntax.Value.Span,
                "an ansatz is a formula of the coordinates and net, without derivatives or normal: write it as a formula of net, as in A + B*net or exp(net)");
            return null;
        }
        if (!BoundExprWalker.Any(value, n => n is BoundDerivative))
        {
            diagnostics.Error(DiagnosticCodes.BadAnsatz, syntax.Value.Span,
                "this ansatz does not use net, so nothing would be learned: write it with net, as in ansatz u = (1 - |x|^2)*net");
            return null;
        }
        return new AnsatzModel(value, toModelSpan(syntax.Span));
    }

    /// <summary>True when the syntax names u or a derivative of it outside a let (a let's body binds u its own way).</summary>
    private static bool BindsU(ExprSyntax e) => e switch
    {
        NameSyntax n => n.Name == "u" || n.Name.StartsWith("u_", StringComparison.Ordinal),
        CallSyntax c => c.Arguments.Any(BindsU),
        ParenSyntax p => BindsU(p.Inner),
        NormSyntax n => BindsU(n.Operand),
        IndexSyntax i => BindsU(i.Target) || BindsU(i.Index),
        SliceSyntax s => BindsU(s.Target),
        NegateSyntax n => BindsU(n.Operand),
        BinarySyntax b => BindsU(b.Left) || BindsU(b.Right),
        _ => false,
    };
}
