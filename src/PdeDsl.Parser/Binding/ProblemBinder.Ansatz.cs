using System;
using System.Collections.Generic;
using System.Linq;
using PdeDsl.Language.Syntax;

namespace PdeDsl.Language.Binding;

/// <summary>
/// Vector params (<c>param c[n] = 0.5</c>, <c>param c[n] ~ normal(m, s)</c>) and the exact constraint
/// <c>ansatz u = A + B*net</c> (docs/language.md, "Vector params and the ansatz").
/// </summary>
internal sealed partial class ProblemBinder
{
    private readonly List<VectorParamSyntax> vectorParams = new();
    private AnsatzModel? ansatz;
    private SourceSpan? ansatzSpan;

    /// <summary>The name the network's value goes by inside an ansatz.</summary>
    public const string Network = "net";

    private static readonly BoundExpr NetworkValue = new BoundDerivative(DerivativeKind.Value, EquatableArray<string>.Empty, ExprType.Scalar);

    /// <summary>Binds the vector params' lengths and laws once every dim and scalar param is known; replaces their entries.</summary>
    private void BindVectorParams(List<ParamModel> paramList)
    {
        foreach (var p in vectorParams)
        {
            var name = p.Name.Text;
            var example = $"param {name}[n] = 0.5 or param {name}[n] ~ normal(0, 1)";
            VectorLength? length = null;
            switch (p.Length)
            {
                case NumberSyntax n when n.Value == Math.Floor(n.Value) && n.Value >= 1 && n.Value <= int.MaxValue:
                    length = VectorLength.Of((int)n.Value);
                    break;
                case NameSyntax d when dims.ContainsKey(d.Name):
                    length = new VectorLength(0, EquatableArray.Of(d.Name));
                    break;
                case NameSyntax d when rejected.Contains(d.Name):
                    break;
                default:
                    diagnostics.Error(DiagnosticCodes.BadValue, p.Length.Span,
                        $"the length of the vector param {name} must be a whole number of at least 1 or a dim: {example}");
                    break;
            }
            LawModel? law = null;
            bool ok = length is not null;
            if (p.Law is { } l)
            {
                if (l.Name.Text != "normal" || l.Arguments.Count != 2)
                {
                    diagnostics.Error(DiagnosticCodes.BadLaw, l.Span,
                        $"a vector param is drawn from normal(mean, std) (two scalars), not {l.Name.Text}{(l.HasArgumentList ? "(...)" : "")}: {example}");
                    ok = false;
                }
                else
                {
                    var mean = BindConstant(l.Arguments[0], "the mean of a vector param");
                    var deviation = BindConstant(l.Arguments[1], "the standard deviation of a vector param");
                    if (deviation is BoundNumber s && !(s.Value > 0))
                        deviation = Error(DiagnosticCodes.BadDeviation, l.Arguments[1].Span,
                            $"the standard deviation of the vector param {name} is {ExpressionPrinter.Number(s.Value)}, but it must be positive");
                    ok &= mean is not BoundError && deviation is not BoundError;
                    law = new LawModel(LawKind.Normal, mean, deviation, toModelSpan(l.Span));
                }
            }
            if (!ok)
            {
                rejected.Add(name);
                continue;
            }
            var model = new ParamModel(name, p.Value?.Value ?? 0, toModelSpan(p.Span), length, law);
            parameters[name] = model;
            paramList.Add(model);
        }
    }

    /// <summary>
    /// <c>ansatz u = formula</c>: the formula may use <c>net</c> (the network's value), coordinates, params, dims and lets,
    /// not u; it must be a scalar affine in net (u = A + B*net), so derivatives of u are those of net, linearly.
    /// </summary>
    private void BindAnsatz(AnsatzSyntax syntax)
    {
        if (ansatzSpan is not null)
        {
            diagnostics.Error(DiagnosticCodes.BadAnsatz, syntax.Span,
                $"a problem has one ansatz, and it is already given at line {ansatzSpan.Line}; remove one of them");
            return;
        }
        ansatzSpan = syntax.Span;
        if (syntax.Unknown.Text != "u")
        {
            diagnostics.Error(DiagnosticCodes.BadAnsatz, syntax.Unknown.Span,
                $"an ansatz gives the unknown u, not '{syntax.Unknown.Text}': write ansatz u = A + B*net");
            return;
        }
        if (BindsU(syntax.Value))
        {
            diagnostics.Error(DiagnosticCodes.BadAnsatz, syntax.Value.Span,
                "an ansatz defines u, so it cannot use u or its derivatives: write it with net (the network), as in ansatz u = (1 - |x|^2)*net");
            return;
        }
        var value = BindExpression(syntax.Value, new LetFrame(new Dictionary<string, BoundExpr>(StringComparer.Ordinal) { [Network] = NetworkValue }));
        if (value is BoundError) return;
        if (!CheckScalar(value, syntax.Value, "the ansatz")) return;
        if (BoundExprWalker.Any(value, n => n is BoundDifferential or BoundOutwardNormal))
        {
            diagnostics.Error(DiagnosticCodes.BadAnsatz, syntax.Value.Span,
                "an ansatz is a formula of the coordinates and net, without derivatives or normal: write it as A + B*net");
            return;
        }
        if (!BoundExprWalker.Any(value, n => n is BoundDerivative))
        {
            diagnostics.Error(DiagnosticCodes.BadAnsatz, syntax.Value.Span,
                "this ansatz does not use net, so nothing would be learned: write it as A + B*net, as in ansatz u = (1 - |x|^2)*net");
            return;
        }
        if (!IsAffineInNetwork(value))
        {
            diagnostics.Error(DiagnosticCodes.BadAnsatz, syntax.Value.Span,
                "an ansatz must be affine in net, as in A + B*net with A and B formulas of the coordinates: net may be added, subtracted, negated, multiplied or divided by such formulas, nothing more");
            return;
        }
        ansatz = new AnsatzModel(value, toModelSpan(syntax.Span));
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

    private static bool HasNetwork(BoundExpr e) => BoundExprWalker.Any(e, n => n is BoundDerivative);

    /// <summary>A + B*net: net appears only through sums, differences, negation and products or quotients by net-free formulas.</summary>
    private static bool IsAffineInNetwork(BoundExpr e) => e switch
    {
        _ when !HasNetwork(e) => true,
        BoundDerivative { Kind: DerivativeKind.Value } => true,
        BoundNegate n => IsAffineInNetwork(n.Operand),
        BoundBinary { Operator: BinaryOperator.Add or BinaryOperator.Subtract } b => IsAffineInNetwork(b.Left) && IsAffineInNetwork(b.Right),
        BoundBinary { Operator: BinaryOperator.Multiply } b => (!HasNetwork(b.Left) && IsAffineInNetwork(b.Right)) || (!HasNetwork(b.Right) && IsAffineInNetwork(b.Left)),
        BoundBinary { Operator: BinaryOperator.Divide } b => !HasNetwork(b.Right) && IsAffineInNetwork(b.Left),
        _ => false,
    };
}
