using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace Samples.HeatInverse;

/// <summary>
/// The sample's observations: u = exp(−κπ²t)·sin(πx), the solution of u_t = κ·u_xx with u(0, x) = sin(πx) and u = 0 at
/// x = 0 and 1, on a grid of (t, x) points, with optional Gaussian noise of standard deviation noise·max|u| (max|u| = 1).
/// </summary>
public static class HeatData
{
    /// <summary>The diffusivity the data is made with (and the one training should recover).</summary>
    public const double TrueKappa = 0.1;

    /// <summary>u(t, x) for diffusivity <paramref name="kappa"/>.</summary>
    public static double Exact(double t, double x, double kappa = TrueKappa) => Math.Exp(-kappa * Math.PI * Math.PI * t) * Math.Sin(Math.PI * x);

    /// <summary>Writes the CSV (columns t, x, u) of a <paramref name="grid"/>×<paramref name="grid"/> grid over [0, 1]².</summary>
    public static void Write(string path, int grid, double noise, int seed)
    {
        if (grid < 2) throw new ArgumentException($"--grid must be at least 2, not {grid}.");
        if (!(noise >= 0) || !double.IsFinite(noise)) throw new ArgumentException($"--noise must be 0 or more (0.01 is 1%), not {noise}.");
        var random = new Random(seed);
        var text = new StringBuilder("t,x,u\n");
        for (int i = 0; i < grid; i++)
        {
            for (int j = 0; j < grid; j++)
            {
                double t = (double)i / (grid - 1), x = (double)j / (grid - 1);
                double u = Exact(t, x) + noise * Gaussian(random);
                text.Append(string.Create(CultureInfo.InvariantCulture, $"{t:R},{x:R},{u:R}\n"));
            }
        }
        File.WriteAllText(path, text.ToString());
    }

    // Box-Muller: one standard normal draw.
    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
