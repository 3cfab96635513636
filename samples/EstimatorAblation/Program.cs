using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using PdeDsl;
using PdeDsl.Samples.EstimatorAblation;
using static TorchSharp.torch;

// The paper's Figure 4, left panels: how far each Stein estimator of ∇u and Δu is from an independent
// oracle as K grows, on a fixed random 5x100 tanh MLP at D = 1000, σ = 0.1.
AblationOptions options;
try
{
    options = AblationOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
if (options.Help)
{
    Console.WriteLine(AblationOptions.Usage);
    return 0;
}

Device device;
try
{
    device = DeviceSelection.Resolve(options.Device);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
var clock = Stopwatch.StartNew();
Console.WriteLine($"Device: {device}");
var network = new Mlp(options.Dim, seed: options.Seed, device: device);                               // float32, as trained
var network64 = new Mlp(options.Dim, seed: options.Seed, precision: Precision.Float64, device: device); // the same weights in float64
var points64 = rand(new long[] { options.Points, options.Dim }, dtype: ScalarType.Float64, generator: new Generator((ulong)options.Seed + 1)).to(device);
var points = points64.to_type(ScalarType.Float32);

var (gradient, laplacian, gradientError, laplacianError) = AblationOracle.Compute(
    network64, points64, options.Sigma, options.OraclePairs, chunk: 256, new Generator((ulong)options.Seed + 2));
double oracleGradientError = gradientError.mean().item<double>();
double oracleLaplacianError = laplacianError.mean().item<double>();
Console.WriteLine($"Oracle: {options.OraclePairs} antithetic pairs per point, {options.Points} points, {clock.Elapsed.TotalSeconds:F1} s; " +
    $"standard error: gradient {oracleGradientError:E1} per coordinate, Laplacian {oracleLaplacianError:E1}; mean |Δu| {laplacian.abs().mean().item<double>():E2}.");

var rows = new List<AblationRow>();
var request = new DerivativeRequest
{
    GradientColumns = Enumerable.Range(0, options.Dim).ToArray(),
    LaplacianColumns = Enumerable.Range(0, options.Dim).ToArray(),
};
using (no_grad())
{
    foreach (var estimator in new[] { SteinEstimator.Vanilla, SteinEstimator.ControlVariate, SteinEstimator.Antithetic })
        foreach (var k in options.SampleSizes())
        {
            double gradientL1 = 0, laplacianL1 = 0;
            // Each point gets its own noise (a backend per point and repeat): every estimate has the law it has
            // in a shared batch, but the errors averaged here are independent, so the curves are smoother.
            for (int r = 0; r < options.Repeats; r++)
                for (int p = 0; p < options.Points; p++)
                {
                    using var scope = NewDisposeScope();
                    var backend = new SteinBackend(new SteinOptions { Estimator = estimator, Sigma = options.Sigma, Samples = k, Seed = options.Seed * 7919 + 1000 * (r * options.Points + p) + k });
                    var result = backend.Evaluate(network, points[p..(p + 1)], request);
                    // L1 error: mean absolute difference over points (and over coordinates for the gradient).
                    gradientL1 += (result.RequireGradient()[0].to_type(ScalarType.Float64) - gradient[p]).abs().mean().item<double>() / (options.Repeats * options.Points);
                    laplacianL1 += Math.Abs(result.RequireLaplacian()[0].item<float>() - laplacian[p].item<double>()) / (options.Repeats * options.Points);
                }
            rows.Add(new AblationRow(estimator.ToReportName(), "gradient", k, gradientL1));
            rows.Add(new AblationRow(estimator.ToReportName(), "laplacian", k, laplacianL1));
        }
}

Console.WriteLine();
Console.WriteLine($"L1 error, D = {options.Dim}, sigma = {options.Sigma}, {options.Points} points, mean of {options.Repeats} estimates per K");
Console.WriteLine($"{"K",7} | {"grad vanilla",12} {"grad CV",12} {"grad anti",12} | {"lap vanilla",12} {"lap CV",12} {"lap anti",12}");
foreach (var k in options.SampleSizes())
{
    string Cell(string derivative, string estimator) =>
        rows.Single(r => r.Samples == k && r.Derivative == derivative && r.Estimator == estimator).L1Error.ToString("E2").PadLeft(12);
    Console.WriteLine($"{k,7} | {Cell("gradient", "vanilla")} {Cell("gradient", "controlVariate")} {Cell("gradient", "antithetic")} | " +
        $"{Cell("laplacian", "vanilla")} {Cell("laplacian", "controlVariate")} {Cell("laplacian", "antithetic")}");
}

if (options.CompareNoise)
    NoiseComparison.Run(network, points64, gradient, laplacian, options, samples: 1024, batch: 100);

if (options.Report is not null)
{
    var report = new
    {
        dim = options.Dim,
        sigma = options.Sigma,
        points = options.Points,
        repeats = options.Repeats,
        oracle = new { pairs = options.OraclePairs, gradientStandardError = oracleGradientError, laplacianStandardError = oracleLaplacianError },
        seconds = clock.Elapsed.TotalSeconds,
        rows = rows.Select(r => new { estimator = r.Estimator, derivative = r.Derivative, samples = r.Samples, l1Error = r.L1Error }),
    };
    File.WriteAllText(options.Report, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
    Console.WriteLine($"Report: {options.Report}");
}
try
{
    AblationPlot.Save(options.Plot, rows, options.Dim, options.Sigma);
    Console.WriteLine($"Plot: {options.Plot}");
}
catch (Exception e) when (e is TypeInitializationException or DllNotFoundException)
{
    Console.Error.WriteLine($"warning: the plot could not be drawn (SkiaSharp native library: {e.GetBaseException().Message}); the table and report are complete.");
}
Console.WriteLine($"Done in {clock.Elapsed.TotalSeconds:F1} s.");
return 0;
