namespace PdeDsl.Language.Lowering;

/// <summary>
/// The lowering stage's output and the emitter's input: the problem with every decision about meaning taken, so that
/// emission only prints. <see cref="Equations"/> are the pdes, then the conditions, each with its final derivative
/// request and concrete region; <see cref="Sampler"/> is which runtime sampler the whole problem draws with.
/// <see cref="Model"/> is the grouped model, still read for what is printed as written (names, dims, params,
/// coordinates' bounds and laws, the exact solutions, training defaults, the inverse problem's parts).
/// Records all the way down: the incremental generator caches on its value equality.
/// </summary>
public sealed record EmitProblem(ProblemModel Model, EmitSampler Sampler, EquatableArray<EmitEquation> Equations)
{
    public string Name => Model.Name;

    public string? Namespace => Model.Namespace;
}
