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

    /// <summary>
    /// A program that trains from code (no command line), holds the solution, saves it, loads it back and evaluates u at
    /// 1,000 points of its own; it writes the first 20 to points.csv and prints their values, for eval to compare.
    /// Given "eval ...", it is the command line instead.
    /// </summary>
    public const string SolutionProgram = """
        using System.Globalization;
        using System.Linq;
        using PdeDsl;

        if (args.Length > 0) return PdeApp.Run(new CodeApp.Poisson2D(), args);
        using (var trainer = new Trainer(new CodeApp.Poisson2D(), new TrainingOptions
        {
            Steps = 200, Backend = BackendKind.Jet, HiddenLayers = 2, HiddenWidth = 16, ValidationPoints = 50, Device = DeviceOption.Cpu,
        }))
        {
            trainer.Train();
            trainer.Solution.Save("p.ckpt");
        }
        using var solution = Solution.Load(new CodeApp.Poisson2D(), "p.ckpt", device: DeviceOption.Cpu);
        var random = new System.Random(3);
        var points = new double[1000, 2];
        for (int i = 0; i < 1000; i++) { points[i, 0] = random.NextDouble(); points[i, 1] = random.NextDouble(); }
        var u = solution.Evaluate(points);
        System.IO.File.WriteAllText("points.csv", "x,y\n" + string.Concat(Enumerable.Range(0, 20)
            .Select(i => points[i, 0].ToString("R", CultureInfo.InvariantCulture) + "," + points[i, 1].ToString("R", CultureInfo.InvariantCulture) + "\n")));
        double mse = Enumerable.Range(0, 1000).Average(i => System.Math.Pow(u[i] - 0.5 * System.Math.Sin(points[i, 0] + points[i, 1]), 2));
        System.Console.WriteLine("mse " + mse.ToString("R", CultureInfo.InvariantCulture));
        System.Console.WriteLine("values " + string.Join(" ", u.Take(20).Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
        return 0;
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
