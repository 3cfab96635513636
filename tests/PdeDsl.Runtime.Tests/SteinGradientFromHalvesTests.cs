using System.Linq;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>
/// With |∇u|² requested, the backend forms the gradient from the two half-sample means it already has (their mean is
/// the full-sample mean for even K) instead of a third weighted mean: it must be the same estimate, for any column
/// run or scattered columns, and odd K must still use every sample.
/// </summary>
public sealed class SteinGradientFromHalvesTests
{
    [Theory]
    [InlineData(64, NoiseMode.Shared, false)]
    [InlineData(64, NoiseMode.Shared, true)]
    [InlineData(33, NoiseMode.Shared, false)]
    [InlineData(64, NoiseMode.PerPoint, false)]
    public void GradientIsTheSameWithOrWithoutTheSquaredNorm(int k, NoiseMode mode, bool scattered)
    {
        using var scope = NewDisposeScope();
        var net = new Mlp(7, width: 16, depth: 2, seed: 5, precision: Precision.Float64);
        var x = rand(new long[] { 5, 7 }, dtype: ScalarType.Float64, generator: new Generator(3));
        int[] columns = scattered ? new[] { 6, 1, 4 } : new[] { 1, 2, 3, 4, 5, 6 };
        var plain = new DerivativeRequest { FirstPartials = new[] { 0 }, GradientColumns = columns };
        var withNorm = new DerivativeRequest { FirstPartials = new[] { 0 }, GradientColumns = columns, GradientSquaredNorm = true };
        var options = new SteinOptions { Samples = k, NoiseMode = mode, Seed = 11 };

        var a = new SteinBackend(options).Evaluate(net, x, plain);
        var b = new SteinBackend(options).Evaluate(net, x, withNorm);

        Assert.Equal(new long[] { 5, columns.Length }, b.RequireGradient().shape);
        Assert.True((a.RequireGradient() - b.RequireGradient()).abs().max().item<double>() < 1e-12);
        Assert.True((a.RequireFirstPartial(0) - b.RequireFirstPartial(0)).abs().max().item<double>() < 1e-12);
        // And the squared norm is the product of two different halves, not |ĝ|² of the full estimate.
        Assert.True((b.RequireGradientSquaredNorm() - b.RequireGradient().square().sum(-1)).abs().max().item<double>() > 0);
    }

    [Fact]
    public void ColumnRunGivesTheSameGradientAsTheSameColumnsListedOneByOne()
    {
        using var scope = NewDisposeScope();
        var net = new Mlp(6, width: 8, depth: 2, seed: 2, precision: Precision.Float64);
        var x = rand(new long[] { 3, 6 }, dtype: ScalarType.Float64, generator: new Generator(4));
        var options = new SteinOptions { Samples = 16, Seed = 9 };
        // 2..4 is a run (a view of ξ); 4, 3, 2 reversed is the same set gathered by index, so its columns come reversed.
        var run = new SteinBackend(options).Evaluate(net, x, new DerivativeRequest { GradientColumns = new[] { 2, 3, 4 }, LaplacianColumns = new[] { 2, 3, 4 } });
        var gathered = new SteinBackend(options).Evaluate(net, x, new DerivativeRequest { GradientColumns = new[] { 4, 3, 2 }, LaplacianColumns = new[] { 4, 3, 2 } });
        Assert.True((run.RequireGradient() - gathered.RequireGradient().flip(1)).abs().max().item<double>() < 1e-12);
        Assert.True((run.RequireLaplacian() - gathered.RequireLaplacian()).abs().max().item<double>() < 1e-12);
    }
}
