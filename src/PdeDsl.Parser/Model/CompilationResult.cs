using PdeDsl.Language.Grouping;

namespace PdeDsl.Language;

/// <summary>
/// The result of compiling one text: the problems that compiled (the grouping stage's output, which lowering turns into
/// the emit model), and every diagnostic.
/// </summary>
public sealed record CompilationResult(EquatableArray<GroupedProblem> Problems, EquatableArray<Diagnostic> Diagnostics)
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var d in Diagnostics)
                if (d.Severity == DiagnosticSeverity.Error) return true;
            return false;
        }
    }
}
