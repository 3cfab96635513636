using PdeDsl.Tests.Shared;

namespace PdeDsl.EndToEnd.Tests;

/// <summary>
/// The examples of the second edition (docs/language.md) (domains and sampling laws) as a user writes them: the HJB on R^n and
/// the BallPoisson blocks verbatim, small problems for each other new statement, and the attribute form.
/// </summary>
public static class DomainsUserCode
{
    public const string HjbPde = LanguageExamples.HjbOnRn;

    public const string BallPoissonPde = LanguageExamples.BallPoisson;

    public const string StatementsPde = """
        // One problem per new statement: the outward normal on a box and on a sphere, a shifted ball with a uniform
        // law and a param radius, R with a law over earlier coordinates beside the faces of an interval.
        problem BoxNeumann {
          domain x in [0, 1], y in [0, 1]
          pde lap(u) = -2*cos(x)*cos(y)
          on boundary: dot(normal, grad u) = 0 - normal[1]*sin(x)*cos(y) - normal[2]*cos(x)*sin(y)
          on x = 0: u = cos(y)
          exact cos(x)*cos(y)
        }

        problem SphereRobin {
          dim n = 3
          param r = 2
          domain x in ℝ^n where |x - 0.5| <= r
          sample x ~ uniform
          pde lap(u) = 1
          on boundary: dot(normal, grad u) + u = 0
          on |x - 0.5| = r: u = 0
        }

        problem StripHeat {
          domain t in [0, 1], y in [-1, 1], z in R
          sample z ~ normal(y, sqrt(1 + t))
          pde u_t = lap(u)
          on t = 0: u = exp(-z^2)*cos(pi*y/2)
          on boundary: u = 0
        }
        """;

    public const string HeatAttributes = """
        using PdeDsl;

        namespace DomainsApp;

        [Dim("n", 4)]
        [Domain("t in [0, 1], x in R^n")]
        [Sample("x ~ normal(0, sqrt(2*t))")]
        [Pde("u_t + lap(u) = 0")]
        [Condition("t = 1", "u = sum(x)")]
        public partial class Heat { }
        """;

    /// <summary>Trains every problem a few steps in one process (one start of TorchSharp), one report each.</summary>
    public const string Program = """
        var problems = new PdeDsl.IPdeProblem[]
        {
            new DomainsApp.Hjb(), new DomainsApp.BallPoisson(), new DomainsApp.BoxNeumann(),
            new DomainsApp.SphereRobin(), new DomainsApp.StripHeat(), new DomainsApp.Heat(),
        };
        foreach (var problem in problems)
        {
            int code = PdeDsl.PdeApp.Run(problem, args.Concat(new[] { "--report", problem.Name + ".json" }).ToArray());
            if (code != 0) return code;
        }
        return 0;
        """;

    public static readonly string[] TrainArguments =
    {
        "train", "--steps", "6", "--hidden-layers", "2", "--hidden-width", "16", "--samples", "16",
        "--eval-samples", "64", "--validation-points", "64", "--validate-every", "3",
        "--interior-points", "32", "--condition-points", "32", "--device", "cpu", "--threads", "1",
    };
}
