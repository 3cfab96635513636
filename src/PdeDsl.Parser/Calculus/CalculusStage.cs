using System.Collections.Generic;
using System.Linq;
using PdeDsl.Language.Binding;
using PdeDsl.Language.Diagnostics;

namespace PdeDsl.Language.Calculus;

/// <summary>
/// The stage between binding and emission: bound model in, bound model out, every derivative of a formula
/// (<see cref="BoundDifferential"/>) replaced by formulas over the coordinates and the derivatives of u up to
/// order 2, and each equation's derivative request recomputed from what the result reads.
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

    /// <summary>The model with its derivatives of formulas taken, or null when one could not be (reported).</summary>
    public static ProblemModel? Apply(ProblemModel model, DiagnosticBag diagnostics)
    {
        model = AnsatzSubstitution.Apply(model);
        if (!Contains(model)) return model;
        var stage = new CalculusStage(diagnostics, new CoordinateFrame(model.Coordinates));
        EquationModel Equation(EquationModel e) => e with { Left = stage.Rewrite(e.Left), Right = stage.Rewrite(e.Right) };
        var result = model with
        {
            Pdes = model.Pdes.Select(Equation).ToEquatableArray(),
            Conditions = model.Conditions.Select(Equation).ToEquatableArray(),
            Exact = model.Exact is null ? null : stage.Rewrite(model.Exact),
            Coordinates = model.Coordinates.Select(c => c.Law is null ? c : c with
            {
                Law = c.Law with
                {
                    Mean = c.Law.Mean is null ? null : stage.Rewrite(c.Law.Mean),
                    Deviation = c.Law.Deviation is null ? null : stage.Rewrite(c.Law.Deviation),
                },
            }).ToEquatableArray(),
        };
        return stage.failed ? null : result;
    }

    /// <summary>Binds one detached expression's derivatives (the test hook's path).</summary>
    public static BoundExpr? Apply(BoundExpr e, IReadOnlyList<CoordinateModel> coordinates, DiagnosticBag diagnostics)
    {
        var stage = new CalculusStage(diagnostics, new CoordinateFrame(coordinates));
        var result = stage.Rewrite(e);
        return stage.failed ? null : result;
    }

    private static bool Contains(ProblemModel model) =>
        model.Pdes.Concat(model.Conditions).Any(e => Has(e.Left) || Has(e.Right)) || (model.Exact is not null && Has(model.Exact))
        || model.Coordinates.Any(c => c.Law is { } law && ((law.Mean is not null && Has(law.Mean)) || (law.Deviation is not null && Has(law.Deviation))));

    private static bool Has(BoundExpr e) => BoundExprWalker.Any(e, n => n is BoundDifferential);

    /// <summary>Replaces every derivative operator in <paramref name="e"/>, outermost first.</summary>
    public BoundExpr Rewrite(BoundExpr e)
    {
        PdeCompiler.EnsureStack();
        if (!Has(e)) return e;
        switch (e)
        {
            case BoundDifferential d: return Differentiate(d);
            case BoundIndex i: return new BoundIndex(Rewrite(i.Vector), Rewrite(i.Index));
            case BoundNegate n: return new BoundNegate(Rewrite(n.Operand));
            case BoundBinary b: return b with { Left = Rewrite(b.Left), Right = Rewrite(b.Right) };
            case BoundCall c: return c with { Arguments = c.Arguments.Select(Rewrite).ToEquatableArray() };
            case BoundNorm n: return new BoundNorm(Rewrite(n.Operand));
            case BoundSlice s: return s with { Vector = Rewrite(s.Vector) };
            default: return e;
        }
    }

    private BoundExpr Differentiate(BoundDifferential d)
    {
        try
        {
            var spatial = frame.Spatial.Select(c => c.Name);
            switch (d.Operator)
            {
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
        }
        catch (CalculusException ex)
        {
            failed = true;
            diagnostics.Error(DiagnosticCodes.NotDifferentiable, d.Span, ex.Message);
            return new BoundError();
        }
    }

    private BoundExpr Partial(BoundExpr e, string coordinate) =>
        new Differentiator(frame, new[] { coordinate }, Rewrite).Grad(e).FullBlock(frame, coordinate);
}
