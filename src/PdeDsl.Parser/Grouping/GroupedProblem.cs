namespace PdeDsl.Language.Grouping;

/// <summary>
/// The grouping stage's output, what <see cref="PdeCompiler"/> returns and the lowering stage's input: a compiled problem
/// whose equations read u only through derivatives of order at most two, each in its noise group
/// (<see cref="GroupedEquation"/>). The rest is as bound: names, dims, params, coordinates (bounds, centres, laws), the
/// exact solutions, the ansatz, observations and training defaults; <see cref="Span"/> is where the problem is named.
/// Records all the way down: the incremental generator caches on its value equality.
/// </summary>
public sealed record GroupedProblem(
    string Name,
    string? Namespace,
    EquatableArray<DimModel> Dims,
    EquatableArray<ParamModel> Params,
    EquatableArray<CoordinateModel> Coordinates,
    EquatableArray<GroupedEquation> Pdes,
    EquatableArray<GroupedEquation> Conditions,
    BoundExpr? Exact,
    SourceSpan Span)
{
    /// <summary>The ansatz as written (<c>ansatz u = A + B*net</c>, <c>ansatz u = exp(net)</c>), or null; the equations already have it substituted.</summary>
    public AnsatzModel? Ansatz { get; init; }

    /// <summary>The problem's <c>observe</c> statements, in order (empty without one).</summary>
    public EquatableArray<ObservationModel> Observations { get; init; } = EquatableArray<ObservationModel>.Empty;

    /// <summary>The regions of the domain (<c>(x, y) in box(...) minus disk(...)</c>); at most one for now.</summary>
    public EquatableArray<DomainRegionModel> Regions { get; init; } = EquatableArray<DomainRegionModel>.Empty;

    /// <summary>The training defaults of the problem's <c>train</c> statements, in order (empty without one).</summary>
    public EquatableArray<TrainSettingModel> TrainSettings { get; init; } = EquatableArray<TrainSettingModel>.Empty;

    /// <summary>The unknowns in network-output order, u first (<c>unknown u, v</c>); just u by default.</summary>
    public EquatableArray<string> Unknowns { get; init; } = EquatableArray.Of("u");

    /// <summary>The exact solutions of unknowns other than u (<c>exact v = e</c>); u's is <see cref="Exact"/>.</summary>
    public EquatableArray<UnknownExactModel> UnknownExacts { get; init; } = EquatableArray<UnknownExactModel>.Empty;
}
