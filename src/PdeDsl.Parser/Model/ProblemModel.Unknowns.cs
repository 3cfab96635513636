namespace PdeDsl.Language;

/// <summary>The exact solution of an unknown other than u: <c>exact v = e</c>.</summary>
public sealed record UnknownExactModel(string Unknown, BoundExpr Solution);

public sealed partial record ProblemModel
{
    /// <summary>The unknowns in network-output order, u first (<c>unknown u, v</c>); just u by default.</summary>
    public EquatableArray<string> Unknowns { get; init; } = EquatableArray.Of("u");

    /// <summary>The exact solutions of unknowns other than u (<c>exact v = e</c>); u's is <see cref="Exact"/>.</summary>
    public EquatableArray<UnknownExactModel> UnknownExacts { get; init; } = EquatableArray<UnknownExactModel>.Empty;
}
