namespace PdeDsl.Generator.Model;

/// <summary>
/// Where one attribute argument was written: the token text as in the source (quotes, <c>@</c> and
/// escapes included) and the position of its first character, so a diagnostic's offset inside the
/// argument's value can be mapped back to the exact line and column inside the literal.
/// </summary>
internal sealed record ArgumentSource(string FilePath, string RawText, int Start, int Line, int Column, bool IsStringLiteral);
