namespace PdeDsl.Compiler.Tests;

/// <summary>Problem texts the tests compile.</summary>
internal static class Texts
{
    public const string Poisson1D = """
        problem Poisson1D {
          domain x in [0, 1]
          pde    u_xx = -pi^2*sin(pi*x)
          on boundary: u = 0
          exact  sin(pi*x)
        }
        """;

    public const string Two = """
        namespace Pair;

        problem First {
          domain x in [0, 1]
          pde    u_xx = 0
          on boundary: u = x
        }

        problem Second {
          domain x in [0, 1]
          pde    u_xx = 2
          on boundary: u = x^2
        }
        """;
}
