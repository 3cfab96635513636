using Xunit;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>
/// The estimator tests' two checks, with what they measured written to the test's output: an estimate within a fixed
/// tolerance, and a random estimate within Z standard errors of its derived variance (a bound that must also be tight
/// enough to tell a sign or a factor 2).
/// </summary>
internal sealed class EstimateChecks(ITestOutputHelper output, double z = 5)
{
    public void Check(string what, Tensor estimate, Tensor exact, double tolerance)
    {
        Assert.Equal(exact.shape, estimate.shape);
        double error = (estimate - exact).abs().max().item<double>();
        output.WriteLine($"{what}: max error {error:E2}, tolerance {tolerance:E2}, max |exact| {exact.abs().max().item<double>():E2}");
        Assert.True(error <= tolerance, $"{what}: error {error:E2} exceeds {tolerance:E2}.");
    }

    // Each entry within Z standard errors √(Var/K).
    public void CheckWithin(string what, Tensor estimate, Tensor exact, Tensor variance, int k)
    {
        var bound = (variance.clamp_min(0) / k).sqrt() * z + 1e-12;
        var ratio = ((estimate - exact).abs() / bound).max().item<double>();
        double loose = (bound / exact.abs()).max().item<double>();
        output.WriteLine($"{what}: max |error|/bound {ratio:F3}, max bound/|exact| {loose:E2}");
        Assert.True(loose < 0.5, $"{what}: the bound is too loose to catch a factor 2 ({loose:E2} of the value).");
        Assert.True(ratio <= 1, $"{what}: error beyond {z} standard errors ({ratio:F3} of the bound).");
    }
}
