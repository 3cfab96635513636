using System.Collections.Generic;
using System.Linq;
using PdeDsl.Language.Syntax;

namespace PdeDsl.Language.Binding;

/// <summary>Inverse problems: learned params (fixed numbers are needed in some places) and observations.</summary>
internal sealed partial class ProblemBinder
{
    /// <summary>
    /// <paramref name="e"/>, or an error where it reads a learned param: bounds, faces, laws and indices are fixed when the
    /// run starts (they shape the sampling and the input), while a learned param changes at every step.
    /// </summary>
    private BoundExpr RefuseLearned(BoundExpr e, ExprSyntax syntax, string what)
    {
        var learned = BoundExprWalker.Nodes(e).OfType<BoundParam>().FirstOrDefault(p => parameters.TryGetValue(p.Name, out var m) && m.Learned);
        if (learned is null) return e;
        var name = learned.Name;
        return Error(DiagnosticCodes.LearnedParamNotAllowed, syntax.Span,
            $"{what} must be fixed when the run starts, but the param {name} is learned (it changes at every step); use a param without 'learn' here");
    }

    /// <summary>
    /// <c>observe "file": u, ...</c>: every name an unknown of the problem (<c>unknown u, v</c>), none twice, and no file
    /// observed by two statements (one statement lists all the unknowns a file holds).
    /// </summary>
    private ObservationModel? BindObservation(ObserveSyntax o)
    {
        bool ok = true;
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var unknown in o.Unknowns)
        {
            if (!IsUnknown(unknown.Text))
            {
                diagnostics.Error(DiagnosticCodes.BadObserve, unknown.Span,
                    $"'{unknown.Text}' is not an unknown of the problem: observe names the unknowns whose values the file holds, as in observe \"{o.File}\": u");
                ok = false;
            }
            else if (!seen.Add(unknown.Text))
            {
                diagnostics.Error(DiagnosticCodes.BadObserve, unknown.Span, $"'{unknown.Text}' is observed twice in this statement; name it once");
                ok = false;
            }
        }
        if (observedFiles.TryGetValue(o.File, out var line))
        {
            diagnostics.Error(DiagnosticCodes.BadObserve, o.FileSpan,
                $"\"{o.File}\" is already observed at line {line}: list all the unknowns it holds in one statement, as in observe \"{o.File}\": u, v");
            ok = false;
        }
        else observedFiles[o.File] = o.Span.Line;
        return ok ? new ObservationModel(o.File, o.Unknowns.Select(u => u.Text).ToEquatableArray(), toModelSpan(o.Span)) : null;
    }

    private readonly Dictionary<string, int> observedFiles = new(System.StringComparer.Ordinal);

    private bool IsUnknown(string name) => unknowns.Contains(name);
}
