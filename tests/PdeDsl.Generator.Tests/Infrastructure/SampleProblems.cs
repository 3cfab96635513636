namespace PdeDsl.Generator.Tests.Infrastructure;

/// <summary>The problems of docs dsl.md and edge cases, as users write them.</summary>
public static class SampleProblems
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

    public const string Poisson2DAttributes = """
        using PdeDsl;

        namespace Samples;

        [Domain("x in [0, 1], y in [0, 1]")]
        [Pde("lap(u) = -sin(x + y)")]
        [Condition("boundary", "u = 0.5*sin(x + y)")]
        [Exact("0.5*sin(x + y)")]
        public partial class Poisson2D { }
        """;

    /// <summary>Scalar and vector coordinates, lets (plain and with arguments), indexing, second partials, Greek names and the Δ/∇ aliases.</summary>
    public const string Mixed = """
        namespace Edge;

        problem Mixed {
          dim n = 3
          param κ = 0.5
          let r2 = |x|^2
          let f(a, b) = a*b + κ
          domain y in [-1, 1], x in [0, 1]^n
          pde Δu + u_yy - κ*sum(x) + f(y, x[2]) + dot(∇u, ∇u) = exp(-r2)
          on boundary: u = r2
        }
        """;

    /// <summary>Heat in 1D with Neumann conditions and an exact solution in t and x.</summary>
    public const string Neumann = """
        problem Neumann {
          domain t in [0, 1], x in [0, 1]
          pde u_t = u_xx
          on x = 0: u_x = 0
          on x = 1: u_x = 0
          on t = 0: u = cos(pi*x)
          exact exp(-pi^2*t)*cos(pi*x)
        }
        """;
}
