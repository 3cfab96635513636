using System.Collections.Generic;
using PdeDsl.Language.Binding;

namespace PdeDsl.Language.Lowering;

/// <summary>
/// Reads what one equation reads of u by walking its expressions, once, into its <see cref="EmitDerivativeRequest"/>.
/// <c>|grad u|^2</c> is its own quantity (the runtime estimates it without the upward bias of squaring one gradient
/// estimate); the gradient itself is requested only where it is used otherwise.
/// </summary>
internal sealed class DerivativeUse
{
    private bool value;
    private readonly List<string> firstPartials = new();
    private bool gradient;
    private bool gradientSquaredNorm;
    private bool laplacian;
    private readonly List<SecondPartialModel> secondPartials = new();
    private readonly List<EmitHessianDiagonal> hessianDiagonals = new();
    private readonly List<EmitDirectionField> quadraticForms = new();
    private readonly List<EmitDirectionField> directionalDerivatives = new();
    private readonly EquatableArray<string> spatial;

    private DerivativeUse(EquatableArray<string> spatial) => this.spatial = spatial;

    /// <summary>
    /// The request of an equation whose sides are <paramref name="expressions"/>, with the grouping stage's
    /// <paramref name="groups"/>; Hessian estimates are over the <paramref name="spatial"/> coordinates.
    /// </summary>
    public static EmitDerivativeRequest Of(EquatableArray<string> spatial, int groups, params BoundExpr[] expressions)
    {
        var use = new DerivativeUse(spatial);
        foreach (var e in expressions) use.Visit(e);
        return new EmitDerivativeRequest(use.value, use.firstPartials.ToEquatableArray(), use.gradient, use.gradientSquaredNorm,
            use.laplacian, use.secondPartials.ToEquatableArray(), groups)
        {
            HessianDiagonals = use.hessianDiagonals.ToEquatableArray(),
            QuadraticForms = use.quadraticForms.ToEquatableArray(),
            DirectionalDerivatives = use.directionalDerivatives.ToEquatableArray(),
        };
    }

    private void Visit(BoundExpr expr)
    {
        PdeCompiler.EnsureStack(); // a formula too deep to walk fails as the caller's error, not a crash
        if (BoundPatterns.IsGradientSquaredNorm(expr))
        {
            gradientSquaredNorm = true;
            return;
        }
        if (expr is BoundDerivative d)
        {
            Add(d);
            return;
        }
        foreach (var child in BoundExprWalker.Children(expr)) Visit(child);
    }

    private void Add(BoundDerivative d)
    {
        switch (d.Kind)
        {
            case DerivativeKind.Value:
                value = true;
                break;
            case DerivativeKind.FirstPartial:
                if (!firstPartials.Contains(d.Coordinates[0])) firstPartials.Add(d.Coordinates[0]);
                break;
            case DerivativeKind.SecondPartial:
                var pair = new SecondPartialModel(d.Coordinates[0], d.Coordinates[d.Coordinates.Count - 1]);
                if (!secondPartials.Contains(pair)) secondPartials.Add(pair);
                break;
            case DerivativeKind.Gradient:
                gradient = true;
                break;
            case DerivativeKind.Laplacian:
                laplacian = true;
                break;
            case DerivativeKind.HessianDiagonal:
                // One request per distinct weight vector, shared by the unknowns (the request is over all of them).
                var diagonal = new EmitHessianDiagonal(spatial, d.Weight!, WeightSign.IsNonNegative(d.Weight!));
                if (!hessianDiagonals.Contains(diagonal)) hessianDiagonals.Add(diagonal);
                break;
            case DerivativeKind.QuadraticForm or DerivativeKind.DirectionalDerivative:
                // One request per distinct direction, as for the diagonals' weights.
                var list = d.Kind == DerivativeKind.QuadraticForm ? quadraticForms : directionalDerivatives;
                var field = new EmitDirectionField(spatial, d.Weight!);
                if (!list.Contains(field)) list.Add(field);
                break;
        }
    }
}
