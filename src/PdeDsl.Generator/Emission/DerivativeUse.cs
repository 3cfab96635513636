using System.Collections.Generic;
using PdeDsl.Language;

namespace PdeDsl.Generator.Emission;

/// <summary>
/// What one equation reads of u, found by walking its expressions. <c>|grad u|^2</c> is its own
/// quantity (the runtime estimates it without the upward bias of squaring one gradient estimate);
/// the gradient itself is requested only where it is used otherwise.
/// </summary>
internal sealed class DerivativeUse
{
    public bool Value { get; private set; }

    public List<string> FirstPartials { get; } = new();

    public bool Gradient { get; private set; }

    public bool GradientSquaredNorm { get; private set; }

    public bool Laplacian { get; private set; }

    public List<SecondPartialModel> SecondPartials { get; } = new();

    /// <summary>Whether the spatial columns are needed (gradient, its squared norm or the Laplacian).</summary>
    public bool NeedsSpatialColumns => Gradient || GradientSquaredNorm || Laplacian;

    public static DerivativeUse Of(params BoundExpr[] expressions)
    {
        var use = new DerivativeUse();
        foreach (var e in expressions) use.Visit(e);
        return use;
    }

    /// <summary>Whether <paramref name="expr"/> is <c>|grad u|^2</c> or <c>dot(grad u, grad u)</c>.</summary>
    public static bool IsGradientSquaredNorm(BoundExpr expr) => BoundPatterns.IsGradientSquaredNorm(expr);

    private void Visit(BoundExpr expr)
    {
        if (IsGradientSquaredNorm(expr))
        {
            GradientSquaredNorm = true;
            return;
        }
        switch (expr)
        {
            case BoundDerivative d:
                Add(d);
                break;
            case BoundIndex i:
                Visit(i.Vector);
                Visit(i.Index);
                break;
            case BoundNegate n:
                Visit(n.Operand);
                break;
            case BoundBinary b:
                Visit(b.Left);
                Visit(b.Right);
                break;
            case BoundCall c:
                foreach (var a in c.Arguments) Visit(a);
                break;
            case BoundNorm n:
                Visit(n.Operand);
                break;
            case BoundSlice s:
                Visit(s.Vector);
                break;
            case BoundConcat c:
                foreach (var part in c.Parts) Visit(part);
                break;
            case BoundPad p:
                Visit(p.Vector);
                break;
        }
    }

    private void Add(BoundDerivative d)
    {
        switch (d.Kind)
        {
            case DerivativeKind.Value:
                Value = true;
                break;
            case DerivativeKind.FirstPartial:
                if (!FirstPartials.Contains(d.Coordinates[0])) FirstPartials.Add(d.Coordinates[0]);
                break;
            case DerivativeKind.SecondPartial:
                var pair = new SecondPartialModel(d.Coordinates[0], d.Coordinates[d.Coordinates.Count - 1]);
                if (!SecondPartials.Contains(pair)) SecondPartials.Add(pair);
                break;
            case DerivativeKind.Gradient:
                Gradient = true;
                break;
            case DerivativeKind.Laplacian:
                Laplacian = true;
                break;
        }
    }
}
