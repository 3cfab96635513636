using System;
using System.Collections.Generic;
using System.Linq;
using PdeDsl.Language.Diagnostics;
using PdeDsl.Language.Parsing;
using PdeDsl.Language.Syntax;

namespace PdeDsl.Language.Binding;

/// <summary>
/// Binds one problem: declarations first (so statements may come in any order), then coordinates,
/// equations and the exact solution. Returns the model, or null when any error was reported.
/// </summary>
internal sealed partial class ProblemBinder
{
    private readonly DiagnosticBag diagnostics;
    private readonly Func<SourceSpan, SourceSpan> toModelSpan;
    private readonly Dictionary<string, (string Kind, SourceSpan Span)> declared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DimModel> dims = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ParamModel> parameters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LetSyntax> lets = new(StringComparer.Ordinal);
    private readonly HashSet<string> recursiveLets = new(StringComparer.Ordinal);

    /// <summary>Names whose declaration was refused (already reported): their uses say nothing more.</summary>
    private readonly HashSet<string> rejected = new(StringComparer.Ordinal);

    /// <summary>True when a coordinate was refused, so the spatial coordinates are not all known.</summary>
    private bool domainIncomplete;
    private readonly List<CoordinateSyntax> coordinateSyntax = new();
    private readonly Dictionary<string, (bool IsTime, VectorLength? Length)> coordinateTypes = new(StringComparer.Ordinal);
    private readonly List<string> coordinateOrder = new();

    /// <param name="diagnostics">Where errors go.</param>
    /// <param name="toModelSpan">Maps a syntax span to the span stored in the model (the attribute form makes it relative to its argument).</param>
    /// <param name="unparsed">Keywords of statements that did not parse (already reported): their absence is no news.</param>
    public ProblemBinder(DiagnosticBag diagnostics, Func<SourceSpan, SourceSpan> toModelSpan, IReadOnlyCollection<string> unparsed)
    {
        this.diagnostics = diagnostics;
        this.toModelSpan = toModelSpan;
        this.unparsed = unparsed;
    }

    private readonly IReadOnlyCollection<string> unparsed;

    private BoundExpr Error(string code, SourceSpan span, string message)
    {
        diagnostics.Error(code, span, message);
        return new BoundError();
    }

    public ProblemModel? Bind(ProblemSyntax problem)
    {
        int errorsBefore = diagnostics.Count;
        var declarations = new DeclarationBinder(diagnostics, toModelSpan);
        var scope = declarations.Bind(problem);
        Use(scope);
        var dimList = scope.Dims.ToList();
        var paramList = scope.Params.ToList();
        BindVectorParams(paramList);
        scope = declarations.CheckLetCycles(scope with { Params = paramList.ToEquatableArray(), Refused = rejected.ToEquatableArray() });
        foreach (var name in scope.RecursiveLets) recursiveLets.Add(name);
        scope = declarations.BindCoordinateTypes(scope);
        foreach (var c in scope.Coordinates)
        {
            coordinateTypes[c.Name] = (c.IsTime, c.Length);
            coordinateOrder.Add(c.Name);
        }
        var coordinates = BindLaws(BindCoordinates());
        foreach (var c in coordinates) boundCoordinates[c.Name] = c;

        var pdes = new List<EquationModel>();
        var conditions = new List<EquationModel>();
        BoundExpr? exact = null;
        SourceSpan? exactSpan = null;
        var train = new TrainBinder(diagnostics, toModelSpan);
        var observations = new List<ObservationModel>();
        var unknownExacts = new List<UnknownExactModel>();
        foreach (var statement in problem.Statements)
        {
            switch (statement)
            {
                case PdeSyntax pde:
                    var p = BindEquation(new RegionModel(RegionKind.Interior, null, null), pde.Equation, pde.Equation.Text, pde.Span);
                    if (p is not null) pdes.Add(p);
                    break;
                case ConditionSyntax condition:
                    var region = BindRegion(condition.Where);
                    if (region is null) break;
                    // Lets inlined here may read normal, which means something only in this condition: none is shared.
                    inlinedLets.Clear();
                    currentRegion = region;
                    var c = BindEquation(region, condition.Equation, condition.Text, condition.Span);
                    currentRegion = null;
                    inlinedLets.Clear();
                    if (c is not null) conditions.Add(c);
                    break;
                case ExactSyntax { Unknown: { } target } e when target.Text != "u":
                    if (BindUnknownExact(e, target) is { } unknownExact) unknownExacts.Add(unknownExact);
                    break;
                case ExactSyntax e:
                    if (exactSpan is not null)
                    {
                        diagnostics.Error(DiagnosticCodes.DuplicateExact, e.Span,
                            $"a problem has one exact solution, and it is already given at line {exactSpan.Line}; remove one of them");
                        break;
                    }
                    exactSpan = e.Span;
                    exact = BindExact(e.Solution);
                    break;
                case TrainSyntax t:
                    train.Bind(t);
                    break;
                case ObserveSyntax o:
                    if (BindObservation(o) is { } observation) observations.Add(observation);
                    break;
                case AnsatzSyntax a:
                    BindAnsatz(a);
                    break;
            }
        }

        if (!scope.HasDomain && !unparsed.Contains("domain"))
            diagnostics.Error(DiagnosticCodes.NoDomain, problem.Name.Span,
                $"problem {problem.Name.Text} has no domain: declare its coordinates, as in domain x in [0, 1], y in [0, 1]");
        if (!problem.Statements.Any(s => s is PdeSyntax) && !unparsed.Contains("pde"))
            diagnostics.Error(DiagnosticCodes.NoPde, problem.Name.Span,
                $"problem {problem.Name.Text} has no pde statement: add one, as in pde lap(u) = 0");

        if (ansatzSpan is not null && unknowns.Count > 1)
            diagnostics.Error(DiagnosticCodes.BadAnsatz, ansatzSpan,
                $"an ansatz is supported for a problem with one unknown only, and this one has {unknowns.Count} ({string.Join(", ", unknowns)}): remove the ansatz and state u's conditions instead");

        if (diagnostics.Count > errorsBefore) return null;
        return new ProblemModel(
            problem.Name.Text,
            problem.Namespace,
            dimList.ToEquatableArray(),
            paramList.ToEquatableArray(),
            coordinates.ToEquatableArray(),
            pdes.ToEquatableArray(),
            conditions.ToEquatableArray(),
            exact,
            toModelSpan(problem.Span)) { TrainSettings = train.Settings, Observations = observations.ToEquatableArray(), Unknowns = unknowns.ToEquatableArray(), UnknownExacts = unknownExacts.ToEquatableArray(), Ansatz = ansatz };
    }

    /// <summary>Takes the names of <paramref name="scope"/> into the lookups the rest of the binder reads.</summary>
    private void Use(ProblemScope scope)
    {
        foreach (var d in scope.Declared) declared[d.Name] = (d.Kind, d.Span);
        foreach (var d in scope.Dims) dims[d.Name] = d;
        foreach (var p in scope.Params) parameters[p.Name] = p;
        foreach (var l in scope.Lets) lets[l.Name.Text] = l;
        foreach (var name in scope.RecursiveLets) recursiveLets.Add(name);
        foreach (var name in scope.Refused) rejected.Add(name);
        domainIncomplete = scope.DomainIncomplete;
        coordinateSyntax.AddRange(scope.CoordinateSyntax);
        vectorParams.AddRange(scope.VectorParams);
        samples.AddRange(scope.Samples);
        unknowns.AddRange(scope.Unknowns.Skip(1));
    }

    private List<CoordinateModel> BindCoordinates()
    {
        var result = new List<CoordinateModel>();
        foreach (var c in coordinateSyntax)
        {
            if (c.IsReal)
            {
                var (time, len) = coordinateTypes[c.Name.Text];
                result.Add(BindUnbounded(c, time, len));
                continue;
            }
            var lower = BindConstant(c.Lower!, "a bound of a coordinate");
            var upper = BindConstant(c.Upper!, "a bound of a coordinate");
            if (lower is BoundNumber lo && upper is BoundNumber hi && !(lo.Value < hi.Value))
                diagnostics.Error(DiagnosticCodes.BadValue, Lexer.Cover(c.Lower!.Span, c.Upper!.Span),
                    $"the interval [{ExpressionPrinter.Number(lo.Value)}, {ExpressionPrinter.Number(hi.Value)}] of {c.Name.Text} is empty: the lower bound must be less than the upper, as in {c.Name.Text} in [0, 1]");
            var (isTime, length) = coordinateTypes[c.Name.Text];
            result.Add(new CoordinateModel(c.Name.Text, isTime, length, lower, upper, toModelSpan(c.Span)));
        }
        return result;
    }

    /// <summary>A scalar over numbers, params and dims only (bounds, face values).</summary>
    private BoundExpr BindConstant(ExprSyntax syntax, string what)
    {
        var e = BindExpression(syntax, null);
        if (e is BoundError) return e;
        if (e.Type.IsVector)
            return Error(DiagnosticCodes.KindMismatch, syntax.Span, $"{what} must be a scalar, but this is a {Describe(e.Type)}");
        if (BoundExprWalker.DependsOnPoint(e))
            return Error(DiagnosticCodes.NotAllowedHere, syntax.Span, $"{what} may use numbers, params and dims only, not coordinates or u");
        return RefuseLearned(e, syntax, what);
    }

    private RegionModel? BindRegion(WhereSyntax where)
    {
        if (where.Sphere is not null) return BindSphere(where);
        if (where.Coordinate is null)
        {
            if (!coordinateTypes.Values.Any(c => !c.IsTime) && coordinateTypes.Count > 0 && !domainIncomplete)
            {
                diagnostics.Error(DiagnosticCodes.BadFace, where.Span, "on boundary needs a spatial coordinate, but the domain has only t; use on t = 0 for an initial condition");
                return null;
            }
            if (!domainIncomplete && !CheckBoundary(where)) return null;
            return new RegionModel(RegionKind.Boundary, null, null);
        }
        var name = where.Coordinate.Text;
        if (!coordinateTypes.TryGetValue(name, out var type))
        {
            var known = coordinateOrder.Count == 0 ? "none" : string.Join(", ", coordinateOrder);
            diagnostics.Error(DiagnosticCodes.BadFace, where.Coordinate.Span,
                declared.TryGetValue(name, out var d)
                    ? $"'{name}' is a {d.Kind}, not a coordinate: a condition holds on a face such as x = 0 of a declared coordinate ({known})"
                    : $"'{name}' is not a coordinate: a condition holds on a face such as x = 0 of a declared coordinate ({known}), or on boundary");
            return null;
        }
        if (type.Length is not null)
        {
            diagnostics.Error(DiagnosticCodes.BadFace, where.Coordinate.Span,
                $"'{name}' is a vector coordinate (length {type.Length}); a face needs a scalar coordinate: use on boundary for all faces of the box");
            return null;
        }
        var value = BindConstant(where.Value!, "the value of a face");
        if (value is BoundError) return null;
        return new RegionModel(RegionKind.Face, name, value);
    }

    private EquationModel? BindEquation(RegionModel region, EquationSyntax equation, string text, SourceSpan span)
    {
        var left = BindExpression(equation.Left, null);
        var right = BindExpression(equation.Right, null);
        bool ok = CheckScalar(left, equation.Left, "the left side of the equation") & CheckScalar(right, equation.Right, "the right side of the equation");
        if (!ok) return null;
        return new EquationModel(region, left, right, text, toModelSpan(span));
    }

    private bool CheckScalar(BoundExpr e, ExprSyntax syntax, string what)
    {
        if (e is BoundError) return false;
        if (treeSizes.Of(e) > MaxTreeSize)
        {
            // Each let use is capped, but many uses of a large let can still add up.
            diagnostics.Error(DiagnosticCodes.ExpansionTooLarge, syntax.Span,
                $"{what} expands to more than {MaxTreeSize} terms once its lets are inlined; write it with fewer or smaller lets");
            return false;
        }
        if (treeSizes.DepthOf(e) > MaxTreeDepth)
        {
            // Consumers of the model (record equality, the generator) walk it recursively: keep it shallow.
            diagnostics.Error(DiagnosticCodes.TooDeep, syntax.Span,
                $"{what} nests more than {MaxTreeDepth} levels deep once its lets are inlined; write it with fewer nested lets and brackets");
            return false;
        }
        if (e.Type.IsScalar) return true;
        diagnostics.Error(DiagnosticCodes.KindMismatch, syntax.Span,
            $"{what} is a {Describe(e.Type)}, but it must be a scalar: reduce it with sum(v), dot(a, b), |v| or an index v[k]");
        return false;
    }

    private BoundExpr? BindExact(ExprSyntax syntax)
    {
        var e = BindExpression(syntax, null);
        if (e is BoundError) return null;
        if (!CheckScalar(e, syntax, "the exact solution")) return null;
        if (BoundExprWalker.Any(e, n => n is BoundDerivative))
        {
            diagnostics.Error(DiagnosticCodes.NotAllowedHere, syntax.Span,
                "the exact solution is a formula of the coordinates, params and dims: it cannot use u or its derivatives");
            return null;
        }
        return e;
    }

    private static string Describe(ExprType type) => type.IsScalar ? "scalar" : $"vector of length {type.Length}";
}
