using PdeDsl.Tests.Shared;

namespace PdeDsl.EndToEnd.Tests;

/// <summary>
/// The examples of the second edition (docs/language.md) as a user writes them (the SineGordonTwoBody and Diffusion2D blocks verbatim)
/// and a program that trains both, one report each.
/// </summary>
public static class CalculusUserCode
{
    public const string SineGordonPde = LanguageExamples.SineGordonTwoBody;

    public const string Diffusion2DPde = LanguageExamples.Diffusion2D;

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
