using System.Collections.Generic;
using System.Threading;
using static TorchSharp.torch;

namespace PdeDsl.Bench;

/// <summary>Per-step times of real training steps (the trainer's own loop: sampling, backend, residual, backward, Adam).</summary>
internal static class StepTiming
{
    /// <summary>What one configuration measured.</summary>
    public sealed record Result(StepTimes Wall, StepTimes Cpu, double PeakMB);

    /// <summary>
    /// Runs <paramref name="warmup"/> untimed and <paramref name="steps"/> timed steps; each step ends with a device
    /// synchronisation before the clock is read. Peak memory is the process's resident peak over the whole run.
    /// </summary>
    public static Result Run(IPdeProblem problem, TrainingOptions training, int warmup, int steps, Device device)
    {
        var wall = new List<double>();
        var cpu = new List<double>();
        Memory.ResetPeak();
        // One step more than needed keeps the trainer's end-of-run validation out of the timed steps; we stop before it.
        using (var trainer = BenchTraining.ForTiming(problem, training with { Steps = warmup + steps + 1, ValidateEvery = warmup + steps + 2 }))
        using (var cancel = new CancellationTokenSource())
        {
            var clock = new DeviceClock(device);
            var last = clock.Read();
            trainer.Train(cancel.Token, p =>
            {
                var now = clock.Read();
                if (p.Step > warmup)
                {
                    wall.Add(now.WallMs - last.WallMs);
                    cpu.Add(now.CpuMs - last.CpuMs);
                }
                last = now;
                if (p.Step >= warmup + steps) cancel.Cancel();
            });
        }
        return new Result(StepTimes.Of(wall), StepTimes.Of(cpu), Memory.PeakMB());
    }
}
