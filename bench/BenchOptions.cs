using System;
using System.Globalization;
using System.Linq;

namespace PdeDsl.Bench;

/// <summary>The benchmark's command line, with the paper's settings as defaults.</summary>
internal sealed record BenchOptions
{
    public int[] Dims { get; init; } = { 100, 1000, 5000 };
    public string[] Backends { get; init; } = { "stein", "autograd" };
    public int Steps { get; init; } = 5;
    public int Warmup { get; init; } = 1;

    /// <summary>Stein settings to time; the first is the main one (ratios, floor, time to target).</summary>
    public SteinVariant[] Variants { get; init; } = { new(1024, DefaultValueSamples) };
    public int AutogradMaxSteps { get; init; } = 3;
    public int AutogradMaxStepsLarge { get; init; } = 1;
    public int AutogradFullMaxDim { get; init; } = 1000;
    public int AutogradColumns { get; init; } = 500;
    public bool CheckExtrapolation { get; init; }
    public int InteriorPoints { get; init; } = 100;
    public int ConditionPoints { get; init; } = 100;
    public string? Json { get; init; }
    public double Target { get; init; } = 1e-3;
    public int[] TargetDims { get; init; } = { 100, 1000 };
    public double TargetCapSeconds { get; init; } = 120;
    public int TargetValidateEvery { get; init; } = 10;
    public SteinVariant? TargetVariant { get; init; }
    public int TargetEvaluationSamples { get; init; } = 1024;

    /// <summary>Stein's noise in the time-to-target runs: shared by the batch (as in the step rows) or per point (samples/Hjb's default).</summary>
    public NoiseMode TargetNoise { get; init; } = NoiseMode.Shared;

    /// <summary>The network's radial feature in the time-to-target runs (samples/Hjb reads |x|² instead of x: only).</summary>
    public RadialFeatureMode TargetRadial { get; init; } = RadialFeatureMode.Off;

    /// <summary>Adam's initial rate in the time-to-target runs (the paper's 1e-3 unless told; samples/Hjb uses 3e-3).</summary>
    public double TargetLearningRate { get; init; } = 1e-3;
    public int MemorySteps { get; init; }
    public int MemorySamples { get; init; } = 32;
    public bool ValueError { get; init; } = true;
    public bool Floor { get; init; } = true;
    public string Device { get; init; } = "cpu";
    public int Threads { get; init; }

    /// <summary>K_v of the terminal (value-only) term unless told otherwise: chosen by the measured error (results.md).</summary>
    public const int DefaultValueSamples = 16;

    /// <summary>The Stein setting of the time-to-target runs.</summary>
    public SteinVariant EffectiveTargetVariant => TargetVariant ?? Variants[0];

    public const string Help = """
        PdeDsl benchmark: Stein training against stacked back-propagation on the HJB problem (4 hidden layers of
        100 tanh units plus a linear output, 100 interior + 100 terminal points per step), all in one process.

        Usage: dotnet run -c Release --project bench -- [options]
               dotnet run -c Release --project bench -- memory-estimate   (the runtime's memory estimate against measured peaks)
               dotnet run -c Release --project bench -- variance [--dims 10,100,1000,10000] [--copies R] [--sigma S]
                 (relative sd per sample of every Laplacian and |grad|^2 estimator on closed forms)
          --dims 100,1000,5000        spatial dimensions n (input width n + 1)
          --backends stein,autograd   backends to time (stein, autograd, jet)
          --steps S                   timed steps per configuration (default 5)
          --warmup W                  untimed steps first (default 1)
          --samples 1024:16,512       Stein settings K[:Kv] to time: K noise vectors for the pde term (2K+1
                                      evaluations per point), Kv for the value-only terminal term (Kv = K when
                                      not given). The first is the main one (default 1024:16).
          --autograd-max-steps S      cap on timed autograd steps up to n = 1000 (default 3)
          --autograd-max-steps-large S  the cap above n = 1000 (default 1; no warm-up there)
          --autograd-full-max-dim n   largest n at which autograd runs the whole Laplacian (default 1000); above it
                                      the step is timed over M/2 and M Laplacian columns and extended linearly to n
                                      (its memory, about n * N * (n+1) * 18 bytes, does not fit: 45 GB at n = 5000)
          --autograd-columns M        that M (default 500)
          --check-extrapolation       also extrapolate at the fully timed dims above M, to check the line
          --interior-points N1        pde points per step (default 100)
          --condition-points N2       terminal points per step (default 100)
          --target L                  validation loss for time-to-target (default 1e-3)
          --target-dims 100,1000      dims for time-to-target (empty: skip)
          --target-cap-seconds T      training-time cap per time-to-target run (default 120)
          --target-validate-every S   steps between validations there (default 10; not counted as training time)
          --target-samples K[:Kv]     Stein setting there (default: the first of --samples)
          --target-eval-samples K     K of the smoothed model in those validations (default 1024: Monte Carlo noise
                                      raises a Stein validation loss by its variance, about 4e-4 at K = 256)
          --target-noise shared|per-point  Stein's noise there (default shared, as in the step rows; samples/Hjb
                                      trains with per-point noise)
          --target-radial false|true|only  the network's |x|^2 feature there (default false; samples/Hjb: only)
          --target-lr R               Adam's initial rate there (default 1e-3; samples/Hjb: 3e-3)
          --memory-steps S            also run S Stein steps at the first dim and record resident memory (0: skip)
          --memory-samples K          K (and Kv) for that run (default 32)
          --no-value-error            skip the error of value-only estimates against K
          --no-floor                  skip the bare forward/backward floor and the matrix-product rates
          --device cpu|cuda|auto      (default cpu)
          --threads T                 torch intra-op threads (default: torch's choice, one per core)
          --json out.json             write the results as JSON
        """;

    public static BenchOptions Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var o = new BenchOptions();
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"Option {a} needs a value.");
            o = a switch
            {
                "--dims" => o with { Dims = Ints(Next(), a) },
                "--backends" => o with { Backends = Names(Next(), a, "stein", "autograd", "jet") },
                "--steps" => o with { Steps = Int(Next(), a, 1) },
                "--warmup" => o with { Warmup = Int(Next(), a, 0) },
                "--samples" => o with { Variants = ParseVariants(Next(), a) },
                "--autograd-max-steps" => o with { AutogradMaxSteps = Int(Next(), a, 1) },
                "--autograd-max-steps-large" => o with { AutogradMaxStepsLarge = Int(Next(), a, 1) },
                "--autograd-full-max-dim" => o with { AutogradFullMaxDim = Int(Next(), a, 1) },
                "--autograd-columns" => o with { AutogradColumns = Int(Next(), a, 2) },
                "--check-extrapolation" => o with { CheckExtrapolation = true },
                "--interior-points" => o with { InteriorPoints = Int(Next(), a, 1) },
                "--condition-points" => o with { ConditionPoints = Int(Next(), a, 1) },
                "--target" => o with { Target = Double(Next(), a) },
                "--target-dims" => o with { TargetDims = Ints(Next(), a, allowEmpty: true) },
                "--target-cap-seconds" => o with { TargetCapSeconds = Double(Next(), a) },
                "--target-validate-every" => o with { TargetValidateEvery = Int(Next(), a, 1) },
                "--target-samples" => o with { TargetVariant = ParseVariants(Next(), a)[0] },
                "--target-eval-samples" => o with { TargetEvaluationSamples = Int(Next(), a, 1) },
                "--target-noise" => o with { TargetNoise = Names(Next(), a, "shared", "per-point")[0] == "shared" ? NoiseMode.Shared : NoiseMode.PerPoint },
                "--target-radial" => o with { TargetRadial = Names(Next(), a, "false", "true", "only")[0] switch { "true" => RadialFeatureMode.Beside, "only" => RadialFeatureMode.Only, _ => RadialFeatureMode.Off } },
                "--target-lr" => o with { TargetLearningRate = Double(Next(), a) },
                "--memory-steps" => o with { MemorySteps = Int(Next(), a, 0) },
                "--memory-samples" => o with { MemorySamples = Int(Next(), a, 4) },
                "--no-value-error" => o with { ValueError = false },
                "--no-floor" => o with { Floor = false },
                "--device" => o with { Device = Names(Next(), a, "cpu", "cuda", "auto")[0] },
                "--json" => o with { Json = Next() },
                "--threads" => o with { Threads = Int(Next(), a, 1) },
                _ => throw new ArgumentException($"Unknown option '{a}'. Run with --help for the list."),
            };
        }
        return o;
    }

    private static SteinVariant[] ParseVariants(string text, string option)
    {
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0) throw new ArgumentException($"{option} expects a comma-separated list of K or K:Kv.");
        var variants = parts.Select(p => SteinVariant.Parse(p, option)).ToArray();
        // The trainer's unbiased loss splits K in two evaluations and the unbiased |grad u|^2 splits each again.
        var small = variants.FirstOrDefault(v => v.Samples < 4);
        if (small is not null)
            throw new ArgumentException($"{option}: K = {small.Samples} is too small for the HJB term: the trainer splits K in two residuals and each splits its half again for |grad u|^2, so K >= 4.");
        return variants;
    }

    private static int Int(string text, string option, int min) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) && v >= min
            ? v : throw new ArgumentException($"{option} expects an integer of at least {min}, not '{text}'.");

    private static double Double(string text, string option) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v > 0 && double.IsFinite(v)
            ? v : throw new ArgumentException($"{option} expects a positive number, not '{text}'.");

    private static int[] Ints(string text, string option, bool allowEmpty = false)
    {
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0 && !allowEmpty) throw new ArgumentException($"{option} expects a comma-separated list of integers.");
        return parts.Select(p => Int(p, option, 1)).ToArray();
    }

    private static string[] Names(string text, string option, params string[] allowed)
    {
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => p.ToLowerInvariant()).ToArray();
        var bad = parts.Where(p => !allowed.Contains(p)).ToList();
        if (parts.Length == 0 || bad.Count > 0)
            throw new ArgumentException($"{option} expects {string.Join(" or ", allowed)}, not '{text}'.");
        return parts.Distinct().ToArray();
    }
}
