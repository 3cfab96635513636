using PdeDsl.Tests.Shared;

namespace PdeDsl.Generator.Tests.Infrastructure;

/// <summary>The problems of docs dsl.md and edge cases, as users write them.</summary>
public static class SampleProblems
{
    public const string Hjb = LanguageExamples.Hjb;

    public const string Poisson2D = LanguageExamples.Poisson2D;

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

    /// <summary>The HJB of the second edition (docs/language.md): stated on R^n with x drawn along the forward process.</summary>
    public const string HjbRn = LanguageExamples.HjbOnRn;

    /// <summary>Poisson in the unit ball of the second edition (docs/language.md).</summary>
    public const string BallPoisson = LanguageExamples.BallPoisson;

    /// <summary>the second edition's Diffusion2D: a variable coefficient, and a forcing term written as the operator of the exact solution.</summary>
    /// <summary>the second edition's two-body problem: a drawn vector param, slices, the sphere ansatz, a forcing by lap.</summary>
    public const string SineGordonTwoBody = LanguageExamples.SineGordonTwoBody;

    public const string Diffusion2D = LanguageExamples.Diffusion2D;

    /// <summary>
    /// Derivatives of formulas over a scalar and a vector coordinate: a Laplacian of a formula with a component of x,
    /// a partial of u^2, a gradient over both coordinates (a concatenation) in a condition.
    /// </summary>
    public const string CalculusForms = """
        problem CalculusForms {
          dim n = 4
          param a = 0.5
          let s(v) = (1 - |v|^2)*(sum(sin(v)) + a*v[1] + sum(v[1..n-1]*cos(v[2..n])))
          domain y in [0, 1], x in R^n where |x| <= 1
          sample x ~ radial
          pde lap(u) + diff(u^2, y) = lap(y*s(x)) + diff((y*s(x))^2, y)
          on y = 0: sum(grad(u*s(x))) = 0
          exact y*s(x)
        }
        """;

    /// <summary>
    /// Every other new statement: R with a law over earlier coordinates, box faces beside R, a shifted ball whose sphere
    /// holds a Neumann condition (its normal padded with zeros along z), a sample of time.
    /// </summary>
    public const string Laws = """
        problem Laws {
          dim n = 3
          param a = 0.5
          param r = 2
          domain t in [0, 1], y in [-1, 1], z in ℝ
          domain x in R^n where |x - a| <= r
          sample z ~ normal(y, sqrt(1 + t))
          pde   u_t = lap(u)
          on |x - a| = r: dot(normal, grad u) = z
          on y = 1: dot(normal, grad u) + u = z
          on t = 0: u = 0
        }
        """;

    /// <summary>The boundary of intervals beside an unbounded coordinate.</summary>
    public const string Strip = """
        problem Strip {
          domain y in [0, 1], z in R
          sample z ~ normal(0, 2)
          pde   lap(u) = 0
          on boundary: dot(normal, grad u) = exp(-z^2)
        }
        """;

    /// <summary>The outward normal on every face of a box (a first-edition domain).</summary>
    public const string BoxNeumann = """
        problem BoxNeumann {
          domain x in [0, 1], y in [0, 2]
          pde lap(u) = -2*cos(x)*cos(y)
          on boundary: dot(normal, grad u) = 0 - normal[1]*sin(x)*cos(y) - normal[2]*cos(x)*sin(y)
          exact cos(x)*cos(y)
        }
        """;

    /// <summary>The plate with a hole (samples/Plate), its hole's radius a param: the region is built from the param's value.</summary>
    public const string Plate = """
        namespace Samples.Plate;
        problem Plate {
          param r = 0.2
          let s(x, y) = sin(2*x)*cos(y) + x*y
          domain (x, y) in box([0, 1], [0, 1]) minus disk((0.5, 0.5), r) as hole
          pde   lap(u) = lap(s(x, y))
          on boundary of box: u = s(x, y)
          on boundary of hole: dot(normal, grad u) = dot(normal, grad(s(x, y)))
          on boundary: u = s(x, y)
          exact s(x, y)
        }
        """;
}
