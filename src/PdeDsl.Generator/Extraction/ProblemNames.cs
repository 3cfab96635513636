using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PdeDsl.Generator.Diagnostics;
using PdeDsl.Generator.Model;
using PdeDsl.Language;

namespace PdeDsl.Generator.Extraction;

/// <summary>
/// Every problem of the project by name, from all files and attributed classes. Two problems of one
/// name in one namespace would merge into one partial class with every member twice (a flood of
/// CS0102): the first (by generated file name) is emitted, each other one becomes one clear error.
/// </summary>
internal static class ProblemNames
{
    public static ProblemName Of(EmitRequest request) =>
        new(request.Problem.Namespace, request.Problem.Name, request.HintName, request.Origin);

    public static EquatableArray<ProblemName> Merge(params ImmutableArray<ProblemName>[] parts) =>
        parts.SelectMany(p => p).OrderBy(n => n.HintName, StringComparer.Ordinal).ToEquatableArray();

    /// <summary>The problem emitted before <paramref name="request"/> under the same full name, if any.</summary>
    public static ProblemName? Earlier(EmitRequest request, EquatableArray<ProblemName> all)
    {
        foreach (var name in all)
        {
            if (string.CompareOrdinal(name.HintName, request.HintName) >= 0) break;
            if (name.Name == request.Problem.Name && name.Namespace == request.Problem.Namespace) return name;
        }
        return null;
    }

    public static DiagnosticInfo Duplicate(EmitRequest request, ProblemName earlier) =>
        new(DiagnosticDescriptors.DuplicateProblem, Language.DiagnosticSeverity.Error,
            $"a problem named {request.Problem.Name}{(request.Problem.Namespace is { Length: > 0 } ns ? " in namespace " + ns : "")} is already defined by {earlier.Origin}; give each problem its own name",
            request.Location);
}
