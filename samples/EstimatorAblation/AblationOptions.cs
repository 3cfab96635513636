using System;
using System.Collections.Generic;
using System.Globalization;

namespace PdeDsl.Samples.EstimatorAblation;

/// <summary>The ablation's command line.</summary>
public sealed record AblationOptions
{
    /// <summary>The usage text printed by --help.</summary>
    public const string Usage = """
        EstimatorAblation: the paper's Figure 4 (left panels). L1 error of Stein gradient and Laplacian
        estimators against the number of noise vectors K, for vanilla (eq. 7), control variate (eqs. 8, 9)
        and antithetic (eqs. 10, 11), on a fixed random 5x100 tanh MLP.

        Usage: dotnet run -c Release --project samples/EstimatorAblation -- [options]
          --report FILE        write the rows as JSON to FILE
          --plot FILE          write the log-log PNG to FILE (default: the report's name with .png, else ablation.png)
          --dim D              input dimension (default 1000)
          --sigma S            noise level (default 0.1)
          --points P           evaluation points in [0,1]^D (default 8)
          --min-samples K      smallest K, a power of two (default 8)
          --max-samples K      largest K (default 32768)
          --repeats R          independent estimates averaged per K (default 3)
          --oracle-pairs M     antithetic noise pairs of the oracle (default 512)
          --seed N             seed of the network, points and noise (default 0)
          --device D           auto, cpu or cuda (default auto: CUDA when available)
          --compare-noise      also compare shared and per-point noise (accuracy and time per step)
          --help               this text
        """;

    /// <summary>JSON output, or null.</summary>
    public string? Report { get; init; }
    /// <summary>PNG output.</summary>
    public string Plot { get; init; } = "ablation.png";
    /// <summary>Input dimension D.</summary>
    public int Dim { get; init; } = 1000;
    /// <summary>Noise level σ.</summary>
    public double Sigma { get; init; } = 0.1;
    /// <summary>Number of evaluation points.</summary>
    public int Points { get; init; } = 8;
    /// <summary>Smallest K.</summary>
    public int MinSamples { get; init; } = 8;
    /// <summary>Largest K.</summary>
    public int MaxSamples { get; init; } = 32768;
    /// <summary>Estimates per K.</summary>
    public int Repeats { get; init; } = 3;
    /// <summary>Antithetic pairs of the oracle.</summary>
    public int OraclePairs { get; init; } = 512;
    /// <summary>Seed.</summary>
    public long Seed { get; init; }
    /// <summary>Where the estimators and the oracle run.</summary>
    public DeviceOption Device { get; init; } = DeviceOption.Auto;
    /// <summary>Whether to compare shared and per-point noise as well.</summary>
    public bool CompareNoise { get; init; }
    /// <summary>Whether --help was given.</summary>
    public bool Help { get; init; }

    /// <summary>Parses <paramref name="args"/>; an ArgumentException names the bad option.</summary>
    public static AblationOptions Parse(string[] args)
    {
        var o = new AblationOptions();
        string? plot = null;
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            switch (name)
            {
                case "--help" or "-h": o = o with { Help = true }; break;
                case "--device": o = o with { Device = DeviceSelection.Parse(Next()) }; break;
                case "--compare-noise": o = o with { CompareNoise = true }; break;
                case "--report": o = o with { Report = Next() }; break;
                case "--plot": plot = Next(); break;
                case "--dim": o = o with { Dim = Int(name, Next(), 1) }; break;
                case "--sigma":
                    double s = double.TryParse(Next(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN;
                    o = o with { Sigma = s > 0 && !double.IsInfinity(s) ? s : throw new ArgumentException($"--sigma must be a positive number, not '{args[i]}'.") };
                    break;
                case "--points": o = o with { Points = Int(name, Next(), 1) }; break;
                case "--min-samples": o = o with { MinSamples = Int(name, Next(), 1) }; break;
                case "--max-samples": o = o with { MaxSamples = Int(name, Next(), 1) }; break;
                case "--repeats": o = o with { Repeats = Int(name, Next(), 1) }; break;
                case "--oracle-pairs": o = o with { OraclePairs = Int(name, Next(), 1) }; break;
                case "--seed": o = o with { Seed = long.TryParse(Next(), out var seed) ? seed : throw new ArgumentException($"--seed must be an integer, not '{args[i]}'.") }; break;
                default: throw new ArgumentException($"Unknown option '{name}'. Try --help.");
            }
        }
        if (o.MaxSamples < o.MinSamples)
            throw new ArgumentException($"--max-samples ({o.MaxSamples}) is below --min-samples ({o.MinSamples}).");
        o = o with { Plot = plot ?? (o.Report is null ? "ablation.png" : System.IO.Path.ChangeExtension(o.Report, ".png")) };
        // Fail before minutes of work, not after: the output folders must exist.
        foreach (var (option, path) in new[] { ("--report", o.Report), ("--plot", o.Plot) })
        {
            var folder = path is null ? null : System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (folder is not null && !System.IO.Directory.Exists(folder))
                throw new ArgumentException($"{option} {path}: the folder {folder} does not exist.");
        }
        return o;
    }

    /// <summary>K = MinSamples, 2·MinSamples, … up to MaxSamples.</summary>
    public IReadOnlyList<int> SampleSizes()
    {
        var list = new List<int>();
        for (long k = MinSamples; k <= MaxSamples; k *= 2) list.Add((int)k);
        return list;
    }

    private static int Int(string name, string text, int min) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= min
            ? v
            : throw new ArgumentException($"{name} must be an integer of at least {min}, not '{text}'.");
}
