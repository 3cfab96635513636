using System.Linq;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>The MLP's shape, defaults, seeding and precision, and the device and precision options.</summary>
public sealed class MlpTests
{
    [Fact]
    public void DefaultsAreThePapers()
    {
        using var scope = NewDisposeScope();
        var net = new Mlp(7);
        Assert.Equal((100, 5, Activation.Tanh), (net.Width, net.Depth, net.Activation));
        // 5 hidden layers of 100 and a linear output: 7·100 + 4·100·100 + 100 weights, 5·100 + 1 biases.
        Assert.Equal(7 * 100 + 4 * 100 * 100 + 100 + 5 * 100 + 1, net.parameters().Sum(p => p.numel()));
        Assert.Equal(ScalarType.Float32, net.FirstLayer.weight!.dtype);
        var y = net.forward(rand(new long[] { 4, 7 }));
        Assert.Equal(new long[] { 4 }, y.shape);
        Assert.Equal(new long[] { 4, 9 }, net.ForwardFromFirstLayer(zeros(4, 9, 100)).shape);
    }

    [Fact]
    public void SameSeedSameNetworkOtherSeedOther()
    {
        using var scope = NewDisposeScope();
        var x = rand(new long[] { 5, 3 }, dtype: ScalarType.Float64, generator: new Generator(1));
        var a = new Mlp(3, 10, 3, seed: 42, precision: Precision.Float64).forward(x);
        var b = new Mlp(3, 10, 3, seed: 42, precision: Precision.Float64).forward(x);
        var c = new Mlp(3, 10, 3, seed: 43, precision: Precision.Float64).forward(x);
        Assert.Equal(0.0, (a - b).abs().max().item<double>());
        Assert.True((a - c).abs().max().item<double>() > 1e-3);
        // The float32 network is the float64 one rounded: the seed means the same network in both precisions.
        var single = new Mlp(3, 10, 3, seed: 42).forward(x.to_type(ScalarType.Float32));
        Assert.True((single.to_type(ScalarType.Float64) - a).abs().max().item<double>() < 1e-5);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(3.0)]
    public void A_first_layer_gain_scales_that_layers_weights_and_changes_no_other(double gain)
    {
        using var scope = NewDisposeScope();
        var plain = new Mlp(6, 8, 3, seed: 5, precision: Precision.Float64);
        var scaled = new Mlp(6, 8, 3, seed: 5, precision: Precision.Float64, firstLayerGain: gain);
        var before = plain.parameters().ToArray();
        var after = scaled.parameters().ToArray();
        Assert.Equal(before.Length, after.Length);
        for (int i = 0; i < before.Length; i++)
        {
            // Parameter 0 is the first layer's weight: gain times the plain one; every other tensor is the same draw.
            var expected = ReferenceEquals(before[i], plain.FirstLayer.weight) ? before[i] * gain : before[i];
            Assert.True((after[i] - expected).abs().max().item<double>() < 1e-15, $"parameter {i}");
        }
        Assert.True(ReferenceEquals(after[0], scaled.FirstLayer.weight));
        Assert.Contains("gain", Assert.Throws<System.ArgumentException>(() => new Mlp(6, firstLayerGain: 0)).Message);
        Assert.Contains("gain", Assert.Throws<System.ArgumentException>(() => new Mlp(6, firstLayerGain: double.NaN)).Message);
    }

    [Fact]
    public void OptionsParseAndResolve()
    {
        Assert.Equal(DeviceOption.Cuda, DeviceSelection.Parse("CUDA"));
        Assert.Equal(DeviceOption.Auto, DeviceSelection.Parse("auto"));
        Assert.Equal(Precision.Float64, PrecisionExtensions.ParsePrecision("float64"));
        Assert.Equal(SteinEstimator.ControlVariate, SteinEstimatorNames.Parse("control-variate"));
        Assert.Equal("controlVariate", SteinEstimator.ControlVariate.ToReportName());
        Assert.Equal(Activation.Sine, ActivationFunctions.Parse("sin"));
        Assert.Equal(DeviceType.CPU, DeviceSelection.Resolve(DeviceOption.Cpu).type);
        var auto = DeviceSelection.Resolve(DeviceOption.Auto).type;
        Assert.Equal(TorchSharp.torch.cuda.is_available() ? DeviceType.CUDA : DeviceType.CPU, auto);
        if (!TorchSharp.torch.cuda.is_available())
            Assert.Contains("no CUDA device", Assert.Throws<System.ArgumentException>(() => DeviceSelection.Resolve(DeviceOption.Cuda)).Message);
        Assert.Throws<System.ArgumentException>(() => DeviceSelection.Parse("tpu"));
        Assert.Throws<System.ArgumentException>(() => PrecisionExtensions.ParsePrecision("half"));
        Assert.Throws<System.ArgumentException>(() => SteinEstimatorNames.Parse("fancy"));
    }
}
