namespace PdeDsl.EndToEnd.Tests;

/// <summary>
/// The examples of language-2.md part B as a user writes them (the SineGordonTwoBody and Diffusion2D blocks verbatim)
/// and a program that trains both, one report each.
/// </summary>
public static class CalculusUserCode
{
    public const string SineGordonPde = """
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

    public const string Diffusion2DPde = """
        problem Diffusion2D {
          domain x in [0, 1], y in [0, 1]
          let k(a, b) = 1 + a*b                  // a variable coefficient
          let s(a, b) = sin(pi*a)*sin(pi*b)      // the manufactured solution
          pde  div(k(x, y)*grad u) = div(k(x, y)*grad(s(x, y)))
          on boundary: u = 0
          exact s(x, y)
        }
        """;

    /// <summary>Trains both problems with the command line's options; n = 12 for the ball keeps the test short.</summary>
    public const string Program = """
        foreach (var problem in new PdeDsl.IPdeProblem[] { new CalculusApp.SineGordonTwoBody(), new CalculusApp.Diffusion2D() })
        {
            var extra = problem.Dims.ContainsKey("n") ? new[] { "--dim", "n=12" } : System.Array.Empty<string>();
            int code = PdeDsl.PdeApp.Run(problem, args.Concat(extra).Concat(new[] { "--report", problem.Name + ".json" }).ToArray());
            if (code != 0) return code;
        }
        return 0;
        """;
}
