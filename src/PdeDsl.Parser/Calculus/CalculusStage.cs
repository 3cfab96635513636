using System.Collections.Generic;
using System.Linq;
using PdeDsl.Language.Binding;
using PdeDsl.Language.Diagnostics;

namespace PdeDsl.Language.Calculus;

/// <summary>
/// The stage after binding: <see cref="ProblemModel"/> in, <see cref="CalculusProblem"/> out, every derivative of a
/// formula (<see cref="BoundDifferential"/>) replaced by formulas over the coordinates and the derivatives of u up to
/// order 2.
/// </summary>
internal sealed class CalculusStage
{
    private readonly DiagnosticBag diagnostics;
    private readonly CoordinateFrame frame;
    private bool failed;

    private CalculusStage(DiagnosticBag diagnostics, CoordinateFrame frame)
    {
        this.diagnostics = diagnostics;
        this.frame = frame;
    }

    /// <summary>The problem with its derivatives of formulas taken, or null when one could not be (reported).</summary>
    public static CalculusProblem? Apply(ProblemModel model, DiagnosticBag diagnostics)
    {
        model = AnsatzSubstitution.Apply(model);
        var stage = new CalculusStage(diagnostics, new CoordinateFrame(model.Coordinates));
        // Without a derivative of a formula the formulas pass unchanged, unchecked, as they always have.
        bool any = Contains(model);
        BoundExpr Expand(BoundExpr e) => any ? stage.Expand(e) : e;
        BoundExpr? Rewrite(BoundExpr? e) => e is null || !any ? e : stage.Rewrite(e);
        // Then the gradients contracted with a direction become directional derivatives (whether or not a formula was
        // differentiated: dot(b, grad u) is written as often as it is derived).
        BoundExpr Reduce(BoundExpr e) => GradientContraction.Apply(Expand(e));
        CalculusEquation Equation(EquationModel e) => new(e.Region, Reduce(e.Left), Reduce(e.Right), e.SourceText, e.Span);
        var pdes = model.Pdes.Select(Equation).ToEquatableArray();
        var conditions = model.Conditions.Select(Equation).ToEquatableArray();
        var exact = model.Exact is null ? null : Expand(model.Exact);
        var coordinates = model.Coordinates.Select(c => c.Law is null ? c : c with
        {
            Law = c.Law with { Mean = Rewrite(c.Law.Mean), Deviation = Rewrite(c.Law.Deviation) },
        }).ToEquatableArray();
        return stage.failed ? null : new CalculusProblem(model, coordinates, pdes, conditions, exact);
    }

    /// <summary>Binds one detached expression's derivatives (the test hook's path).</summary>
    public static BoundExpr? Apply(BoundExpr e, IReadOnlyList<CoordinateModel> coordinates, DiagnosticBag diagnostics)
    {
        var stage = new CalculusStage(diagnostics, new CoordinateFrame(coordinates));
        var result = GradientContraction.Apply(stage.Expand(e));
        return stage.failed ? null : result;
    }

    private static bool Contains(ProblemModel model) =>
        model.Pdes.Concat(model.Conditions).Any(e => Has(e.Left) || Has(e.Right)) || (model.Exact is not null && Has(model.Exact))
        || model.Coordinates.Any(c => c.Law is { } law && ((law.Mean is not null && Has(law.Mean)) || (law.Deviation is not null && Has(law.Deviation))));

    /// <summary>Whether <paramref name="e"/> holds a derivative of a formula, which the stage takes.</summary>
    internal static bool Has(BoundExpr e) => BoundExprWalker.Any(e, n => n is BoundDifferential or BoundHessianProduct);

    /// <summary>
    /// <see cref="Rewrite"/>, then the check that no intermediate Hessian vector of an unknown is left (one that no
    /// <c>sum</c> or <c>dot</c> contracted), reported at the first Hessian written in <paramref name="e"/>.
    /// </summary>
    private BoundExpr Expand(BoundExpr e)
    {
        var result = Rewrite(e);
        if (!HessianContraction.HasIntermediate(result)) return result;
        Report(HessianContraction.NotLinear(), HessianSpan(e));
        return new BoundError();
    }

    /// <summary>Where the first Hessian of <paramref name="e"/> is written.</summary>
    private static SourceSpan HessianSpan(BoundExpr e) => BoundExprWalker.Nodes(e).Select(n => n switch
    {
        BoundDifferential { Operator: DifferentialOperator.HessianDiagonal } d => d.Span,
        BoundHessianProduct h => h.Span,
        _ => null,
    }).First(s => s is not null)!;

    private void Report(CalculusException ex, SourceSpan span)
    {
        failed = true;
        diagnostics.Error(ex.Code, span, ex.Message);
    }

    /// <summary>Replaces every derivative operator in <paramref name="e"/>, outermost first.</summary>
    public BoundExpr Rewrite(BoundExpr e)
    {
        PdeCompiler.EnsureStack();
        if (!Has(e)) return e;
        switch (e)
        {
            case BoundDifferential or BoundHessianProduct: return Differentiate(e);
            case BoundCall { Function: "sum" or "dot" } c:
                var rewritten = c with { Arguments = c.Arguments.Select(Rewrite).ToEquatableArray() };
                if (!HessianContraction.HasIntermediate(rewritten)) return rewritten;
                try { return HessianContraction.Contract(rewritten, frame); }
                catch (CalculusException ex)
                {
                    Report(ex, HessianSpan(c));
                    return new BoundError();
                }
            case BoundIndex i: return new BoundIndex(Rewrite(i.Vector), Rewrite(i.Index));
            case BoundNegate n: return new BoundNegate(Rewrite(n.Operand));
            case BoundBinary b: return b with { Left = Rewrite(b.Left), Right = Rewrite(b.Right) };
            case BoundCall c: return c with { Arguments = c.Arguments.Select(Rewrite).ToEquatableArray() };
            case BoundNorm n: return new BoundNorm(Rewrite(n.Operand));
            case BoundSlice s: return s with { Vector = Rewrite(s.Vector) };
            default: return e;
        }
    }

    private BoundExpr Differentiate(BoundExpr node) => OfOneUnknown(node, n => n switch
    {
        BoundDifferential d => Take(d),
        BoundHessianProduct h => Guarded(h.Span, () => new Differentiator(frame, frame.Spatial.Select(c => c.Name), Rewrite).HessianTimes(h.Operand, Rewrite(h.Direction))),
        _ => n,
    });

    /// <summary>
    /// <paramref name="take"/> of <paramref name="node"/>, where the differentiator knows one unknown, u: a derivative of a
    /// formula of another unknown q (the binder refuses formulas of two) is taken with q renamed to u, and the result renamed back.
    /// </summary>
    private static BoundExpr OfOneUnknown(BoundExpr node, System.Func<BoundExpr, BoundExpr> take)
    {
        var other = BoundExprWalker.Nodes(node).OfType<BoundDerivative>().Select(d => d.Unknown).FirstOrDefault(u => u != "u");
        if (other is null) return take(node);
        return Rename(take(Rename(node, other, "u")), "u", other);
    }

    private static BoundExpr Rename(BoundExpr e, string from, string to) => e is BoundDerivative d
        ? (d.Unknown == from ? d with { Unknown = to } : d)
        : BoundExprWalker.Map(e, x => Rename(x, from, to));

    private BoundExpr Guarded(SourceSpan span, System.Func<BoundExpr> take)
    {
        try { return take(); }
        catch (CalculusException ex)
        {
            Report(ex, span);
            return new BoundError();
        }
    }

    private BoundExpr Take(BoundDifferential d) => Guarded(d.Span, () =>
    {
        var spatial = frame.Spatial.Select(c => c.Name);
        switch (d.Operator)
        {
            case DifferentialOperator.HessianDiagonal:
                return new Differentiator(frame, spatial, Rewrite).DiagonalOfHessian(d.Operand);
            case DifferentialOperator.Gradient:
                return new Differentiator(frame, spatial, Rewrite).Grad(d.Operand).ToVector(frame);
            case DifferentialOperator.Laplacian:
                return new Differentiator(frame, spatial, Rewrite).Lap(d.Operand);
            case DifferentialOperator.Divergence:
                var div = new Differentiator(frame, spatial, Rewrite);
                return div.Trace(div.Jac(d.Operand));
            default:
                var first = Partial(d.Operand, d.Coordinates[0]);
                return d.Coordinates.Count == 1 ? first : Partial(first, d.Coordinates[1]);
        }
    });

    private BoundExpr Partial(BoundExpr e, string coordinate) =>
        new Differentiator(frame, new[] { coordinate }, Rewrite).Grad(e).FullBlock(frame, coordinate);
}
