using System.Collections.Generic;
using System.Linq;
using static PdeDsl.Language.Calculus.Algebra;

namespace PdeDsl.Language.Calculus;

/// <summary>
/// A structured Jacobian of a vector formula of <see cref="Rows"/> components, never a dense matrix: shifted
/// diagonals over one vector coordinate (element-wise functions and slices of it), outer products (a scalar
/// factor's gradient times a vector), and Hessians of scalar formulas with a row scale (the Jacobian of
/// k*grad f). Everything done with it costs O(n) per point.
/// </summary>
internal sealed class Jacobian
{
    /// <summary>J[i, i + Offset] = D[i] over the columns of <paramref name="Coordinate"/> (Offset 0-based, a constant).</summary>
    public sealed record Diagonal(string Coordinate, BoundExpr D, BoundExpr Offset);

    /// <summary>J = A ⊗ G.</summary>
    public sealed record Outer(BoundExpr A, Gradient G);

    /// <summary>J = diag(Scale) · Hessian of <paramref name="Of"/> (a scalar formula, or u).</summary>
    public sealed record Hessian(BoundExpr Of, BoundExpr Scale);

    public Jacobian(VectorLength rows, IReadOnlyList<Diagonal> diagonals, IReadOnlyList<Outer> outers, IReadOnlyList<Hessian> hessians)
    {
        Rows = rows;
        Diagonals = diagonals;
        Outers = outers;
        Hessians = hessians;
    }

    public VectorLength Rows { get; }

    public IReadOnlyList<Diagonal> Diagonals { get; }

    public IReadOnlyList<Outer> Outers { get; }

    public IReadOnlyList<Hessian> Hessians { get; }

    public static Jacobian Zero(VectorLength rows) => new(rows, new Diagonal[0], new Outer[0], new Hessian[0]);

    public bool IsZero => Diagonals.Count == 0 && Outers.Count == 0 && Hessians.Count == 0;

    public Jacobian Plus(Jacobian other) =>
        new(Rows, Diagonals.Concat(other.Diagonals).ToList(), Outers.Concat(other.Outers).ToList(), Hessians.Concat(other.Hessians).ToList());

    /// <summary>diag(w) · J: every row i scaled by w[i] (w a scalar or a vector of <see cref="Rows"/> components).</summary>
    public Jacobian RowsTimes(BoundExpr w)
    {
        if (IsZero(w)) return Zero(Rows);
        if (IsOne(w)) return this;
        return new Jacobian(Rows,
            Diagonals.Select(d => d with { D = Mul(w, d.D) }).Where(d => !IsZero(d.D)).ToList(),
            Outers.Select(o => o with { A = Mul(w, o.A) }).Where(o => !IsZero(o.A)).ToList(),
            Hessians.Select(h => h with { Scale = Mul(w, h.Scale) }).ToList());
    }

    public Jacobian Negated() => RowsTimes(Number(-1));

    /// <summary>Rows <paramref name="from"/> to <paramref name="to"/> (1-based, inclusive).</summary>
    public Jacobian RowSlice(BoundExpr from, BoundExpr to, VectorLength rows)
    {
        if (Hessians.Count > 0) throw new CalculusException("a slice of a gradient cannot be differentiated here");
        BoundExpr Cut(BoundExpr v) => v.Type.IsScalar ? v : new BoundSlice(v, from, to, ExprType.Vector(rows));
        return new Jacobian(rows,
            Diagonals.Select(d => new Diagonal(d.Coordinate, Cut(d.D), Add(d.Offset, Sub(from, One)))).ToList(),
            Outers.Select(o => o with { A = Cut(o.A) }).ToList(),
            new Hessian[0]);
    }
}
