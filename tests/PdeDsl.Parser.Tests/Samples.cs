namespace PdeDsl.Language.Tests;

/// <summary>The two example problems of dsl.md, as files and as attribute statements.</summary>
internal static class Samples
{
    public const string Hjb = """
        // hjb.pde: high-dimensional Hamilton-Jacobi-Bellman equation (LQG control)
        namespace Samples.Hjb;

        problem Hjb {
          dim   n = 100                      // spatial dimension; can be changed at run time
          param lambda = 1.0
          param T = 1.0
          let   g(y) = ln((1 + |y|^2) / 2)
          domain t in [0, T], x in [0, 1]^n
          pde   u_t + lap(u) - lambda*|grad u|^2 = 0
          on t = T: u = g(x)
        }
        """;

    public const string Poisson2D = """
        problem Poisson2D {
          domain x in [0, 1], y in [0, 1]
          pde    lap(u) = -sin(x + y)
          on boundary: u = 0.5*sin(x + y)
          exact  0.5*sin(x + y)
        }
        """;

    /// <summary>The HJB of language-2.md part A, on R^n with x drawn along the forward process.</summary>
    public const string HjbRn = """
        problem Hjb {
          dim   n = 100
          param lambda = 1.0
          param T = 1.0
          let   g(y) = ln((1 + |y|^2) / 2)
          domain t in [0, T], x in R^n
          sample x ~ normal(0, sqrt(2*t))        // mean, standard deviation; may use t (declared before x)
          pde   u_t + lap(u) - lambda*|grad u|^2 = 0
          on t = T: u = g(x)
        }
        """;

    /// <summary>Poisson in the unit ball of language-2.md part A.</summary>
    public const string BallPoisson = """
        problem BallPoisson {
          dim n = 10
          domain x in R^n where |x| <= 1         // the unit ball; `where |x - c| <= r` for another centre/radius
          sample x ~ radial                       // radius uniform in [0, r], direction uniform (default: uniform in volume)
          pde   lap(u) = -sin(sum(x))
          on |x| = 1: u = sin(sum(x))/n           // the sphere; `on boundary` means the same here
          exact sin(sum(x))/n
        }
        """;

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
