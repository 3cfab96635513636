using System.Linq;
using PdeDsl.Language;
using PdeDsl.Language.Grouping;

namespace PdeDsl.Generator.Tests.Infrastructure;

/// <summary>
/// Compiled models (the grouping stage's output) built by hand, as the parser would produce them, so the emitter can be
/// tested on its own.
/// </summary>
public static class Models
{
    public static readonly ExprType S = ExprType.Scalar;

    public static BoundExpr Num(double v) => new BoundNumber(v);
    public static BoundExpr Par(string name) => new BoundParam(name);
    public static BoundExpr Scalar(string name) => new BoundCoordinate(name, S);
    public static BoundExpr Vector(string name, string dim) => new BoundCoordinate(name, VecOf(dim));
    public static ExprType VecOf(string dim) => ExprType.Vector(new VectorLength(0, EquatableArray.Of(dim)));
    public static BoundExpr Add(BoundExpr a, BoundExpr b) => new BoundBinary(BinaryOperator.Add, a, b, a.Type.IsVector ? a.Type : b.Type);
    public static BoundExpr Sub(BoundExpr a, BoundExpr b) => new BoundBinary(BinaryOperator.Subtract, a, b, a.Type.IsVector ? a.Type : b.Type);
    public static BoundExpr Mul(BoundExpr a, BoundExpr b) => new BoundBinary(BinaryOperator.Multiply, a, b, a.Type.IsVector ? a.Type : b.Type);
    public static BoundExpr Div(BoundExpr a, BoundExpr b) => new BoundBinary(BinaryOperator.Divide, a, b, a.Type.IsVector ? a.Type : b.Type);
    public static BoundExpr Pow(BoundExpr a, BoundExpr b) => new BoundBinary(BinaryOperator.Power, a, b, a.Type);
    public static BoundExpr Call(string f, params BoundExpr[] args) =>
        new BoundCall(f, args.ToEquatableArray(), f is "sum" or "dot" ? S : args.Select(a => a.Type).FirstOrDefault(t => t.IsVector) ?? S);
    public static BoundExpr Norm(BoundExpr a) => new BoundNorm(a);
    public static BoundExpr U => new BoundDerivative(DerivativeKind.Value, EquatableArray<string>.Empty, S);
    public static BoundExpr D(string c) => new BoundDerivative(DerivativeKind.FirstPartial, EquatableArray.Of(c), S);
    public static BoundExpr D2(string a, string b) => new BoundDerivative(DerivativeKind.SecondPartial, EquatableArray.Of(a, b), S);
    public static BoundExpr Lap => new BoundDerivative(DerivativeKind.Laplacian, EquatableArray<string>.Empty, S);
    public static BoundExpr Grad(ExprType type) => new BoundDerivative(DerivativeKind.Gradient, EquatableArray<string>.Empty, type);

    public static GroupedEquation Equation(RegionModel region, BoundExpr left, BoundExpr right, string text, int line) =>
        new(region, left, right, text, new SourceSpan(0, text.Length, line, 3));

    public static RegionModel Interior => new(RegionKind.Interior, null, null);
    public static RegionModel Boundary => new(RegionKind.Boundary, null, null);
    public static RegionModel Face(string c, BoundExpr value) => new(RegionKind.Face, c, value);

    public static CoordinateModel Coordinate(string name, double lower, BoundExpr upper, string? dim = null, bool time = false) =>
        new(name, time, dim is null ? null : new VectorLength(0, EquatableArray.Of(dim)), Num(lower), upper, SourceSpan.None);

    /// <summary>dsl.md's Poisson2D: lap(u) = -sin(x + y), u = 0.5 sin(x + y) on the boundary, exact 0.5 sin(x + y).</summary>
    public static GroupedProblem Poisson2D()
    {
        var sinxy = Call("sin", Add(Scalar("x"), Scalar("y")));
        return new GroupedProblem("Poisson2D", "Samples",
            EquatableArray<DimModel>.Empty, EquatableArray<ParamModel>.Empty,
            EquatableArray.Of(Coordinate("x", 0, Num(1)), Coordinate("y", 0, Num(1))),
            EquatableArray.Of(Equation(Interior, Lap, new BoundNegate(sinxy), "lap(u) = -sin(x + y)", 3)),
            EquatableArray.Of(Equation(Boundary, U, Mul(Num(0.5), sinxy), "u = 0.5*sin(x + y)", 4)),
            Mul(Num(0.5), sinxy), SourceSpan.None);
    }

    /// <summary>dsl.md's Hjb: u_t + lap(u) - lambda |grad u|^2 = 0, u = ln((1 + |x|^2)/2) at t = T.</summary>
    public static GroupedProblem Hjb()
    {
        var x = Vector("x", "n");
        var g = Call("ln", Div(Add(Num(1), Pow(Norm(x), Num(2))), Num(2)));
        return new GroupedProblem("Hjb", "Samples.Hjb",
            EquatableArray.Of(new DimModel("n", 100, SourceSpan.None)),
            EquatableArray.Of(new ParamModel("lambda", 1.0, SourceSpan.None), new ParamModel("T", 1.0, SourceSpan.None)),
            EquatableArray.Of(Coordinate("t", 0, Par("T"), time: true), Coordinate("x", 0, Num(1), dim: "n")),
            EquatableArray.Of(Equation(Interior, Sub(Add(D("t"), Lap), Mul(Par("lambda"), Pow(Norm(Grad(VecOf("n"))), Num(2)))), Num(0),
                "u_t + lap(u) - lambda*|grad u|^2 = 0", 9)),
            EquatableArray.Of(Equation(Face("t", Par("T")), U, g, "u = g(x)", 10)),
            null, SourceSpan.None);
    }
}
