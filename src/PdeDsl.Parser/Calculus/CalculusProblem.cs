using System;
using System.Collections.Generic;
using System.Linq;

namespace PdeDsl.Language.Calculus;

/// <summary>
/// The calculus stage's output and the grouping stage's input: the bound problem with every derivative of a formula
/// taken and an ansatz substituted in its equations, its exact solution and its coordinates' laws. The constructor
/// refuses a model that still holds a <see cref="BoundDifferential"/> or <see cref="BoundHessianProduct"/>, and no
/// member can be replaced afterwards, so every <see cref="CalculusProblem"/> is free of them.
/// </summary>
internal sealed record CalculusProblem
{
    /// <summary>
    /// <paramref name="bound"/>'s declarations (names, dims, params, regions, unknowns, ansatz, observations, training
    /// defaults) with the stage's <paramref name="coordinates"/>, <paramref name="pdes"/>, <paramref name="conditions"/>
    /// and <paramref name="exact"/>; throws when a derivative of a formula is left in them (a bug of the stage).
    /// </summary>
    public CalculusProblem(ProblemModel bound, EquatableArray<CoordinateModel> coordinates,
        EquatableArray<CalculusEquation> pdes, EquatableArray<CalculusEquation> conditions, BoundExpr? exact)
    {
        Name = bound.Name;
        Namespace = bound.Namespace;
        Dims = bound.Dims;
        Params = bound.Params;
        Coordinates = coordinates;
        Pdes = pdes;
        Conditions = conditions;
        Exact = exact;
        Span = bound.Span;
        Ansatz = bound.Ansatz;
        Observations = bound.Observations;
        Regions = bound.Regions;
        TrainSettings = bound.TrainSettings;
        Unknowns = bound.Unknowns;
        UnknownExacts = bound.UnknownExacts;
        if (Expressions().Any(CalculusStage.Has))
            throw new InvalidOperationException($"the calculus stage left a derivative of a formula in problem {Name}");
    }

    public string Name { get; }
    public string? Namespace { get; }
    public EquatableArray<DimModel> Dims { get; }
    public EquatableArray<ParamModel> Params { get; }
    public EquatableArray<CoordinateModel> Coordinates { get; }
    public EquatableArray<CalculusEquation> Pdes { get; }
    public EquatableArray<CalculusEquation> Conditions { get; }
    public BoundExpr? Exact { get; }
    public SourceSpan Span { get; }
    public AnsatzModel? Ansatz { get; }
    public EquatableArray<ObservationModel> Observations { get; }
    public EquatableArray<DomainRegionModel> Regions { get; }
    public EquatableArray<TrainSettingModel> TrainSettings { get; }
    public EquatableArray<string> Unknowns { get; }
    public EquatableArray<UnknownExactModel> UnknownExacts { get; }

    /// <summary>Every formula the stage rewrote: both sides of each equation, the exact solution, the laws' means and deviations.</summary>
    private IEnumerable<BoundExpr> Expressions() =>
        Pdes.Concat(Conditions).SelectMany(e => new[] { e.Left, e.Right })
            .Concat(Coordinates.SelectMany(c => new[] { c.Law?.Mean, c.Law?.Deviation }))
            .Append(Exact)
            .OfType<BoundExpr>();
}
