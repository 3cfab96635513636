using System.Collections.Generic;
using System.Linq;
using static PdeDsl.Language.Calculus.Algebra;

namespace PdeDsl.Language.Calculus;

/// <summary>
/// The coordinates a derivative is taken over, and where each sits in grad u (the spatial coordinates in
/// declaration order, side by side).
/// </summary>
internal sealed class CoordinateFrame
{
    private readonly Dictionary<string, CoordinateModel> byName;

    public CoordinateFrame(IReadOnlyList<CoordinateModel> coordinates)
    {
        All = coordinates;
        byName = coordinates.ToDictionary(c => c.Name);
        Spatial = coordinates.Where(c => !c.IsTime).ToList();
        int constant = 0;
        var dims = new List<string>();
        foreach (var c in Spatial)
        {
            if (c.Length is null) constant++;
            else
            {
                constant += c.Length.Constant;
                dims.AddRange(c.Length.Dims);
            }
        }
        SpatialLength = new VectorLength(constant, dims.ToEquatableArray());
    }

    public IReadOnlyList<CoordinateModel> All { get; }

    public IReadOnlyList<CoordinateModel> Spatial { get; }

    /// <summary>The length of grad u.</summary>
    public VectorLength SpatialLength { get; }

    public CoordinateModel this[string name] => byName[name];

    public bool Contains(string name) => byName.ContainsKey(name);

    public static ExprType TypeOf(CoordinateModel c) => c.Length is null ? ExprType.Scalar : ExprType.Vector(c.Length);

    /// <summary>The spatial coordinate when there is exactly one and it is a vector (then grad u is over it alone).</summary>
    public CoordinateModel? SoleVector => Spatial.Count == 1 && Spatial[0].IsVector ? Spatial[0] : null;

    /// <summary>The part of grad u (or u_t for time) that belongs to coordinate <paramref name="name"/>.</summary>
    public BoundExpr GradientOfUOver(string name)
    {
        var c = byName[name];
        if (!c.IsVector) return new BoundDerivative(DerivativeKind.FirstPartial, EquatableArray.Of(name), ExprType.Scalar);
        var whole = new BoundDerivative(DerivativeKind.Gradient, EquatableArray<string>.Empty, ExprType.Vector(SpatialLength));
        if (Spatial.Count == 1) return whole;
        int constant = 0;
        var dims = new List<string>();
        foreach (var s in Spatial)
        {
            if (s.Name == name) break;
            constant += s.Length?.Constant ?? 1;
            if (s.Length is not null) dims.AddRange(s.Length.Dims);
        }
        var before = new VectorLength(constant, dims.ToEquatableArray());
        return new BoundSlice(whole, LengthOf(before with { Constant = constant + 1 }), LengthOf(new VectorLength(constant + c.Length!.Constant, dims.Concat(c.Length.Dims).ToEquatableArray())), TypeOf(c));
    }
}
