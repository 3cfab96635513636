using System;
using System.Collections.Generic;
using System.Linq;

namespace PdeDsl;

/// <summary>
/// A problem's text did not compile: <see cref="Diagnostics"/> holds every diagnostic (errors and warnings) with its
/// file, line, column and code; the message lists the errors as a build prints them.
/// </summary>
public sealed class PdeCompilationException : Exception
{
    /// <summary>Wraps <paramref name="diagnostics"/>, at least one of which is an error.</summary>
    public PdeCompilationException(IReadOnlyList<PdeDiagnostic> diagnostics)
        : base(Describe(diagnostics)) => Diagnostics = diagnostics;

    /// <summary>Every diagnostic of the text, errors first as reported.</summary>
    public IReadOnlyList<PdeDiagnostic> Diagnostics { get; }

    /// <summary>Only the errors.</summary>
    public IReadOnlyList<PdeDiagnostic> Errors => Diagnostics.Where(d => d.IsError).ToList();

    private static string Describe(IReadOnlyList<PdeDiagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        var count = errors.Count == 1 ? "1 error" : $"{errors.Count} errors";
        return $"The problem does not compile ({count}):" + Environment.NewLine + string.Join(Environment.NewLine, errors);
    }
}
