using System;
using System.Collections.Generic;
using System.Linq;
using PdeDsl.Language.Diagnostics;
using PdeDsl.Language.Syntax;

namespace PdeDsl.Language.Binding;

/// <summary>Inverse problems' observations (<c>observe "file": u, v</c>), checked against the problem's unknowns.</summary>
/// <param name="diagnostics">Where errors go.</param>
/// <param name="toModelSpan">Maps a syntax span to the span stored in the model.</param>
/// <param name="unknowns">The problem's unknowns, u first.</param>
internal sealed class ObservationBinder(DiagnosticBag diagnostics, Func<SourceSpan, SourceSpan> toModelSpan, EquatableArray<string> unknowns)
{
    /// <summary>
    /// <c>observe "file": u, ...</c>: every name an unknown of the problem (<c>unknown u, v</c>), none twice, and no file
    /// observed by two statements (one statement lists all the unknowns a file holds). <paramref name="observedFiles"/>: the line
    /// of each file observed so far in the problem; this statement's file joins them.
    /// </summary>
    public ObservationModel? Bind(ObserveSyntax o, IDictionary<string, int> observedFiles)
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

    private bool IsUnknown(string name) => unknowns.Contains(name);
}
