namespace PdeDsl.Language;

/// <summary>
/// One statement of the attribute form: its keyword (<c>dim param let domain pde on exact</c>)
/// and its arguments as the user wrote them, for example <c>("dim", ["n", "100"])</c>,
/// <c>("on", ["boundary", "u = 0"])</c>, <c>("pde", ["lap(u) = 0"])</c>.
/// </summary>
public sealed record StatementSource(string Keyword, EquatableArray<string> Arguments);
