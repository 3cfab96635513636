using System.Collections.Generic;
using System.Linq;
using PdeDsl.Language.Syntax;

namespace PdeDsl.Language.Binding;

/// <summary>Several unknowns (<c>unknown u, v</c>): their names, derivatives by name, and exact solutions.</summary>
internal sealed partial class ProblemBinder
{
    /// <summary>The unknowns in output order, u first.</summary>
    private readonly List<string> unknowns = new() { "u" };
    private SourceSpan? unknownStatement;

    private void BindUnknowns(UnknownSyntax syntax)
    {
        if (unknownStatement is not null)
        {
            diagnostics.Error(DiagnosticCodes.BadUnknown, syntax.Span,
                $"the unknowns are already declared at line {unknownStatement.Line}: declare them all in one statement, as in unknown u, v");
            return;
        }
        unknownStatement = syntax.Span;
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
            else if (Declare(name, "unknown"))
                unknowns.Add(name.Text);
        }
    }

    /// <summary>The unknown other than u that <paramref name="name"/> is, or whose partial derivative it names (<c>v_t</c>); null otherwise.</summary>
    private string? OtherUnknown(string name)
    {
        for (int k = 1; k < unknowns.Count; k++)
        {
            var unknown = unknowns[k];
            if (name == unknown || (name.Length > unknown.Length + 1 && name.StartsWith(unknown + "_", System.StringComparison.Ordinal)))
                return unknown;
        }
        return null;
    }

    /// <summary>
    /// Derivatives of formulas are reduced to derivatives of u by the calculus stage; other unknowns are not carried
    /// through it yet, so <c>lap(v^2)</c> is refused with what to write instead.
    /// </summary>
    private BoundExpr? RefuseOtherUnknowns(BoundExpr argument, SourceSpan span, string operation)
    {
        var other = BoundExprWalker.Nodes(argument).OfType<BoundDerivative>().FirstOrDefault(d => d.Unknown != "u");
        if (other is null) return null;
        return Error(DiagnosticCodes.BadUnknown, span,
            $"{operation}(...) of a formula of {other.Unknown} is not supported yet: derivatives of formulas reduce to those of u only; write {other.Unknown}'s derivatives directly (grad {other.Unknown}, lap({other.Unknown}), {other.Unknown}_x) or introduce another unknown");
    }

    /// <summary><c>exact v = e</c>: a declared unknown, one solution each, a formula of the point (no unknown in it).</summary>
    private UnknownExactModel? BindUnknownExact(ExactSyntax syntax, Identifier target)
    {
        if (!unknowns.Contains(target.Text))
        {
            diagnostics.Error(DiagnosticCodes.BadUnknown, target.Span,
                $"'{target.Text}' is not an unknown of the problem (they are {string.Join(", ", unknowns)}): declare it with unknown {string.Join(", ", unknowns)}, {target.Text}");
            return null;
        }
        if (!exactsOfUnknowns.Add(target.Text))
        {
            diagnostics.Error(DiagnosticCodes.DuplicateExact, syntax.Span, $"the unknown {target.Text} already has an exact solution; remove one of them");
            return null;
        }
        var solution = BindExact(syntax.Solution);
        return solution is null ? null : new UnknownExactModel(target.Text, solution);
    }

    private readonly HashSet<string> exactsOfUnknowns = new(System.StringComparer.Ordinal);
}
