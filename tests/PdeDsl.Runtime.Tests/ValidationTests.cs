using System;
using System.Collections.Generic;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>Bad settings and inputs are ArgumentExceptions with a message that names the problem.</summary>
public sealed class ValidationTests
{
    public static IEnumerable<object[]> Backends() => new[]
    {
        new object[] { new SteinBackend(new SteinOptions { Samples = 8 }) },
        new object[] { new SteinBackend(new SteinOptions { Samples = 8, NoiseMode = NoiseMode.PerPoint }) },
        new object[] { new AutogradBackend() },
    };

    [Theory]
    [InlineData(0.0, 16, "sigma")]
    [InlineData(-0.1, 16, "sigma")]
    [InlineData(double.NaN, 16, "sigma")]
    [InlineData(double.PositiveInfinity, 16, "sigma")]
    [InlineData(0.1, 0, "at least 1")]
    [InlineData(0.1, -5, "at least 1")]
    public void BadOptions(double sigma, int samples, string message)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => new SteinBackend(new SteinOptions { Sigma = sigma, Samples = samples }));
        Assert.Contains(message, e.Message);
        Assert.ThrowsAny<ArgumentException>(() => new Mlp(0));
        Assert.ThrowsAny<ArgumentException>(() => new Mlp(3, width: 0));
        Assert.ThrowsAny<ArgumentException>(() => new Mlp(3, depth: 0));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void BadInputs(IDerivativeBackend backend)
    {
        using var scope = NewDisposeScope();
        var net = new Mlp(4, width: 8, depth: 2);
        var x = rand(3, 4);
        var ok = new DerivativeRequest { Value = true };
        Expect("outside the input columns [0, 4)", () => backend.Evaluate(net, x, new DerivativeRequest { GradientColumns = new[] { 0, 4 } }));
        Expect("outside the input columns [0, 4)", () => backend.Evaluate(net, x, new DerivativeRequest { LaplacianColumns = new[] { -1 } }));
        Expect("outside the input columns [0, 4)", () => backend.Evaluate(net, x, new DerivativeRequest { FirstPartials = new[] { 9 } }));
        Expect("column outside [0, 4)", () => backend.Evaluate(net, x, new DerivativeRequest { SecondPartials = new[] { (0, 4) } }));
        Expect("more than once", () => backend.Evaluate(net, x, new DerivativeRequest { LaplacianColumns = new[] { 1, 1 } }));
        Expect("3 columns but the network takes D = 4", () => backend.Evaluate(net, rand(3, 3), ok));
        Expect("must be a matrix [N, D]", () => backend.Evaluate(net, rand(4), ok));
        Expect("N = 0", () => backend.Evaluate(net, rand(0, 4), ok));
        Expect("Float64", () => backend.Evaluate(net, rand(new long[] { 3, 4 }, dtype: ScalarType.Float64), ok));
        var nan = x.clone();
        nan[1, 2] = tensor(float.NaN);
        Expect("NaN or infinity (first at row 1, column 2", () => backend.Evaluate(net, nan, ok));
        var inf = x.clone();
        inf[2, 0] = tensor(float.NegativeInfinity);
        Expect("row 2, column 0", () => backend.Evaluate(net, inf, ok));
        Assert.Equal(new long[] { 3 }, backend.Evaluate(net, x, ok).RequireValue().shape);
    }

    private static void Expect(string message, Action action) =>
        Assert.Contains(message, Assert.ThrowsAny<ArgumentException>(action).Message);
}
