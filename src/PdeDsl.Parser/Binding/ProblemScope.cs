using System.Linq;
using PdeDsl.Language.Syntax;

namespace PdeDsl.Language.Binding;

/// <summary>
/// Binding's first model: every name of a problem and what it resolves to, before any equation is bound, so that
/// statements may come in any order and each later binder reads names from one value rather than from shared fields.
/// The declarations stage fills it in steps (vector params, let cycles, coordinate types, bound coordinates), each a new scope.
/// </summary>
/// <param name="Declared">Every accepted name in declaration order.</param>
/// <param name="Dims">The dims, in order.</param>
/// <param name="Params">The params as the model lists them: scalars in order, then the vector params once bound.</param>
/// <param name="VectorParams">The vector params as written (bound later, when every dim and scalar param is known).</param>
/// <param name="Lets">The lets that can be inlined (their parameters are good), in order.</param>
/// <param name="CoordinateSyntax">The accepted coordinates as written, in order.</param>
/// <param name="Samples">The <c>sample</c> statements, in order.</param>
/// <param name="Unknowns">The unknowns in output order, u first.</param>
internal sealed record ProblemScope(
    EquatableArray<DeclaredName> Declared,
    EquatableArray<DimModel> Dims,
    EquatableArray<ParamModel> Params,
    EquatableArray<VectorParamSyntax> VectorParams,
    EquatableArray<LetSyntax> Lets,
    EquatableArray<CoordinateSyntax> CoordinateSyntax,
    EquatableArray<SampleSyntax> Samples,
    EquatableArray<string> Unknowns)
{
    /// <summary>Names whose declaration was refused (already reported): their uses say nothing more.</summary>
    public EquatableArray<string> Refused { get; init; }

    /// <summary>Lets that cannot be inlined (recursive, or with bad parameters; already reported).</summary>
    public EquatableArray<string> RecursiveLets { get; init; }

    /// <summary>The <c>periodic</c> statements, in order.</summary>
    public EquatableArray<PeriodicSyntax> Periodics { get; init; }

    /// <summary>True when the problem has a <c>domain</c> statement.</summary>
    public bool HasDomain { get; init; }

    /// <summary>True when a coordinate was refused, so the spatial coordinates are not all known.</summary>
    public bool DomainIncomplete { get; init; }

    /// <summary>The coordinates' types in declaration order (empty until they are bound).</summary>
    public EquatableArray<ScopeCoordinate> Coordinates { get; init; }

    /// <summary>The bound coordinates, with bounds, balls and laws (empty until the domain is bound): regions and the normal read them.</summary>
    public EquatableArray<CoordinateModel> BoundCoordinates { get; init; }

    /// <summary>The bound regions (<c>(x, y) in ...</c>), with the coordinates: <c>on boundary of NAME</c> reads them.</summary>
    public EquatableArray<DomainRegionModel> BoundRegions { get; init; }

    /// <summary>The declaration of <paramref name="name"/>, or null.</summary>
    public DeclaredName? Find(string name) => Declared.FirstOrDefault(d => d.Name == name);
}
