using System.Collections.Generic;
using System.Linq;
using PdeDsl.Language.Syntax;

namespace PdeDsl.Language.Binding;

/// <summary>Several unknowns (<c>unknown u, v</c>): their names, derivatives by name, and exact solutions.</summary>
internal sealed partial class ProblemBinder
{
    /// <summary>The unknowns in output order, u first.</summary>
    private readonly List<string> unknowns = new() { "u" };
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
