using System;
using System.Collections.Generic;
using System.Linq;
using PdeDsl.Language.Diagnostics;
using PdeDsl.Language.Syntax;

namespace PdeDsl.Language.Binding;

/// <summary>
/// Binding's first stage: the declarations of a problem (dims, params, lets, coordinates, unknowns, samples) into a
/// <see cref="ProblemScope"/>, so that statements may come in any order. It binds no formula and reports only to its bag.
/// </summary>
internal sealed class DeclarationBinder
{
    private readonly DiagnosticBag diagnostics;
    private readonly Func<SourceSpan, SourceSpan> toModelSpan;

    /// <param name="diagnostics">Where errors go.</param>
    /// <param name="toModelSpan">Maps a syntax span to the span stored in the model.</param>
    public DeclarationBinder(DiagnosticBag diagnostics, Func<SourceSpan, SourceSpan> toModelSpan)
    {
        this.diagnostics = diagnostics;
        this.toModelSpan = toModelSpan;
    }

    /// <summary>The scope of <paramref name="problem"/>'s declarations; vector params, let cycles and coordinate types come after.</summary>
    public ProblemScope Bind(ProblemSyntax problem)
    {
        var declared = new Dictionary<string, DeclaredName>(StringComparer.Ordinal);
        var dimList = new List<DimModel>();
        var paramList = new List<ParamModel>();
        var vectorParams = new List<VectorParamSyntax>();
        var lets = new List<LetSyntax>();
        var recursiveLets = new List<string>();
        var rejected = new List<string>();
        var coordinateSyntax = new List<CoordinateSyntax>();
        var samples = new List<SampleSyntax>();
        var periodics = new List<PeriodicSyntax>();
        var unknowns = new List<string> { "u" };
        SourceSpan? unknownStatement = null;
        bool hasDomain = false;
        bool domainIncomplete = false;
        foreach (var statement in problem.Statements)
        {
            switch (statement)
            {
                case DimSyntax d:
                    if (!Declare(declared, d.Name, "dim")) break;
                    var v = d.Value.Value;
                    if (v != Math.Floor(v) || v < 1 || v > int.MaxValue)
                    {
                        diagnostics.Error(DiagnosticCodes.BadValue, d.Value.Span,
                            $"the dim {d.Name.Text} = {d.Value.Text} must be a whole number of at least 1, as in dim {d.Name.Text} = 100");
                        rejected.Add(d.Name.Text);
                        break;
                    }
                    dimList.Add(new DimModel(d.Name.Text, (int)v, toModelSpan(d.Span)));
                    break;
                case ParamSyntax p:
                    if (!Declare(declared, p.Name, "param")) break;
                    paramList.Add(new ParamModel(p.Name.Text, p.Value.Value, toModelSpan(p.Span)) { Learned = p.Learn });
                    break;
                case VectorParamSyntax vp:
                    if (Declare(declared, vp.Name, "param")) vectorParams.Add(vp);
                    else rejected.Add(vp.Name.Text);
                    break;
                case LetSyntax l:
                    if (!Declare(declared, l.Name, "let")) break;
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    bool ok = true;
                    foreach (var p in l.Parameters)
                    {
                        if (Builtins.IsReserved(p.Text))
                        {
                            diagnostics.Error(DiagnosticCodes.ReservedName, p.Span, $"'{p.Text}' is a built-in name and cannot be a parameter of let {l.Name.Text}; choose another name");
                            ok = false;
                        }
                        else if (!seen.Add(p.Text))
                        {
                            diagnostics.Error(DiagnosticCodes.DuplicateDeclaration, p.Span, $"let {l.Name.Text} has two parameters named '{p.Text}'; give each its own name");
                            ok = false;
                        }
                    }
                    if (ok) lets.Add(l);
                    else recursiveLets.Add(l.Name.Text);
                    break;
                case DomainSyntax domain:
                    hasDomain = true;
                    foreach (var c in domain.Coordinates)
                        if (Declare(declared, c.Name, "coordinate")) coordinateSyntax.Add(c);
                        else domainIncomplete = true;
                    break;
                case SampleSyntax sample:
                    samples.Add(sample);
                    break;
                case PeriodicSyntax periodic:
                    periodics.Add(periodic);
                    break;
                case UnknownSyntax unknown:
                    if (unknownStatement is not null)
                    {
                        diagnostics.Error(DiagnosticCodes.BadUnknown, unknown.Span,
                            $"the unknowns are already declared at line {unknownStatement.Line}: declare them all in one statement, as in unknown u, v");
                        break;
                    }
                    unknownStatement = unknown.Span;
                    BindUnknowns(unknown, declared, unknowns);
                    break;
            }
        }
        return new ProblemScope(declared.Values.ToEquatableArray(), dimList.ToEquatableArray(), paramList.ToEquatableArray(),
            vectorParams.ToEquatableArray(), lets.ToEquatableArray(), coordinateSyntax.ToEquatableArray(), samples.ToEquatableArray(),
            unknowns.ToEquatableArray())
        {
            Refused = rejected.ToEquatableArray(),
            RecursiveLets = recursiveLets.ToEquatableArray(),
            Periodics = periodics.ToEquatableArray(),
            HasDomain = hasDomain,
            DomainIncomplete = domainIncomplete,
        };
    }

    private bool Declare(Dictionary<string, DeclaredName> declared, Identifier name, string kind)
    {
        if (Builtins.IsReserved(name.Text))
        {
            diagnostics.Error(DiagnosticCodes.ReservedName, name.Span,
                $"'{name.Text}' is a built-in name and cannot be declared as a {kind}; choose another name");
            return false;
        }
        if (declared.TryGetValue(name.Text, out var previous))
        {
            diagnostics.Error(DiagnosticCodes.DuplicateDeclaration, name.Span,
                previous.Kind == kind
                    ? $"the {kind} '{name.Text}' is declared twice (first at line {previous.Span.Line}, column {previous.Span.Column}); remove one or rename it"
                    : $"'{name.Text}' is already declared as a {previous.Kind} at line {previous.Span.Line}, column {previous.Span.Column}; a {kind} needs a name of its own");
            return false;
        }
        declared[name.Text] = new DeclaredName(name.Text, kind, name.Span);
        return true;
    }

    /// <summary><c>unknown u, v</c>: u first, each name once, no '_' (it starts a partial derivative).</summary>
    private void BindUnknowns(UnknownSyntax syntax, Dictionary<string, DeclaredName> declared, List<string> unknowns)
    {
        if (syntax.Names[0].Text != "u")
            diagnostics.Error(DiagnosticCodes.BadUnknown, syntax.Names[0].Span,
                $"the first unknown is u (the network's first output, which 'exact e' and the reports mean): write unknown u, {string.Join(", ", syntax.Names.Select(n => n.Text))}");
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var name in syntax.Names)
        {
            if (!seen.Add(name.Text))
                diagnostics.Error(DiagnosticCodes.BadUnknown, name.Span, $"the unknown '{name.Text}' is declared twice; name each unknown once");
            else if (name.Text == "u")
                continue; // u is always unknown 0 (its place in the list was checked above)
            else if (name.Text.Contains('_'))
                diagnostics.Error(DiagnosticCodes.BadUnknown, name.Span,
                    $"an unknown's name cannot hold '_' ('{name.Text}'): its partial derivatives are written {name.Text.Split('_')[0]}_x, {name.Text.Split('_')[0]}_xx");
            else if (Declare(declared, name, "unknown"))
                unknowns.Add(name.Text);
        }
    }

    /// <summary>
    /// Binds the vector params' lengths and laws once every dim and scalar param is known: each joins the scope's params,
    /// or its refused names. A law's constants are bound against the params bound before it, as they are declared.
    /// </summary>
    public ProblemScope BindVectorParams(ProblemScope scope, LetExpansions expansions)
    {
        foreach (var p in scope.VectorParams)
        {
            var name = p.Name.Text;
            var example = $"param {name}[n] = 0.5 or param {name}[n] ~ normal(0, 1)";
            VectorLength? length = null;
            switch (p.Length)
            {
                case NumberSyntax n when n.Value == Math.Floor(n.Value) && n.Value >= 1 && n.Value <= int.MaxValue:
                    length = VectorLength.Of((int)n.Value);
                    break;
                case NameSyntax d when scope.Dims.Any(dim => dim.Name == d.Name):
                    length = new VectorLength(0, EquatableArray.Of(d.Name));
                    break;
                case NameSyntax d when scope.Refused.Contains(d.Name):
                    break;
                default:
                    diagnostics.Error(DiagnosticCodes.BadValue, p.Length.Span,
                        $"the length of the vector param {name} must be a whole number of at least 1 or a dim: {example}");
                    break;
            }
            LawModel? law = null;
            bool ok = length is not null;
            if (p.Law is { } l)
            {
                if (l.Name.Text != "normal" || l.Arguments.Count != 2)
                {
                    diagnostics.Error(DiagnosticCodes.BadLaw, l.Span,
                        $"a vector param is drawn from normal(mean, std) (two scalars), not {l.Name.Text}{(l.HasArgumentList ? "(...)" : "")}: {example}");
                    ok = false;
                }
                else
                {
                    var expressions = new ExpressionBinder(scope, diagnostics, expansions);
                    var mean = expressions.BindConstant(l.Arguments[0], "the mean of a vector param");
                    var deviation = expressions.BindConstant(l.Arguments[1], "the standard deviation of a vector param");
                    if (deviation is BoundNumber s && !(s.Value > 0))
                    {
                        diagnostics.Error(DiagnosticCodes.BadDeviation, l.Arguments[1].Span,
                            $"the standard deviation of the vector param {name} is {ExpressionPrinter.Number(s.Value)}, but it must be positive");
                        deviation = new BoundError();
                    }
                    ok &= mean is not BoundError && deviation is not BoundError;
                    law = new LawModel(LawKind.Normal, mean, deviation, toModelSpan(l.Span));
                }
            }
            if (!ok)
            {
                scope = scope with { Refused = scope.Refused.Concat(new[] { name }).ToEquatableArray() };
                continue;
            }
            var model = new ParamModel(name, p.Value?.Value ?? 0, toModelSpan(p.Span), length, law);
            scope = scope with { Params = scope.Params.Concat(new[] { model }).ToEquatableArray() };
        }
        return scope;
    }

    /// <summary>Lets are inlined, so a let that reaches itself through its body has no meaning: refuse it where it refers back.</summary>
    public ProblemScope CheckLetCycles(ProblemScope scope)
    {
        var lets = scope.Lets.ToDictionary(l => l.Name.Text, StringComparer.Ordinal);
        var recursiveLets = new HashSet<string>(scope.RecursiveLets, StringComparer.Ordinal);
        var recursiveOrder = scope.RecursiveLets.ToList();
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var let in scope.Lets) Visit(let.Name.Text, new List<string>());
        return scope with { RecursiveLets = recursiveOrder.ToEquatableArray() };

        void Visit(string name, List<string> path)
        {
            if (state.TryGetValue(name, out var s) && s == 2) return;
            state[name] = 1;
            path.Add(name);
            var let = lets[name];
            var own = new HashSet<string>(let.Parameters.Select(p => p.Text), StringComparer.Ordinal);
            foreach (var (reference, span) in LetReferences(let.Body, own))
            {
                if (!lets.ContainsKey(reference)) continue;
                if (state.TryGetValue(reference, out var rs) && rs == 1)
                {
                    int from = path.IndexOf(reference);
                    var cycle = string.Join(" -> ", path.Skip(from).Concat(new[] { reference }));
                    diagnostics.Error(DiagnosticCodes.RecursiveLet, span,
                        reference == name
                            ? $"let {name} refers to itself: lets are inlined where they are used, so they cannot be recursive"
                            : $"lets refer to each other in a cycle ({cycle}): lets are inlined where they are used, so they cannot be recursive");
                    foreach (var member in path.Skip(from))
                        if (recursiveLets.Add(member)) recursiveOrder.Add(member);
                    continue;
                }
                Visit(reference, path);
            }
            path.RemoveAt(path.Count - 1);
            state[name] = 2;
        }
    }

    private static IEnumerable<(string Name, SourceSpan Span)> LetReferences(ExprSyntax body, HashSet<string> parameters)
    {
        var stack = new Stack<ExprSyntax>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case NameSyntax n when !parameters.Contains(n.Name): yield return (n.Name, n.Span); break;
                case CallSyntax c:
                    if (!parameters.Contains(c.Function.Text)) yield return (c.Function.Text, c.Function.Span);
                    for (int k = c.Arguments.Count - 1; k >= 0; k--) stack.Push(c.Arguments[k]);
                    break;
                case ParenSyntax p: stack.Push(p.Inner); break;
                case NormSyntax n: stack.Push(n.Operand); break;
                case IndexSyntax i: stack.Push(i.Index); stack.Push(i.Target); break;
                case SliceSyntax sl: stack.Push(sl.To); stack.Push(sl.From); stack.Push(sl.Target); break;
                case NegateSyntax n: stack.Push(n.Operand); break;
                case BinarySyntax b: stack.Push(b.Right); stack.Push(b.Left); break;
            }
        }
    }

    /// <summary>Each coordinate's type (time or space, its length): names need them before any bound or law is bound.</summary>
    public ProblemScope BindCoordinateTypes(ProblemScope scope)
    {
        var types = new List<ScopeCoordinate>();
        foreach (var c in scope.CoordinateSyntax)
        {
            VectorLength? length = null;
            switch (c.Length)
            {
                case NumberSyntax n:
                    if (n.Value != Math.Floor(n.Value) || n.Value < 1 || n.Value > int.MaxValue)
                        diagnostics.Error(DiagnosticCodes.BadValue, n.Span, $"the length of {c.Name.Text} must be a whole number of at least 1 or a dim, as in {c.Name.Text} in [0, 1]^n");
                    else length = VectorLength.Of((int)n.Value);
                    break;
                case NameSyntax name when scope.Refused.Contains(name.Name):
                    break;
                case NameSyntax name:
                    if (scope.Dims.Any(d => d.Name == name.Name)) length = new VectorLength(0, EquatableArray.Of(name.Name));
                    else diagnostics.Error(DiagnosticCodes.BadValue, name.Span,
                        scope.Find(name.Name) is { } d
                            ? $"the length of {c.Name.Text} must be a whole number or a dim, but '{name.Name}' is a {d.Kind}; make it a dim, as in dim {name.Name} = 10"
                            : $"the length of {c.Name.Text} must be a whole number or a dim, but '{name.Name}' is not declared; declare it with dim {name.Name} = 10");
                    break;
            }
            bool isTime = c.Name.Text == "t";
            if (isTime && c.Length is not null)
            {
                diagnostics.Error(DiagnosticCodes.VectorTime, c.Length.Span, "the coordinate t is time and must be a scalar: write t in [0, T] without '^'");
                length = null;
            }
            types.Add(new ScopeCoordinate(c.Name.Text, isTime, length));
        }
        return scope with { Coordinates = types.ToEquatableArray() };
    }
}
