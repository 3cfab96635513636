using PdeDsl.Tests.Shared;

namespace PdeDsl.EndToEnd.Tests;

/// <summary>
/// The examples of the second edition (docs/language.md) as a user writes them (the GrayScott and HeatInverse blocks verbatim), the
/// inverse problem's attribute form, and a program that writes the observations from the exact solution (kappa = 0.1)
/// and trains all three.
/// </summary>
public static class InverseUserCode
{
    public const string HeatInversePde = LanguageExamples.HeatInverse;

    public const string GrayScottPde = LanguageExamples.GrayScott;

    public const string HeatAttributes = """
        using PdeDsl;

        namespace InverseApp;

        [Learn("kappa", 0.5)]
        [Domain("t in [0, 1], x in [0, 1]")]
        [Pde("u_t = kappa*u_xx")]
        [Condition("t = 0", "u = sin(pi*x)")]
        [Condition("boundary", "u = 0")]
        [Observe("heat.csv", "u")]
        public partial class HeatAttributes { }
        """;

    /// <summary>Writes heat.csv (a 6x6 grid of the exact solution), then trains both forms, one report each.</summary>
    public const string Program = """
        using System.Globalization;

        var rows = new System.Text.StringBuilder("t,x,u\n");
        for (int i = 0; i < 6; i++)
            for (int j = 0; j < 6; j++)
            {
                double t = i / 5.0, x = j / 5.0;
                rows.Append(string.Create(CultureInfo.InvariantCulture, $"{t},{x},{System.Math.Exp(-0.1 * System.Math.PI * System.Math.PI * t) * System.Math.Sin(System.Math.PI * x)}\n"));
            }
        System.IO.File.WriteAllText("heat.csv", rows.ToString());
        foreach (var problem in new PdeDsl.IPdeProblem[] { new InverseApp.HeatInverse(), new InverseApp.HeatAttributes(), new InverseApp.GrayScott() })
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
