namespace PdeDsl.Language.Lowering;

/// <summary>
/// The lowering stage's output and the emitter's only input: the problem with every decision about meaning taken, so
/// that emission only prints. <see cref="Equations"/> are the pdes, then the conditions, each with its residual, final
/// derivative request and concrete region; <see cref="Sampler"/> is which runtime sampler the whole problem draws with;
/// <see cref="Unknowns"/> pairs each unknown with its exact solution. The rest is printed as written: names, dims,
/// params, coordinates (bounds, centres, laws), the ansatz, observations and training defaults; <see cref="Span"/> is
/// where the problem is named (for a diagnostic about the whole problem).
/// Records all the way down: the incremental generator caches on its value equality.
/// </summary>
public sealed record EmitProblem(
    string Name,
    string? Namespace,
    EquatableArray<DimModel> Dims,
    EquatableArray<ParamModel> Params,
    EquatableArray<CoordinateModel> Coordinates,
    EmitSampler Sampler,
    EquatableArray<EmitEquation> Equations,
    EquatableArray<EmitUnknown> Unknowns,
    AnsatzModel? Ansatz,
    EquatableArray<ObservationModel> Observations,
    EquatableArray<TrainSettingModel> TrainSettings,
    SourceSpan Span)
{
    /// <summary>The regions of the domain (<c>(x, y) in ...</c>), as bound; their coordinates' columns are drawn by the runtime's <c>Region</c>.</summary>
    public EquatableArray<DomainRegionModel> Regions { get; init; } = EquatableArray<DomainRegionModel>.Empty;

    /// <summary>The exact solution of the first unknown (u), or null.</summary>
    public BoundExpr? Exact => Unknowns.Count > 0 ? Unknowns[0].Exact : null;
}
