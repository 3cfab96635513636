namespace PdeDsl.EndToEnd.Tests;

/// <summary>What a user writes: problems in both forms, and a few training steps through the runtime API.</summary>
public static class UserCode
{
    public const string PoissonPde = """
        // No namespace statement: the problem lands in the project's RootNamespace.
        problem Poisson2D {
          domain x in [0, 1], y in [0, 1]
          pde    lap(u) = -sin(x + y)
          on boundary: u = 0.5*sin(x + y)
          exact  0.5*sin(x + y)
        }
        """;

    public const string HjbAttributes = """
        using PdeDsl;

        namespace AttributeApp;

        [Dim("n", 4)]
        [Param("lambda", 1.0)]
        [Let("g(y) = ln((1 + |y|^2) / 2)")]
        [Domain("t in [0, 1], x in [0, 1]^n")]
        [Pde("u_t + lap(u) - lambda*|grad u|^2 = 0")]
        [Condition("t = 1", "u = g(x)")]
        public partial class Hjb { }
        """;

    /// <summary>The whole Program.cs of a user: the command line of PdeApp over the generated problem.</summary>
    public static string Program(string create) => $"return PdeDsl.PdeApp.Run({create}, args);\n";

    /// <summary>
    /// A short training run on the CPU: a small network, fixed seeds, validation every 10 steps on fixed points
    /// with many noise samples (so the estimator's own variance does not hide the trend), and a JSON report.
    /// </summary>
    public static readonly string[] TrainArguments =
    {
        "train", "--steps", "60", "--lr", "5e-3", "--hidden-layers", "2", "--hidden-width", "32",
        "--samples", "128", "--eval-samples", "1024", "--validation-points", "256", "--validate-every", "10",
        "--interior-points", "128", "--condition-points", "128", "--device", "cpu", "--threads", "1",
        "--report", "report.json",
    };
}
