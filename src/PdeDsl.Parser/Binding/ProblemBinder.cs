using System;
using System.Collections.Generic;
using System.Linq;
using PdeDsl.Language.Diagnostics;
using PdeDsl.Language.Parsing;
using PdeDsl.Language.Syntax;

namespace PdeDsl.Language.Binding;

/// <summary>
/// Binds one problem by running binding's small binders in order, each with its inputs explicit: the declarations into a
/// <see cref="ProblemScope"/> (so statements may come in any order), the domain, then each statement's formulas against
/// the scope. Returns the model, or null when any error was reported.
/// </summary>
internal sealed class ProblemBinder
{
    private readonly DiagnosticBag diagnostics;
    private readonly Func<SourceSpan, SourceSpan> toModelSpan;
    private readonly IReadOnlyCollection<string> unparsed;

    /// <param name="diagnostics">Where errors go.</param>
    /// <param name="toModelSpan">Maps a syntax span to the span stored in the model (the attribute form makes it relative to its argument).</param>
    /// <param name="unparsed">Keywords of statements that did not parse (already reported): their absence is no news.</param>
    public ProblemBinder(DiagnosticBag diagnostics, Func<SourceSpan, SourceSpan> toModelSpan, IReadOnlyCollection<string> unparsed)
    {
        this.diagnostics = diagnostics;
        this.toModelSpan = toModelSpan;
        this.unparsed = unparsed;
    }

    /// <summary>The model of <paramref name="problem"/> and the scope its formulas were bound in (for tests and tools); a null model when any error was reported.</summary>
    public (ProblemModel? Model, ProblemScope Scope) BindWithScope(ProblemSyntax problem)
    {
        int errorsBefore = diagnostics.Count;
        var expansions = new LetExpansions();
        var declarations = new DeclarationBinder(diagnostics, toModelSpan);
        var scope = declarations.Bind(problem);
        scope = declarations.BindVectorParams(scope, expansions);
        scope = declarations.CheckLetCycles(scope);
        scope = declarations.BindCoordinateTypes(scope);
        var coordinateBinder = new DomainBinder(scope, new ExpressionBinder(scope, diagnostics, expansions), diagnostics, toModelSpan, unparsed);
        var coordinates = PeriodicBinder.Bind(scope, coordinateBinder.BindCoordinates(), diagnostics);
        scope = scope with { BoundCoordinates = coordinates.ToEquatableArray(), BoundRegions = coordinateBinder.Regions.ToEquatableArray() };
        var expressions = new ExpressionBinder(scope, diagnostics, expansions);
        var domain = new DomainBinder(scope, expressions, diagnostics, toModelSpan, unparsed);
        var equations = new EquationBinder(diagnostics, toModelSpan);
        var ansatzBinder = new AnsatzBinder(expressions, diagnostics, toModelSpan);
        var observationBinder = new ObservationBinder(diagnostics, toModelSpan, scope.Unknowns);

        var pdes = new List<EquationModel>();
        var conditions = new List<EquationModel>();
        BoundExpr? exact = null;
        SourceSpan? exactSpan = null;
        AnsatzModel? ansatz = null;
        SourceSpan? ansatzSpan = null;
        var train = new TrainBinder(diagnostics, toModelSpan, coordinates);
        var observations = new List<ObservationModel>();
        var observedFiles = new Dictionary<string, int>(StringComparer.Ordinal);
        var unknownExacts = new List<UnknownExactModel>();
        var exactUnknowns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var statement in problem.Statements)
        {
            switch (statement)
            {
                case PdeSyntax pde:
                    var p = equations.BindEquation(expressions, new RegionModel(RegionKind.Interior, null, null), pde.Equation, pde.Equation.Text, pde.Span);
                    if (p is not null) pdes.Add(p);
                    break;
                case ConditionSyntax condition:
                    var region = domain.BindRegion(condition.Where);
                    if (region is null) break;
                    // Lets inlined here may read normal, which means something only in this condition: none is shared.
                    expansions.Clear();
                    var c = equations.BindEquation(expressions.In(region), region, condition.Equation, condition.Text, condition.Span);
                    expansions.Clear();
                    if (c is not null) conditions.Add(c);
                    break;
                case ExactSyntax { Unknown: { } target } e when target.Text != "u":
                    if (equations.BindUnknownExact(expressions, e, target, exactUnknowns) is { } unknownExact) unknownExacts.Add(unknownExact);
                    break;
                case ExactSyntax e:
                    if (exactSpan is not null)
                    {
                        diagnostics.Error(DiagnosticCodes.DuplicateExact, e.Span,
                            $"a problem has one exact solution, and it is already given at line {exactSpan.Line}; remove one of them");
                        break;
                    }
                    exactSpan = e.Span;
                    exact = expressions.BindExact(e.Solution);
                    break;
                case TrainSyntax t:
                    train.Bind(t);
                    break;
                case ObserveSyntax o:
                    if (observationBinder.Bind(o, observedFiles) is { } observation) observations.Add(observation);
                    break;
                case AnsatzSyntax a:
                    ansatz = ansatzBinder.Bind(a, ansatzSpan) ?? ansatz;
                    ansatzSpan ??= a.Span;
                    break;
            }
        }

        if (!scope.HasDomain && !unparsed.Contains("domain"))
            diagnostics.Error(DiagnosticCodes.NoDomain, problem.Name.Span,
                $"problem {problem.Name.Text} has no domain: declare its coordinates, as in domain x in [0, 1], y in [0, 1]");
        if (!problem.Statements.Any(s => s is PdeSyntax) && !unparsed.Contains("pde"))
            diagnostics.Error(DiagnosticCodes.NoPde, problem.Name.Span,
                $"problem {problem.Name.Text} has no pde statement: add one, as in pde lap(u) = 0");

        var unknowns = scope.Unknowns;
        if (ansatzSpan is not null && unknowns.Count > 1)
            diagnostics.Error(DiagnosticCodes.BadAnsatz, ansatzSpan,
                $"an ansatz is supported for a problem with one unknown only, and this one has {unknowns.Count} ({string.Join(", ", unknowns)}): remove the ansatz and state u's conditions instead");

        if (diagnostics.Count > errorsBefore) return (null, scope);
        return (new ProblemModel(
            problem.Name.Text,
            problem.Namespace,
            scope.Dims,
            scope.Params,
            scope.BoundCoordinates,
            pdes.ToEquatableArray(),
            conditions.ToEquatableArray(),
            exact,
            toModelSpan(problem.Span)) { TrainSettings = train.Settings, Observations = observations.ToEquatableArray(), Unknowns = unknowns, UnknownExacts = unknownExacts.ToEquatableArray(), Ansatz = ansatz, Regions = scope.BoundRegions }, scope);
    }

    /// <summary>The model of <paramref name="problem"/>, or null when any error was reported.</summary>
    public ProblemModel? Bind(ProblemSyntax problem) => BindWithScope(problem).Model;
}
