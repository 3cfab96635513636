using System;
using System.Collections.Generic;
using static TorchSharp.torch;

namespace PdeDsl.Bench;

/// <summary>
/// The floor of a Stein step: the base network's forward and backward pass over the same number of rows
/// (network evaluations) as the step, from first-layer outputs that need a gradient (the step back-propagates
/// to the first layer too). Shared noise makes the first layer cost N·D·h + K·D·h instead of rows·D·h, so the
/// first layer's product is not part of the floor; everything after it is work that any estimator using that
/// many evaluations must do. Also the matrix-product rates the FLOP rate is compared with.
/// </summary>
internal static class FloorMeasurement
{
    /// <summary>Floor times and rates for one set of evaluation chunks (Rows in all); OnePass: the same rows as one chunk.</summary>
    public sealed record Result(long Rows, string Chunks, StepTimes Wall, StepTimes Cpu, StepTimes OnePassWall, double RowsMatmulGflops, double TanhMs);

    /// <summary>
    /// Times <paramref name="repeats"/> bare passes of the trainer's network shape: a forward over each chunk of rows (the
    /// step's own evaluations, so the same tensor sizes and cache behaviour) and one backward of their sum. Also the
    /// same rows as one big chunk, for comparison.
    /// </summary>
    public static Result Measure((long Points, long PerPoint)[] chunks, int width, int hiddenLayers, Device device, int repeats = 3)
    {
        using var net = new Mlp(width + 1, width, hiddenLayers, Activation.Tanh, seed: 3, device: device);
        using var scope = NewDisposeScope();
        long rows = 0;
        foreach (var c in chunks) rows += c.Points * c.PerPoint;
        // [points, evaluations per point, width], the step's own layout (a 2-D [rows, width] input takes other, slower
        // matrix-product paths in back-propagation here: see the one-chunk column).
        var inputs = Array.ConvertAll(chunks, c => randn(new[] { c.Points, c.PerPoint, (long)width }, device: device).requires_grad_(true));
        var whole = randn(rows, width, device: device).requires_grad_(true);
        var (wall, cpu) = Time(net, inputs, device, repeats);
        var (onePass, _) = Time(net, new[] { whole }, device, repeats);
        using var noGrad = no_grad();
        var plain = whole.detach();
        var w = randn(width, width, device: device);
        double rowRate = 2.0 * rows * width * width / Seconds(() => plain.matmul(w), device) / 1e9;
        double tanhMs = 1000 * Seconds(() => plain.tanh(), device);
        return new Result(rows, string.Join(" + ", Array.ConvertAll(chunks, c => $"{c.Points} x {c.PerPoint}")), wall, cpu, onePass, rowRate, tanhMs);
    }

    private static (StepTimes Wall, StepTimes Cpu) Time(Mlp net, Tensor[] inputs, Device device, int repeats)
    {
        var clock = new DeviceClock(device);
        var wall = new List<double>();
        var cpu = new List<double>();
        for (int i = 0; i <= repeats; i++)
        {
            using var step = NewDisposeScope();
            net.zero_grad();
            foreach (var x in inputs) x.grad?.zero_();
            var start = clock.Read();
            Tensor? total = null;
            foreach (var x in inputs)
            {
                var s = net.ForwardFromFirstLayer(x).sum();
                total = total is null ? s : total + s;
            }
            total!.backward();
            var end = clock.Read();
            if (i == 0) continue;   // warm-up: first-touch page faults and kernel selection
            wall.Add(end.WallMs - start.WallMs);
            cpu.Add(end.CpuMs - start.CpuMs);
        }
        return (StepTimes.Of(wall), StepTimes.Of(cpu));
    }

    /// <summary>GFLOP/s of a 2048³ float32 product: what large square products reach here.</summary>
    public static double SquareMatmulGflops(Device device)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var a = randn(2048, 2048, device: device);
        return 2.0 * 2048 * 2048 * 2048 / Seconds(() => a.matmul(a), device) / 1e9;
    }

    /// <summary>
    /// Matrix-product FLOPs of one antithetic Stein step with shared noise (element-wise work not counted): the network
    /// after the first layer over all rows, forward and backward (backward = 2x forward); the factorised first layer
    /// over points and noise (forward, and the weight gradient back); the Stein weighted means (gradient, the two half gradients, Laplacian) and their backward.
    /// </summary>
    public static double SteinStepFlops(SteinVariant v, int interiorPoints, int conditionPoints, int dim, int width, int hiddenLayers)
    {
        long rows = v.Rows(interiorPoints, conditionPoints, new TrainingOptions().UnbiasedResidualSquare);
        double d = dim + 1, h = width;
        double network = 3 * rows * ((hiddenLayers - 1) * 2 * h * h + 2 * h);
        double firstLayer = 2 * 2 * h * d * (interiorPoints + v.Samples + conditionPoints + v.ValueSamples);
        double estimates = 2 * 2.0 * interiorPoints * v.Samples * (2 * d + 1);
        return network + firstLayer + estimates;
    }

    private static double Seconds(Func<Tensor> op, Device device)
    {
        op().Dispose();
        var clock = new DeviceClock(device);
        var list = new List<double>();
        for (int i = 0; i < 3; i++)
        {
            var start = clock.Read();
            op().Dispose();
            list.Add((clock.Read().WallMs - start.WallMs) / 1000);
        }
        return StepTimes.Of(list).Median;
    }
}
