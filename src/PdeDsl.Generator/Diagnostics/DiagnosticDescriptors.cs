using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using PdeDsl.Generator.Model;
using LanguageSeverity = PdeDsl.Language.DiagnosticSeverity;

namespace PdeDsl.Generator.Diagnostics;

/// <summary>
/// The descriptors the generator reports: one per parser code (the id is the parser's PDExxxx code, so
/// the user sees the same code the language documentation lists) and the generator's own PDE9xxx codes.
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string Category = "PdeDsl";

    /// <summary>An attributed problem class must be partial so the generated half can join it.</summary>
    public const string NotPartial = "PDE9001";

    /// <summary>Nested or generic classes cannot host a generated problem.</summary>
    public const string UnsupportedClass = "PDE9002";

    /// <summary>An attribute argument is not a constant the generator can read.</summary>
    public const string InvalidArgument = "PDE9003";

    /// <summary>Two problems of one name in one namespace, from different files or classes.</summary>
    public const string DuplicateProblem = "PDE9004";

    /// <summary>Something inside the generator failed; the message carries the exception.</summary>
    public const string InternalError = "PDE9999";

    private static readonly ConcurrentDictionary<(string, LanguageSeverity), DiagnosticDescriptor> Cache = new();

    /// <summary>The descriptor for a code at a severity.</summary>
    public static DiagnosticDescriptor For(string code, LanguageSeverity severity) =>
        Cache.GetOrAdd((code, severity), key => Create(key.Item1, key.Item2));

    /// <summary>Turns carried diagnostic data into a Roslyn diagnostic.</summary>
    public static Diagnostic ToDiagnostic(DiagnosticInfo info) =>
        Diagnostic.Create(For(info.Code, info.Severity), info.Location?.ToLocation() ?? Location.None, info.Message);

#pragma warning disable RS1017 // The ids are the parser's stable PDExxxx codes, known only as data.
    private static DiagnosticDescriptor Create(string code, LanguageSeverity severity) => new(
        id: code,
        title: Title(code),
        messageFormat: "{0}",
        category: Category,
        defaultSeverity: severity == LanguageSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: null);
#pragma warning restore RS1017

    private static string Title(string code) => code switch
    {
        NotPartial => "A problem class must be partial",
        UnsupportedClass => "A problem class must be a top-level, non-generic class",
        InvalidArgument => "An attribute argument must be a constant",
        DuplicateProblem => "Two problems share a name",
        InternalError => "The PdeDsl generator failed",
        _ => "PDE language error",
    };
}
