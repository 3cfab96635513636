namespace PdeDsl.Language.Syntax;

/// <summary>One statement of a problem block (or one attribute).</summary>
internal abstract record StatementSyntax(SourceSpan Span);

/// <summary><c>dim n = 100</c>.</summary>
internal sealed record DimSyntax(Identifier Name, NumberSyntax Value, SourceSpan Span) : StatementSyntax(Span);

/// <summary><c>param lambda = 1.0</c>; <see cref="Learn"/> for <c>param kappa = 0.5 learn</c> (trained with the network).</summary>
internal sealed record ParamSyntax(Identifier Name, NumberSyntax Value, SourceSpan Span, bool Learn = false) : StatementSyntax(Span);

/// <summary>
/// <c>param c[n] = 0.5</c> (<see cref="Value"/>) or <c>param c[n] ~ normal(m, s)</c> (<see cref="Law"/>): a vector param whose
/// <see cref="Length"/> is a whole number or a dim.
/// </summary>
internal sealed record VectorParamSyntax(Identifier Name, ExprSyntax Length, NumberSyntax? Value, LawSyntax? Law, SourceSpan Span) : StatementSyntax(Span);

/// <summary><c>ansatz u = A + B*net</c> (or another formula of net): the solution built around the smoothed network <c>net</c>.</summary>
internal sealed record AnsatzSyntax(Identifier Unknown, ExprSyntax Value, SourceSpan Span) : StatementSyntax(Span);

/// <summary><c>let g(y) = ...</c>; <see cref="Parameters"/> is empty for <c>let c = ...</c>.</summary>
internal sealed record LetSyntax(Identifier Name, EquatableArray<Identifier> Parameters, bool HasParameterList, ExprSyntax Body, SourceSpan Span) : StatementSyntax(Span);

/// <summary>
/// One coordinate of a domain: <c>x in [0, 1]^n</c>, or <c>x in R^n</c> (<see cref="IsReal"/>; no bounds) with an optional
/// <see cref="Ball"/>. <see cref="Length"/> is a number or a name, or null for a scalar. A coordinate of <c>(x, y) in region</c>
/// has the <see cref="Region"/> it shares with the others of its tuple.
/// </summary>
internal sealed record CoordinateSyntax(Identifier Name, ExprSyntax? Lower, ExprSyntax? Upper, ExprSyntax? Length, SourceSpan Span, bool IsReal = false, BallSyntax? Ball = null,
    RegionDomainSyntax? Region = null);

/// <summary><c>where |c - a| &lt;= r</c> after <c>c in R^n</c>: <see cref="Norm"/> is the norm as written (checked by the binder).</summary>
internal sealed record BallSyntax(NormSyntax Norm, ExprSyntax Radius, SourceSpan Span);

/// <summary><c>sample c ~ law</c>.</summary>
internal sealed record SampleSyntax(Identifier Coordinate, LawSyntax Law, SourceSpan Span) : StatementSyntax(Span);

/// <summary>A law as written: <c>uniform</c>, <c>radial</c>, <c>normal(m, s)</c>; the binder checks the name and arguments.</summary>
internal sealed record LawSyntax(Identifier Name, EquatableArray<ExprSyntax> Arguments, bool HasArgumentList, SourceSpan Span);

/// <summary><c>domain t in [0, T], x in [0, 1]^n</c>.</summary>
internal sealed record DomainSyntax(EquatableArray<CoordinateSyntax> Coordinates, SourceSpan Span) : StatementSyntax(Span);

/// <summary><c>left = right</c>, with the text the user wrote.</summary>
internal sealed record EquationSyntax(ExprSyntax Left, ExprSyntax Right, string Text, SourceSpan Span);

/// <summary><c>pde left = right</c>.</summary>
internal sealed record PdeSyntax(EquationSyntax Equation, SourceSpan Span) : StatementSyntax(Span);

/// <summary>
/// Where a condition holds: the whole boundary (<see cref="Coordinate"/> and <see cref="Sphere"/> null), the boundary of
/// one shape of a region (<c>on boundary of hole</c>: <see cref="Piece"/>), the face <c>c = v</c>, or the sphere
/// <c>|c - a| = v</c> (<see cref="Sphere"/> is the norm as written).
/// </summary>
internal sealed record WhereSyntax(Identifier? Coordinate, ExprSyntax? Value, SourceSpan Span, NormSyntax? Sphere = null, Identifier? Piece = null);

/// <summary><c>on where: left = right</c>; <see cref="Text"/> is the statement without its keyword.</summary>
internal sealed record ConditionSyntax(WhereSyntax Where, EquationSyntax Equation, string Text, SourceSpan Span) : StatementSyntax(Span);

/// <summary><c>exact e</c>, or <c>exact v = e</c> for the unknown <see cref="Unknown"/>.</summary>
internal sealed record ExactSyntax(ExprSyntax Solution, SourceSpan Span, Identifier? Unknown = null) : StatementSyntax(Span);

/// <summary><c>unknown u, v</c>: the problem's unknowns, u first.</summary>
internal sealed record UnknownSyntax(EquatableArray<Identifier> Names, SourceSpan Span) : StatementSyntax(Span);

/// <summary><c>periodic x, y</c>: coordinates over whose interval the solution repeats.</summary>
internal sealed record PeriodicSyntax(EquatableArray<Identifier> Coordinates, SourceSpan Span) : StatementSyntax(Span);

/// <summary><c>observe "file.csv": u, v</c>: a data term; <see cref="File"/> is the text between the quotes.</summary>
internal sealed record ObserveSyntax(string File, SourceSpan FileSpan, EquatableArray<Identifier> Unknowns, SourceSpan Span) : StatementSyntax(Span);

/// <summary>A problem block: its name, namespace (from the file) and statements in order.</summary>
internal sealed record ProblemSyntax(Identifier Name, string? Namespace, EquatableArray<StatementSyntax> Statements, SourceSpan Span);
