namespace PdeDsl.Language;

/// <summary>
/// <c>observe "file.csv": u, v</c>: a data-misfit term. The file is read at run time (relative to the working folder,
/// or where <c>--data</c> points); its columns are the coordinates (a vector coordinate x of length n as x1..xn) and
/// <see cref="Unknowns"/>.
/// </summary>
public sealed record ObservationModel(string File, EquatableArray<string> Unknowns, SourceSpan Span);
