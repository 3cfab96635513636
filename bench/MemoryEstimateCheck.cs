using System;
using System.Collections.Generic;
using System.IO;
using Samples.Hjb;

namespace PdeDsl.Bench;

/// <summary>
/// <c>bench -- memory-estimate</c>: the runtime's <see cref="MemoryEstimate"/> (what a run is refused on at start)
/// against the measured peak of real training runs (3 steps plus the trainer's validations at start and end) at three
/// sizes per backend, on the HJB problem with the paper's network. Measured: the process's peak resident set (VmHWM)
/// during the run less the resident set just before the trainer was built, after the heap was trimmed.
/// </summary>
internal static class MemoryEstimateCheck
{
    public static int Run(TextWriter output)
    {
        var configurations = new List<(string Label, int Dim, TrainingOptions Options)>();
        var stein = new TrainingOptions { Steps = 3, ValidateEvery = 1000, HiddenLayers = 4, HiddenWidth = 100, ValidationPoints = 100, ValueSamples = 16, Device = DeviceOption.Cpu };
        foreach (var (n, points, k) in new[] { (100, 100, 64), (100, 100, 256), (100, 200, 512) })
            configurations.Add(($"stein n={n} N={points} K={k}", n, stein with { InteriorPoints = points, ConditionPoints = points, Samples = k }));
        var autograd = stein with { Backend = BackendKind.Autograd, InteriorPoints = 100, ConditionPoints = 100 };
        foreach (int n in new[] { 50, 100, 200 })
            configurations.Add(($"autograd n={n} N=100", n, autograd));

        // Load libtorch and warm its pools first: the first run would otherwise carry the library's own ~200 MB.
        using (var warm = new Trainer(new Hjb { N = 2 }, stein with { Steps = 1, HiddenWidth = 8, Samples = 4 })) warm.Train();

        output.WriteLine("| run | estimate MB | measured peak MB | estimate / measured |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var (label, dim, options) in configurations)
        {
            var problem = new Hjb { N = dim };
            double estimate = MemoryEstimate.Bytes(problem, options) / 1048576.0;
            Memory.ResetPeak();
            double before = Memory.CurrentMB();
            using (var trainer = new Trainer(problem, options)) trainer.Train();
            double measured = Memory.PeakMB() - before;
            output.WriteLine($"| {label} | {estimate:F0} | {measured:F0} | {estimate / measured:F2} |");
        }
        return 0;
    }
}
