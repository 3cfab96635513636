namespace PdeDsl.Language.Tests;

/// <summary>Short constructors of bound expressions for expected values.</summary>
internal static class Build
{
    public static VectorLength LengthN { get; } = new(0, EquatableArray.Of("n"));

    public static BoundNumber Num(double v) => new(v);

    public static BoundBinary Bin(BinaryOperator op, BoundExpr l, BoundExpr r) =>
        new(op, l, r, l.Type.IsVector ? l.Type : r.Type.IsVector && op != BinaryOperator.Power ? r.Type : ExprType.Scalar);

    public static BoundCall Call(string f, params BoundExpr[] args) =>
        new(f, args.ToEquatableArray(), f is "sum" or "dot" ? ExprType.Scalar : args[0].Type);

    public static BoundCoordinate Coord(string name) => new(name, ExprType.Scalar);

    public static BoundDerivative U { get; } = new(DerivativeKind.Value, EquatableArray<string>.Empty, ExprType.Scalar);

    public static BoundDerivative Lap { get; } = new(DerivativeKind.Laplacian, EquatableArray<string>.Empty, ExprType.Scalar);

    public static BoundDerivative Grad(VectorLength length) => new(DerivativeKind.Gradient, EquatableArray<string>.Empty, ExprType.Vector(length));

    public static BoundDerivative Partial(string c) => new(DerivativeKind.FirstPartial, EquatableArray.Of(c), ExprType.Scalar);

    public static BoundDerivative Partial(string a, string b) => new(DerivativeKind.SecondPartial, EquatableArray.Of(a, b), ExprType.Scalar);
}
