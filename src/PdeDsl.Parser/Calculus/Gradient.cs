using System.Collections.Generic;
using System.Linq;
using static PdeDsl.Language.Calculus.Algebra;

namespace PdeDsl.Language.Calculus;

/// <summary>
/// The gradient of a scalar formula, kept by coordinate: one block per coordinate (a scalar for a scalar
/// coordinate; for a vector coordinate a vector, or a scalar meaning it in every component), plus
/// <see cref="U"/> times the gradient of u. Absent blocks are zero. Immutable.
/// </summary>
internal sealed class Gradient
{
    public static readonly Gradient Zero = new(new Dictionary<string, BoundExpr>(), Algebra.Zero);

    public Gradient(IReadOnlyDictionary<string, BoundExpr> blocks, BoundExpr u)
    {
        Blocks = blocks;
        U = u;
    }

    public IReadOnlyDictionary<string, BoundExpr> Blocks { get; }

    /// <summary>The coefficient of grad u (of u_c for a partial by c).</summary>
    public BoundExpr U { get; }

    public bool IsZero => IsZero(U) && Blocks.Count == 0;

    public static Gradient OfU => new(new Dictionary<string, BoundExpr>(), One);

    public static Gradient Block(string coordinate, BoundExpr value) =>
        Algebra.IsZero(value) ? Zero : new(new Dictionary<string, BoundExpr> { [coordinate] = value }, Algebra.Zero);

    public BoundExpr BlockOf(string coordinate) => Blocks.TryGetValue(coordinate, out var b) ? b : Algebra.Zero;

    public Gradient Plus(Gradient other)
    {
        if (other.IsZero) return this;
        if (IsZero) return other;
        var blocks = new Dictionary<string, BoundExpr>(Blocks.ToDictionary(p => p.Key, p => p.Value));
        foreach (var p in other.Blocks)
        {
            var sum = Add(BlockOf(p.Key), p.Value);
            if (Algebra.IsZero(sum)) blocks.Remove(p.Key);
            else blocks[p.Key] = sum;
        }
        return new Gradient(blocks, Add(U, other.U));
    }

    public Gradient Times(BoundExpr scalar)
    {
        if (Algebra.IsZero(scalar) || IsZero) return Zero;
        if (IsOne(scalar)) return this;
        return new Gradient(Blocks.ToDictionary(p => p.Key, p => Mul(scalar, p.Value)), Mul(scalar, U));
    }

    public Gradient Negated() => Times(Number(-1));

    /// <summary>The block of coordinate <paramref name="name"/> with the grad u part added in.</summary>
    public BoundExpr FullBlock(CoordinateFrame frame, string name) =>
        Add(BlockOf(name), Mul(U, frame.GradientOfUOver(name)));

    /// <summary>The dot product over the spatial coordinates; |grad u|^2 stays one term (estimated without bias).</summary>
    public BoundExpr Dot(Gradient other, CoordinateFrame frame)
    {
        BoundExpr result = Algebra.Zero;
        foreach (var c in frame.Spatial)
            result = Add(result, BlockDot(frame, c, BlockOf(c.Name), other.BlockOf(c.Name)));
        if (!Algebra.IsZero(U) && !Algebra.IsZero(other.U))
        {
            var whole = new BoundDerivative(DerivativeKind.Gradient, EquatableArray<string>.Empty, ExprType.Vector(frame.SpatialLength));
            result = Add(result, Mul(Mul(U, other.U), SquaredNorm(whole)));
        }
        foreach (var c in frame.Spatial)
        {
            var gu = frame.GradientOfUOver(c.Name);
            if (!Algebra.IsZero(U)) result = Add(result, Mul(U, BlockDot(frame, c, other.BlockOf(c.Name), gu)));
            if (!Algebra.IsZero(other.U)) result = Add(result, Mul(other.U, BlockDot(frame, c, BlockOf(c.Name), gu)));
        }
        return result;
    }

    /// <summary>The dot product of two blocks of one coordinate, term by term so unit vectors meet as numbers.</summary>
    public static BoundExpr BlockDot(CoordinateFrame frame, CoordinateModel c, BoundExpr a, BoundExpr b)
    {
        if (Algebra.IsZero(a) || Algebra.IsZero(b)) return Algebra.Zero;
        if (c.Length is null) return Mul(a, b);
        BoundExpr result = Algebra.Zero;
        foreach (var (ka, va) in Terms.Of(a))
            foreach (var (kb, vb) in Terms.Of(b))
                result = Add(result, Mul(Mul(ka, kb), KernelDot(va, vb, c.Length)));
        return result;
    }

    private static BoundExpr KernelDot(BoundExpr a, BoundExpr b, VectorLength length)
    {
        if (a is BoundUnit ua) return Index(b, ua.Index);
        if (b is BoundUnit ub) return Index(a, ub.Index);
        return Algebra.Dot(a, b, length);
    }

    /// <summary>The gradient as one vector over the spatial coordinates (a concatenation when there are several).</summary>
    public BoundExpr ToVector(CoordinateFrame frame)
    {
        var parts = frame.Spatial.Select(c => Materialise(c, FullBlock(frame, c.Name))).ToList();
        return parts.Count == 1 ? parts[0] : new BoundConcat(parts.ToEquatableArray(), ExprType.Vector(frame.SpatialLength));
    }

    /// <summary>A block as a real vector of its coordinate's length (a scalar block broadcast over the coordinate).</summary>
    public static BoundExpr Materialise(CoordinateModel c, BoundExpr block)
    {
        if (c.Length is null || block.Type.IsVector) return block;
        var coordinate = new BoundCoordinate(c.Name, CoordinateFrame.TypeOf(c));
        // 0*x + b: the zero vector of x's length plus the scalar in every component.
        var zeros = new BoundBinary(BinaryOperator.Multiply, Algebra.Zero, coordinate, coordinate.Type);
        return Algebra.IsZero(block) ? zeros : new BoundBinary(BinaryOperator.Add, zeros, block, coordinate.Type);
    }
}
