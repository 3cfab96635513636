using System;
using System.Collections.Generic;
using static TorchSharp.torch;

namespace PdeDsl.Bench;

/// <summary>Resident memory over a long Stein run: flat when every step's tensors are disposed.</summary>
internal static class MemoryCurve
{
    /// <summary>One sample of the curve: resident set, and the .NET heap (garbage not yet collected included).</summary>
    public sealed record Point(int Step, double RssMB, double ManagedHeapMB, double Seconds);

    /// <summary>The run's settings and its curve (about 50 points, plus step 1).</summary>
    public sealed record Result(int Dim, int Steps, int Samples, IReadOnlyList<Point> Curve);

    public static Result Run(BenchOptions o, IPdeProblem problem, Device device)
    {
        var variant = new SteinVariant(o.MemorySamples, o.MemorySamples);
        var training = BenchTraining.Options(o, "stein", variant, o.MemorySteps, validateEvery: o.MemorySteps + 1);
        var curve = new List<Point>();
        int every = Math.Max(1, o.MemorySteps / 50);
        Memory.ResetPeak();   // start from a trimmed heap, not from what earlier measurements left
        using (var trainer = BenchTraining.ForTiming(problem, training))
        {
            var clock = new DeviceClock(device);
            trainer.Train(progress: p =>
            {
                if (p.Step % every == 0 || p.Step == 1) curve.Add(new Point(p.Step, Memory.CurrentMB(), GC.GetTotalMemory(false) / 1048576.0, clock.Read().WallMs / 1000));
            });
        }
        return new Result(problem.InputDimension - 1, o.MemorySteps, o.MemorySamples, curve);
    }
}
