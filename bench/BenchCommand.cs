using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using Samples.Hjb;
using TorchSharp;
using static TorchSharp.torch;

namespace PdeDsl.Bench;

/// <summary>
/// The whole benchmark in one process: per-step times of both backends at each dim, the floor and FLOP rates, the
/// noise each term's estimator adds, time to a target validation loss, and memory over a long run; printed and
/// written as JSON.
/// </summary>
internal static class BenchCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Runs the benchmark; returns 0, or 2 for a bad command line (message on <paramref name="error"/>).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        if (args.Contains("--help") || args.Contains("-h")) { output.WriteLine(BenchOptions.Help); return 0; }
        if (args is ["memory-estimate"]) return MemoryEstimateCheck.Run(output);
        if (args is ["variance", ..]) return EstimatorVariance.Run(args, output, error);
        BenchOptions o;
        Device device;
        try
        {
            o = BenchOptions.Parse(args);
            // First torch call: it decides which native backend (CPU or CUDA) loads.
            device = DeviceSelection.Resolve(DeviceSelection.Parse(o.Device));
        }
        catch (ArgumentException e) { error.WriteLine($"bench: {e.Message}"); return 2; }
        catch (Exception e) when (e is NotSupportedException or DllNotFoundException or TypeInitializationException)
        {
            // No usable libtorch: on the GPU machine, the folder on LD_LIBRARY_PATH (bench/gpu/run-on-device.sh) is wrong.
            error.WriteLine($"bench: libtorch did not load ({e.GetType().Name}: {e.Message})");
            return 3;
        }
        if (o.Threads > 0) set_num_threads(o.Threads);

        string machine = MachineInfo.Describe(device);
        output.WriteLine($"machine: {machine}");
        output.WriteLine($"libtorch: {MachineInfo.LoadedLibtorch()}");
        output.WriteLine($"network: 4 hidden layers x 100 tanh + linear output (5 affine layers); {o.InteriorPoints} interior + {o.ConditionPoints} terminal points; antithetic Stein, sigma 0.1, shared noise");

        var rows = new List<StepRow>();
        var extrapolations = new List<AutogradExtrapolation.Result>();
        foreach (int dim in o.Dims)
        {
            var problem = new HjbOnRn { N = dim };
            foreach (string backend in o.Backends)
            {
                if (backend is "stein" or "jet")
                    foreach (var v in o.Variants) rows.Add(TimeRow(o, problem, backend, v, o.Steps, o.Warmup, device, output));
                else
                {
                    bool large = dim > 1000;
                    int steps = Math.Min(o.Steps, large ? o.AutogradMaxStepsLarge : o.AutogradMaxSteps);
                    int warmup = large ? 0 : Math.Min(o.Warmup, 1);
                    bool whole = dim <= o.AutogradFullMaxDim;
                    if (whole) rows.Add(TimeRow(o, problem, backend, o.Variants[0], steps, warmup, device, output));
                    if (dim > o.AutogradColumns && (!whole || o.CheckExtrapolation))
                    {
                        var e = AutogradExtrapolation.Run(o, problem, o.AutogradColumns, steps, warmup, device);
                        extrapolations.Add(e);
                        output.WriteLine($"n = {dim,5}  autograd over {e.HalfColumns} / {e.Columns} Laplacian columns: {e.HalfMs:F0} / {e.Ms:F0} ms (CPU {e.HalfCpuMs:F0} / {e.CpuMs:F0} ms; peak RSS {e.HalfPeakMB:F0} / {e.PeakMB:F0} MB) "
                            + $"-> {dim} columns: {e.ExtrapolatedMs:F0} ms/step (CPU {e.ExtrapolatedCpuMs:F0} ms), about {e.ExtrapolatedPeakMB:F0} MB (extrapolated)");
                        if (!whole)
                            rows.Add(new StepRow(dim, backend, null, null, e.ExtrapolatedMs, null, null, e.ExtrapolatedCpuMs, steps, warmup, e.ExtrapolatedPeakMB,
                                Extrapolated: true, LaplacianColumnsTimed: e.Columns));
                    }
                }
            }
        }

        var main = o.Variants[0];
        var ratios = o.Dims.Select(d => Ratio(rows, d, main)).Where(r => r is not null).ToList();
        foreach (var r in ratios) output.WriteLine($"n = {r!.Dim,5}: autograd / Stein ({main}) step time = {r.AutogradOverStein:F2}x (CPU time {r.AutogradOverSteinCpu:F2}x){(r.Extrapolated ? ", autograd extrapolated" : "")}");
        var steinMain = rows.Where(r => r.Backend == "stein" && r.Samples == main.Samples && r.ValueSamples == main.ValueSamples).OrderBy(r => r.Dim).ToList();
        if (steinMain.Count >= 2)
            output.WriteLine($"Stein step at n = {steinMain[^1].Dim} over n = {steinMain[0].Dim}: {steinMain[^1].MsPerStep / steinMain[0].MsPerStep:F2}x");

        FloorReport? floor = o.Floor && o.Backends.Contains("stein") ? Floor(o, rows, device, output) : null;

        var noise = new List<EstimatorNoise.Result>();
        int[] valueSamples = { 1, 2, 4, 8, 16, 32, 64, 256 };
        if (o.ValueError && o.Backends.Contains("stein"))
        {
            var problem = new HjbOnRn { N = o.Dims[0] };
            using var trainer = BenchTraining.ForTiming(problem, BenchTraining.Options(o, "stein", main, 1, 1));
            noise.Add(Noise(problem, trainer.Network, "initial", main.Samples, valueSamples, device, output));
        }

        var targets = new List<TimeToTarget.Result>();
        foreach (int dim in o.TargetDims)
            foreach (string backend in o.Backends)
            {
                var problem = new HjbOnRn { N = dim };
                var result = TimeToTarget.Run(o, problem, backend, device, trained =>
                {
                    if (o.ValueError && backend == "stein" && dim == o.TargetDims[0])
                        noise.Add(Noise(problem, trained.Network, $"after {trained.CompletedSteps} steps", main.Samples, valueSamples, device, output));
                });
                string text = result.Seconds is double s
                    ? $"{s:F1} s (step {result.Step})"
                    : $"not reached within the {result.CapSeconds:F0} s cap ({result.StepsRun} steps; best validation loss {result.BestValidationLoss:G3}, last {result.LastValidationLoss:G3} ± {result.LastValidationStandardError:G2})";
                output.WriteLine($"time to validation loss {o.Target:G3}, n = {dim}, {backend}{(backend is "stein" or "jet" ? $" ({o.EffectiveTargetVariant}, {result.Noise} noise)" : "")}: {text}; "
                    + $"relative L2 error vs Cole-Hopf at the end {result.RelativeL2Error:G3}; "
                    + string.Join(", ", result.Levels.Select(l => $"{l.Level:G2}: " + (l.Seconds is double ls ? $"{ls:F1} s, CPU {l.CpuSeconds:F1} s (step {l.Step})" : "-"))));
                targets.Add(result);
            }
        foreach (int dim in o.TargetDims)
        {
            // Time to the target against autograd's, where both reached it (the issue's ratio).
            var exact = targets.FirstOrDefault(t => t.Dim == dim && t.Backend == "autograd");
            foreach (var t in targets.Where(t => t.Dim == dim && t.Backend != "autograd"))
                if (exact?.Seconds is double a && t.Seconds is double s)
                    output.WriteLine($"n = {dim}: time to validation loss {o.Target:G3}, autograd / {t.Backend} = {a / s:F2}x ({a:F1} s / {s:F1} s)");
        }

        MemoryCurve.Result? memory = null;
        if (o.MemorySteps > 0)
        {
            memory = MemoryCurve.Run(o, new HjbOnRn { N = o.Dims[0] }, device);
            output.WriteLine($"memory over {memory.Steps} Stein steps (n = {memory.Dim}, K = {memory.Samples}): "
                + string.Join(", ", memory.Curve.Select(p => $"{p.Step}:{p.RssMB:F0}MB (.NET {p.ManagedHeapMB:F0})")));
        }

        if (o.Json is not null)
        {
            var report = new
            {
                machine,
                libtorch = MachineInfo.LoadedLibtorch(),
                command = "bench " + string.Join(' ', args),
                network = "4 hidden layers x 100 tanh + linear output (5 affine layers)",
                interiorPoints = o.InteriorPoints,
                conditionPoints = o.ConditionPoints,
                rows,
                autogradExtrapolations = extrapolations,
                ratios,
                floor,
                estimatorNoise = noise,
                timeToTarget = targets,
                memory,
            };
            File.WriteAllText(o.Json, JsonSerializer.Serialize(report, Json));
            output.WriteLine($"wrote {o.Json}");
        }
        return 0;
    }

    private static StepRow TimeRow(BenchOptions o, IPdeProblem problem, string backend, SteinVariant v, int steps, int warmup, Device device, TextWriter output)
    {
        var training = BenchTraining.Options(o, backend, v, steps, steps);
        var r = StepTiming.Run(problem, training, warmup, steps, device);
        bool stein = backend == "stein";
        var row = new StepRow(problem.InputDimension - 1, backend, stein ? v.Samples : null, stein ? v.ValueSamples : null,
            r.Wall.Median, r.Wall.Min, r.Wall.Max, r.Cpu.Median, r.Wall.Count, warmup, r.PeakMB);
        output.WriteLine($"n = {row.Dim,5}  {backend,-8} {(stein ? v.ToString() : ""),-22} median {row.MsPerStep,9:F1} ms/step (min {row.MsMin:F1}, max {row.MsMax:F1}, "
            + $"{row.TimedSteps} timed after {warmup} warm-up; CPU {row.CpuMsPerStep:F0} ms)  peak RSS {row.PeakMemoryMB:F0} MB");
        return row;
    }

    private static RatioRow? Ratio(List<StepRow> rows, int dim, SteinVariant main)
    {
        var a = rows.FirstOrDefault(r => r.Dim == dim && r.Backend == "autograd");
        var s = rows.FirstOrDefault(r => r.Dim == dim && r.Backend == "stein" && r.Samples == main.Samples && r.ValueSamples == main.ValueSamples);
        return a is null || s is null ? null : new RatioRow(dim, main.Samples, main.ValueSamples, a.MsPerStep / s.MsPerStep, a.CpuMsPerStep / s.CpuMsPerStep, a.Extrapolated);
    }

    private static FloorReport Floor(BenchOptions o, List<StepRow> rows, Device device, TextWriter output)
    {
        double square = FloorMeasurement.SquareMatmulGflops(device);
        output.WriteLine($"matrix products: 2048^3 float32 {square:F1} GFLOP/s");
        var floors = new Dictionary<long, FloorMeasurement.Result>();
        var perRow = new List<FloorReport.SteinOverFloor>();
        foreach (var s in rows.Where(r => r.Backend == "stein"))
        {
            var v = new SteinVariant(s.Samples!.Value, s.ValueSamples!.Value);
            bool split = new TrainingOptions().UnbiasedResidualSquare;
            long count = v.Rows(o.InteriorPoints, o.ConditionPoints, split);
            if (!floors.TryGetValue(count, out var f))
            {
                floors[count] = f = FloorMeasurement.Measure(v.Evaluations(o.InteriorPoints, o.ConditionPoints, split), 100, 4, device);
                output.WriteLine($"floor over {count} rows ({v}; chunks {f.Chunks}): bare forward+backward median {f.Wall.Median:F1} ms (min {f.Wall.Min:F1}; CPU {f.Cpu.Median:F0} ms); "
                    + $"as one chunk {f.OnePassWall.Median:F1} ms; [{count} x 100] x [100 x 100] {f.RowsMatmulGflops:F1} GFLOP/s; tanh over [{count} x 100] {f.TanhMs:F1} ms");
            }
            double flops = FloorMeasurement.SteinStepFlops(v, o.InteriorPoints, o.ConditionPoints, s.Dim, 100, 4);
            var item = new FloorReport.SteinOverFloor(s.Dim, v.Samples, v.ValueSamples, count, s.MsPerStep, f.Wall.Median, s.MsPerStep / f.Wall.Median,
                s.CpuMsPerStep / f.Cpu.Median, flops / 1e9, flops / 1e6 / s.MsPerStep);
            output.WriteLine($"n = {s.Dim,5} ({v}): Stein step / floor = {item.OverFloor:F2}x (CPU time {item.CpuOverFloor:F2}x); "
                + $"{item.GflopPerStep:F1} GFLOP per step -> {item.GflopPerSecond:F1} GFLOP/s");
            perRow.Add(item);
        }
        return new FloorReport(square, floors.Values.Select(f => new FloorReport.Floor(f.Rows, f.Chunks, f.Wall.Median, f.Wall.Min, f.Cpu.Median, f.OnePassWall.Median, f.RowsMatmulGflops, f.TanhMs)).ToList(), perRow);
    }

    private static EstimatorNoise.Result Noise(IPdeProblem problem, BaseNetwork network, string label, int pdeSamples, int[] valueSamples, Device device, TextWriter output)
    {
        var r = EstimatorNoise.Measure(problem, network, label, pdeSamples, valueSamples, device);
        output.WriteLine($"estimator noise, n = {r.Dim}, {label} network: pde residual variance at K = {r.PdeSamples}: {r.PdeResidualVariance:G3}; "
            + "value-only term, mean squared error by Kv: " + string.Join(", ", r.Value.Select(v => $"{v.ValueSamples}: {v.MeanSquaredError:G3}")));
        return r;
    }
}
