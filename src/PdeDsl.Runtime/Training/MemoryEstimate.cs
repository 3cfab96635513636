using System;
using System.Linq;

namespace PdeDsl;

/// <summary>
/// A simple estimate of the memory a training run needs beyond what the process already holds: the larger of one
/// step's graph and one validation chunk's, plus the network with Adam's state. Used to refuse, at start, a run the
/// operating system would kill mid-way. The constants were fitted to measured peaks (bench: <c>--memory-estimate</c>,
/// table in docs/training.md), rounded up.
/// <list type="bullet">
/// <item>Stein: every evaluation of the base network over [N, M, h] (N points, M = K, K + 1 or 2K + 1 evaluations
/// per point, h the width) keeps about <see cref="SteinBlocksPerLayer"/> blocks of N·M·h numbers per hidden layer for
/// the backward pass; all terms' graphs live until the loss's backward; per-point noise adds [N, K, D].</item>
/// <item>Autograd: the stacked graph keeps, per second-derivative row, about <see cref="AutogradInputBlocks"/> [N, D]
/// blocks and <see cref="AutogradHiddenBlocks"/> [N, h] blocks per hidden layer.</item>
/// </list>
/// </summary>
public static class MemoryEstimate
{
    /// <summary>[N, M, h] blocks kept per hidden layer by a Stein evaluation with a graph (fitted, rounded up).</summary>
    public const double SteinBlocksPerLayer = 3.0;

    /// <summary>[N, D] blocks per second-derivative row of the autograd graph (fitted, rounded up).</summary>
    public const double AutogradInputBlocks = 2.5;

    /// <summary>[N, h] blocks per hidden layer per second-derivative row of the autograd graph (fitted, rounded up).</summary>
    public const double AutogradHiddenBlocks = 8.0;

    /// <summary>
    /// Bytes every run needs on top of its tensors: libtorch's per-operation workspaces and the heap's free blocks kept for
    /// reuse (measured: about 90 MB beyond the tensors at the smallest size of the bench's check).
    /// </summary>
    public const double FixedBytes = 128.0 * 1024 * 1024;

    // The trainer's validation chunk (Trainer.Evaluation.cs): network evaluations per chunk.
    private const long EvaluationsPerChunk = 1L << 16;

    /// <summary>Bytes the run needs beyond the memory the process already holds.</summary>
    public static double Bytes(IPdeProblem problem, TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        double b = options.Precision == Precision.Float64 ? 8 : 4;
        double d = problem.InputDimension, h = options.HiddenWidth, layers = options.HiddenLayers;
        double parameters = d * h + (layers - 1) * (h * h + h) + 2 * h + 1;
        double network = 4 * parameters * b;       // weights, gradients and Adam's two moments
        double step = 0, validation = 0;
        foreach (var term in problem.Terms)
        {
            double n = term.Kind == TermKind.Pde ? options.InteriorPoints : options.ConditionPoints;
            step += TermBytes(term.Request, n, options, training: true, d, h, layers, b);
            double chunk = Math.Min(options.ValidationPoints, Math.Max(1, EvaluationsPerChunk / EvaluationsPerPoint(options)));
            validation = Math.Max(validation, TermBytes(term.Request, chunk, options, training: false, d, h, layers, b));
        }
        return FixedBytes + network + Math.Max(step, validation);
    }

    private static double TermBytes(DerivativeRequest r, double n, TrainingOptions o, bool training, double d, double h, double layers, double b)
    {
        bool valueOnly = r.IsValueOnly;
        if (o.Backend == BackendKind.Autograd)
        {
            if (valueOnly) return SteinBlocksPerLayer * layers * n * h * b;
            // Hessian rows: one backward pass per distinct column of a Laplacian, second partial or diagonal, one per quadratic form.
            double rows = r.LaplacianColumns.Concat(r.SecondPartials.Select(p => p.A)).Concat(r.HessianDiagonals.SelectMany(h => h.Columns)).Distinct().Count()
                + r.QuadraticForms.Count;
            double perRow = AutogradInputBlocks * n * d + AutogradHiddenBlocks * layers * n * h;
            return (Math.Max(rows, 1) * perRow + 2 * n * d) * b;
        }
        if (!training)
        {
            // Validation runs without a graph (no_grad): only about two blocks of the chunk are alive at once.
            return 2 * n * EvaluationsPerPoint(o) * h * b;
        }
        int k = valueOnly ? o.EffectiveValueSamples : o.Samples;
        bool split = o.UnbiasedResidualSquare && !valueOnly;
        // Jets carry a first- and a second-order row per direction (and the activations' derivatives, a third).
        double evaluations = o.Backend.IsDirectional() ? ProblemDefaults.DirectionalRows(r, o, o.Backend == BackendKind.Jet ? 3 : 2)
            : split ? 2.0 * Evaluations(o, Math.Max(1, k / 2)) : Evaluations(o, k);
        double noise = o.NoiseMode == NoiseMode.PerPoint ? n * k * (d + h) : k * (d + h);
        return (SteinBlocksPerLayer * layers * n * evaluations * h + noise) * b;
    }

    private static long EvaluationsPerPoint(TrainingOptions o) =>
        o.Backend == BackendKind.Autograd ? 1 : (long)Evaluations(o, o.EvaluationSamples);

    // Rows through the network per point: Stein's by estimator; a jet carries a first- and a second-order row per direction
    // (and its activations' derivatives, counted as a third), a difference f(x ± hv).
    private static double Evaluations(TrainingOptions o, int k) => o.Backend switch
    {
        BackendKind.Jet => 3.0 * k + 1,
        BackendKind.Difference => 2.0 * k + 1,
        _ => o.Estimator.EvaluationsPerPoint(k),
    };

    /// <summary>
    /// Memory the system can still give this process, in bytes: /proc/meminfo's MemAvailable, capped by the cgroup's
    /// limit (what a scheduler such as Slurm enforces) where there is one; elsewhere the GC's view of the machine.
    /// </summary>
    public static double AvailableBytes()
    {
        double available = MemInfo("MemAvailable:") is double kb ? kb * 1024 : GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        if (CgroupRoom() is double room) available = Math.Min(available, room);
        return available;
    }

    private static double? MemInfo(string key)
    {
        try
        {
            if (!System.IO.File.Exists("/proc/meminfo")) return null;
            foreach (var line in System.IO.File.ReadLines("/proc/meminfo"))
                if (line.StartsWith(key, StringComparison.Ordinal))
                    return double.Parse(line[key.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException or FormatException) { }
        return null;
    }

    // The memory limit of this process's control group, less what the group uses: cgroup v2 ("0::/path": memory.max,
    // "max" when unlimited, and memory.current) or v1 ("N:memory:/path": memory.limit_in_bytes and memory.usage_in_bytes,
    // where the container's own view may be at the root). A limit past the machine's memory means none.
    private static double? CgroupRoom()
    {
        try
        {
            if (!System.IO.File.Exists("/proc/self/cgroup")) return null;
            foreach (var line in System.IO.File.ReadLines("/proc/self/cgroup"))
            {
                var parts = line.Split(':', 3);
                if (parts.Length != 3) continue;
                string group = parts[2].TrimEnd('/');
                if (parts[1].Length == 0 && Room("/sys/fs/cgroup" + group + "/memory.max", "/sys/fs/cgroup" + group + "/memory.current") is double v2) return v2;
                if (parts[1].Split(',').Contains("memory"))
                    foreach (var folder in new[] { "/sys/fs/cgroup/memory" + group, "/sys/fs/cgroup/memory" })
                        if (Room(folder + "/memory.limit_in_bytes", folder + "/memory.usage_in_bytes") is double v1) return v1;
            }
        }
        catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException or FormatException or OverflowException) { }
        return null;
    }

    private static double? Room(string limitFile, string usageFile)
    {
        if (!System.IO.File.Exists(limitFile) || !System.IO.File.Exists(usageFile)) return null;
        string limitText = System.IO.File.ReadAllText(limitFile).Trim();
        if (limitText == "max") return null;
        double limit = double.Parse(limitText, System.Globalization.CultureInfo.InvariantCulture);
        if (limit >= GC.GetGCMemoryInfo().TotalAvailableMemoryBytes * 4.0) return null;
        double usage = double.Parse(System.IO.File.ReadAllText(usageFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        return Math.Max(0, limit - usage);
    }
}
