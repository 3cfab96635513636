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

    /// <summary>The request of an equation whose sides are <paramref name="expressions"/>, with the grouping stage's <paramref name="groups"/>.</summary>
    public static EmitDerivativeRequest Of(int groups, params BoundExpr[] expressions)
    {
        var use = new DerivativeUse();
        foreach (var e in expressions) use.Visit(e);
        return new EmitDerivativeRequest(use.value, use.firstPartials.ToEquatableArray(), use.gradient, use.gradientSquaredNorm,
            use.laplacian, use.secondPartials.ToEquatableArray(), groups);
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
        }
    }
}
