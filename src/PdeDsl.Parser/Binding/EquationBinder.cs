using System;
using System.Collections.Generic;
using System.Linq;
using PdeDsl.Language.Diagnostics;
using PdeDsl.Language.Syntax;

namespace PdeDsl.Language.Binding;

/// <summary>
/// A problem's equations (pde and conditions) and exact solutions: scalar formulas bound by the expression binder it is
/// given, so that a condition's binder can know its region.
/// </summary>
/// <param name="diagnostics">Where errors go.</param>
/// <param name="toModelSpan">Maps a syntax span to the span stored in the model.</param>
internal sealed class EquationBinder(DiagnosticBag diagnostics, Func<SourceSpan, SourceSpan> toModelSpan)
{
    /// <summary>An equation that holds on <paramref name="region"/>; null when a side is refused (reported).</summary>
    public EquationModel? BindEquation(ExpressionBinder expressions, RegionModel region, EquationSyntax equation, string text, SourceSpan span)
    {
        var left = expressions.Bind(equation.Left);
        var right = expressions.Bind(equation.Right);
        bool ok = expressions.CheckScalar(left, equation.Left, "the left side of the equation") & expressions.CheckScalar(right, equation.Right, "the right side of the equation");
        if (!ok) return null;
        return new EquationModel(region, left, right, text, toModelSpan(span));
    }

    /// <summary>
    /// <c>exact v = e</c>: a declared unknown, one solution each, a formula of the point (no unknown in it).
    /// <paramref name="given"/>: the unknowns whose exact solution the problem already states; this one joins them.
    /// </summary>
    public UnknownExactModel? BindUnknownExact(ExpressionBinder expressions, ExactSyntax syntax, Identifier target, ISet<string> given)
    {
        var unknowns = expressions.Scope.Unknowns;
        if (!unknowns.Contains(target.Text))
        {
            diagnostics.Error(DiagnosticCodes.BadUnknown, target.Span,
                $"'{target.Text}' is not an unknown of the problem (they are {string.Join(", ", unknowns)}): declare it with unknown {string.Join(", ", unknowns)}, {target.Text}");
            return null;
        }
        if (!given.Add(target.Text))
        {
            diagnostics.Error(DiagnosticCodes.DuplicateExact, syntax.Span, $"the unknown {target.Text} already has an exact solution; remove one of them");
            return null;
        }
        var solution = expressions.BindExact(syntax.Solution);
        return solution is null ? null : new UnknownExactModel(target.Text, solution);
    }
}
