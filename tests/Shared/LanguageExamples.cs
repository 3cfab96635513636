namespace PdeDsl.Tests.Shared;

/// <summary>
/// The problems several test projects use, held once: the examples of both editions of docs/language.md as a user writes
/// them (and the samples' first-edition statements). Linked into the parser, generator and end-to-end tests.
/// </summary>
internal static class LanguageExamples
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

    public const string HjbOnRn = """
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

    public const string SineGordonTwoBody = """
        problem SineGordonTwoBody {
          dim n = 100
          param c[n] ~ normal(0, 1)              // a coefficient vector drawn once from the run's seed
          let s(y) = (1 - |y|^2) * sum(c[1..n-1] * sin(y[1..n-1] + cos(y[2..n]) + y[2..n]*cos(y[1..n-1])))
          domain x in R^n where |x| <= 1
          sample x ~ radial
          ansatz u = (1 - |x|^2) * net           // net: the smoothed network; u = 0 on the sphere exactly
          pde   lap(u) + sin(u) = lap(s(x)) + sin(s(x))
          exact s(x)
        }
        """;

    public const string Diffusion2D = """
        problem Diffusion2D {
          domain x in [0, 1], y in [0, 1]
          let k(a, b) = 1 + a*b                  // a variable coefficient
          let s(a, b) = sin(pi*a)*sin(pi*b)      // the manufactured solution
          pde  div(k(x, y)*grad u) = div(k(x, y)*grad(s(x, y)))
          on boundary: u = 0
          exact s(x, y)
        }
        """;

    public const string GrayScott = """
        problem GrayScott {
          unknown u, v
          param F = 0.04
          param k = 0.06
          domain t in [0, 1], x in [0, 1], y in [0, 1]
          pde u_t = 0.1*lap(u) - u*v^2 + F*(1 - u)
          pde v_t = 0.05*lap(v) + u*v^2 - (F + k)*v
          on t = 0: u = 1 - 0.5*exp(-20*((x-0.5)^2 + (y-0.5)^2))
          on t = 0: v = 0.25*exp(-20*((x-0.5)^2 + (y-0.5)^2))
          on boundary: dot(normal, grad u) = 0
          on boundary: dot(normal, grad v) = 0
        }
        """;

    public const string HeatInverse = """
        problem HeatInverse {
          param kappa = 0.5 learn                // trained with the network, starting at 0.5; reported
          domain t in [0, 1], x in [0, 1]
          pde u_t = kappa*u_xx
          on t = 0: u = sin(pi*x)
          on boundary: u = 0
          observe "heat.csv": u                  // columns t, x, u: a data misfit term
        }
        """;
}
