using PdeDsl.Tests.Shared;

namespace PdeDsl.Language.Tests;

/// <summary>The two example problems of dsl.md, as files and as attribute statements.</summary>
internal static class Samples
{
    public const string Hjb = LanguageExamples.Hjb;

    public const string Poisson2D = LanguageExamples.Poisson2D;

    /// <summary>The HJB of the second edition (docs/language.md), on R^n with x drawn along the forward process.</summary>
    public const string HjbRn = LanguageExamples.HjbOnRn;

    /// <summary>Poisson in the unit ball of the second edition (docs/language.md).</summary>
    public const string BallPoisson = LanguageExamples.BallPoisson;

    public static EquatableArray<StatementSource> Statements(params (string Keyword, string[] Arguments)[] statements) =>
        statements.Select(s => new StatementSource(s.Keyword, s.Arguments.ToEquatableArray())).ToEquatableArray();

    public static EquatableArray<StatementSource> Poisson2DStatements => Statements(
        ("domain", ["x in [0, 1], y in [0, 1]"]),
        ("pde", ["lap(u) = -sin(x + y)"]),
        ("on", ["boundary", "u = 0.5*sin(x + y)"]),
        ("exact", ["0.5*sin(x + y)"]));

    public static EquatableArray<StatementSource> HjbStatements => Statements(
        ("dim", ["n", "100"]),
        ("param", ["lambda", "1.0"]),
        ("param", ["T", "1.0"]),
        ("let", ["g(y) = ln((1 + |y|^2) / 2)"]),
        ("domain", ["t in [0, T], x in [0, 1]^n"]),
        ("pde", ["u_t + lap(u) - lambda*|grad u|^2 = 0"]),
        ("on", ["t = T", "u = g(x)"]));
}
