using System;
using System.Diagnostics;
using System.Linq;
using Bench.TwoBody;
using PdeDsl;
using Samples.AllenCahnTwoBody;
using static TorchSharp.torch;

// The forcing term's share of a training step of the two-body Allen-Cahn problem at n (default 10,000): the residual
// with and without the forcing (lap(s) + s - s^3 of the exact solution) on STDE's 100 points, timed alone over many
// repetitions, against the whole training step (STDE's network and batch, K = 128), timed by steps after a warm-up.
// Usage: dotnet run -c Release --project bench/TwoBody/ForcingShare -- [n] [steps] [threads]
int n = args.Length > 0 ? int.Parse(args[0]) : 10_000;
int steps = args.Length > 1 ? int.Parse(args[1]) : 10;
int threads = args.Length > 2 ? int.Parse(args[2]) : 1; // 1, as the train command chooses on this 2-core machine
set_num_threads(threads);
var with = new AllenCahnTwoBody { N = n };
var without = new AllenCahnNoForcing { N = n };
using var generator = RandomSource.Create(1);
var points = with.Sample(0, 100, generator, CPU, ScalarType.Float32);
var derivatives = new DerivativeResult
{
    Value = randn(100),
    Gradient = randn(100, n),
    Laplacian = randn(100),
};
double Time(IPdeProblem problem, int repetitions)
{
    for (int k = 0; k < 3; k++) using (NewDisposeScope()) problem.Residual(0, points, derivatives);
    var clock = Stopwatch.StartNew();
    for (int k = 0; k < repetitions; k++) using (NewDisposeScope()) problem.Residual(0, points, derivatives);
    return clock.Elapsed.TotalMilliseconds / repetitions;
}
double residualWith = Time(with, 50), residualWithout = Time(without, 50);
var options = new TrainingOptions
{
    Steps = steps + 2, Samples = 128, ValueSamples = 128, InteriorPoints = 100, HiddenLayers = 4, HiddenWidth = 128,
    ValidationPoints = 10, EvaluationSamples = 8, ValidateEvery = 1_000_000, Device = DeviceOption.Cpu,
};
using var trainer = new Trainer(with, options);
var stepClock = new Stopwatch();
trainer.Train(default, p => { if (p.Step == 2) stepClock.Start(); });
double step = stepClock.Elapsed.TotalMilliseconds / steps;
Console.WriteLine($"n = {n}, {threads} thread(s): residual with the forcing {residualWith:F1} ms, without {residualWithout:F1} ms; training step {step:F0} ms (mean of {steps} after 2 warm-up steps)");
Console.WriteLine($"forcing share of the step: {(residualWith - residualWithout) / step:P1}");
