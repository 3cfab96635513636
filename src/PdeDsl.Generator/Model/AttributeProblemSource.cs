using PdeDsl.Language;

namespace PdeDsl.Generator.Model;

/// <summary>
/// The attribute form of one problem as plain data: the class, its statements in declaration order,
/// and where each statement's arguments were written (same order as <see cref="Statements"/>).
/// <see cref="Problems"/> is an error found while reading the class (not partial, nested, ...).
/// </summary>
internal sealed record AttributeProblemSource(
    string ClassName,
    string? Namespace,
    EquatableArray<StatementSource> Statements,
    EquatableArray<StatementLocation> Locations,
    LocationInfo? ClassLocation,
    EquatableArray<DiagnosticInfo> Problems);

/// <summary>Where each argument of one statement (attribute) was written.</summary>
internal sealed record StatementLocation(EquatableArray<ArgumentSource> Arguments, LocationInfo? Attribute);
