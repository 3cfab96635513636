using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl.Bench;

/// <summary>
/// <c>bench -- variance</c>: the relative standard deviation PER NOISE VECTOR (or direction) of every estimator of the
/// runtime on closed forms (docs/runtime.md, "Directional estimators"), at n = 10 to 10,000. Each estimator is the
/// runtime's backend itself, asked for one sample per point at R copies of the same point (per-point noise), so the R
/// estimates are independent draws: their mean against the reference shows the bias, their sd the noise of one sample.
/// </summary>
internal static class EstimatorVariance
{
    private sealed record Estimator(string Name, Func<IDerivativeBackend> Create, bool Smoothed, int PerSample = 1);

    public const string Help = """
        bench -- variance [--dims 10,100,1000,10000] [--copies R] [--sigma S]
          relative sd per sample of each Laplacian, |grad|^2 and drift x.grad estimator on sin(sum(x)) (at sum(x) = 0.7),
          g = ln((1+|x|^2)/2) (at a point of N(0, I)) and sin(x1) (at x = 0.7/n, bending along one axis); the drift read from the whole gradient and as a directional
          derivative along x; sigma is Stein's noise and the differences' step (default 0.01)
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var dims = new[] { 10, 100, 1000, 10_000 };
        int copies = 400;
        double sigma = 0.01;
        try
        {
            for (int i = 1; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"Option {args[i]} needs a value.");
                switch (args[i])
                {
                    case "--dims": dims = Next().Split(',').Select(int.Parse).ToArray(); break;
                    case "--copies": copies = int.Parse(Next()); break;
                    case "--sigma": sigma = double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                    default: throw new ArgumentException($"unknown option '{args[i]}'.\n{Help}");
                }
            }
            if (copies < 2 || sigma <= 0 || dims.Any(d => d < 1)) throw new ArgumentException("--copies must be at least 2, --sigma positive, each dim at least 1.");
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            error.WriteLine($"bench variance: {e.Message}");
            return 2;
        }

        set_num_threads(1);
        var estimators = new List<Estimator>
        {
            new("Stein vanilla (eq. 7, 9)", () => Stein(SteinEstimator.Vanilla, sigma, 1), true),
            new("Stein control variate (eqs. 8, 9)", () => Stein(SteinEstimator.ControlVariate, sigma, 1), true),
            new("Stein antithetic (eqs. 10, 11)", () => Stein(SteinEstimator.Antithetic, sigma, 1), true),
            new("Stein abs(grad)^2 from two halves (K = 2)", () => Stein(SteinEstimator.Antithetic, sigma, 2), true, PerSample: 2),
            new("second difference, Gaussian", () => Directional(DirectionalMethod.Difference, DirectionKind.Gaussian, sigma), false),
            new("second difference, Rademacher", () => Directional(DirectionalMethod.Difference, DirectionKind.Rademacher, sigma), false),
            new("jet, Gaussian", () => Directional(DirectionalMethod.Jet, DirectionKind.Gaussian, sigma), false),
            new("jet, Rademacher", () => Directional(DirectionalMethod.Jet, DirectionKind.Rademacher, sigma), false),
            new("jet, axes", () => Directional(DirectionalMethod.Jet, DirectionKind.Axes, sigma), false),
        };
        output.WriteLine($"Relative sd per sample (sd of one-sample estimates / |reference|), mean/reference in brackets; {copies} samples, sigma = step = {sigma}.");
        output.WriteLine("Stein targets the smoothed u (reference for sin(a.x): f's Laplacian times exp(-|a|^2 sigma^2/2)); the others target f itself.");
        output.WriteLine();
        output.WriteLine($"| function | quantity | estimator | {string.Join(" | ", dims.Select(d => $"n = {d}"))} |");
        output.WriteLine($"| --- | --- | --- | {string.Join(" | ", dims.Select(_ => "---:"))} |");
        foreach (var (label, make) in new (string, Func<int, ClosedFormNetwork>)[] { ("sin(sum x)", ClosedFormNetwork.SineOfSum), ("ln((1+abs(x)^2)/2)", ClosedFormNetwork.LogNorm), ("sin(x1)", ClosedFormNetwork.SineOfFirst) })
        {
            foreach (var quantity in new[] { "Laplacian", "abs(grad)^2", "x.grad", "x.grad along x" })
            {
                foreach (var e in estimators)
                {
                    if (quantity != "abs(grad)^2" && e.PerSample == 2) continue;
                    if (quantity == "abs(grad)^2" && e.Smoothed && e.PerSample == 1) continue;
                    // Stein's drift is the same number either way (its gradient weights contracted with x): one row.
                    if (quantity == "x.grad" && e.Smoothed) continue;
                    var cells = dims.Select(n => Cell(make(n), n, label.StartsWith("sin", StringComparison.Ordinal), quantity, e, copies, sigma));
                    string name = quantity == "abs(grad)^2" ? e.Name.Replace("second difference", "squared first difference", StringComparison.Ordinal)
                        : quantity.StartsWith("x.grad", StringComparison.Ordinal) ? e.Name.Replace("second difference", "first difference", StringComparison.Ordinal)
                        : e.Name;
                    string what = quantity == "x.grad" ? "x.grad from the gradient" : quantity == "x.grad along x" ? "x.grad, directional" : quantity;
                    output.WriteLine($"| {label} | {what} | {name} | {string.Join(" | ", cells)} |");
                }
            }
        }
        return 0;
    }

    private static string Cell(ClosedFormNetwork f, int n, bool sine, string quantity, Estimator e, int copies, double sigma)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var x = f.Point();
        var (lap, grad2) = f.Exact(x);
        double a2 = f.SquaredFrequency;
        if (e.Smoothed && sine) lap *= Math.Exp(-a2 * sigma * sigma / 2);
        if (e.Smoothed && sine) grad2 *= Math.Exp(-a2 * sigma * sigma);
        double drift = f.Drift(x) * (e.Smoothed && sine ? Math.Exp(-a2 * sigma * sigma / 2) : 1);
        double reference = quantity == "Laplacian" ? lap : quantity == "abs(grad)^2" ? grad2 : drift;
        var all = Enumerable.Range(0, n).ToArray();
        var request = quantity switch
        {
            "Laplacian" => new DerivativeRequest { LaplacianColumns = all },
            "abs(grad)^2" => new DerivativeRequest { GradientColumns = all, GradientSquaredNorm = true },
            "x.grad" => new DerivativeRequest { GradientColumns = all },
            _ => new DerivativeRequest { DirectionalDerivatives = new[] { new DirectionalDerivativeRequest(all, p => p) } },
        };
        var backend = e.Create();
        var points = x.expand(copies, n).contiguous();
        var r = backend.Evaluate(f, points, request);
        var estimates = quantity switch
        {
            "Laplacian" => r.RequireLaplacian(),
            "abs(grad)^2" => r.RequireGradientSquaredNorm(),
            "x.grad" => (r.RequireGradient() * points).sum(1),
            _ => r.RequireDirectionalDerivative(0),
        };
        double mean = estimates.mean().item<double>(), sd = estimates.std().item<double>();
        if (backend is IDisposable d) d.Dispose();
        return $"{sd / Math.Abs(reference):G3} ({mean / reference:F3})";
    }

    private static IDerivativeBackend Stein(SteinEstimator estimator, double sigma, int k) =>
        new SteinBackend(new SteinOptions { Estimator = estimator, Sigma = sigma, Samples = k, NoiseMode = NoiseMode.PerPoint, Seed = 3 });

    private static IDerivativeBackend Directional(DirectionalMethod method, DirectionKind kind, double step) =>
        new DirectionalBackend(new DirectionalOptions { Method = method, Directions = kind, Samples = 1, ExactColumns = 1, Step = step, NoiseMode = NoiseMode.PerPoint, Seed = 3 });
}
