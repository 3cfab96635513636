using System;
using TorchSharp;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// Seeded random tensors on any device from a CPU <see cref="Generator"/>. TorchSharp 0.107 makes every
/// Generator a CPU one (a 'cuda' device argument is ignored, and a CUDA factory then refuses it), so on
/// a GPU the CPU generator draws one 64-bit seed, the device's default generator is seeded with it, and
/// the tensor is drawn on the device: reproducible, and no large host-to-device copy per step.
/// </summary>
public static class RandomSource
{
    /// <summary>A generator for <paramref name="seed"/> (always on the CPU; see the class remarks).</summary>
    public static Generator Create(long seed) => new(unchecked((ulong)seed));

    /// <summary>Standard normal samples of <paramref name="shape"/> on <paramref name="device"/>.</summary>
    public static Tensor Normal(long[] shape, Generator generator, Device device, ScalarType dtype) =>
        device.type == DeviceType.CPU
            ? randn(shape, dtype: dtype, generator: generator)
            : OnDevice(generator, () => randn(shape, dtype: dtype, device: device));

    /// <summary>Uniform samples in [0, 1) of <paramref name="shape"/> on <paramref name="device"/>.</summary>
    public static Tensor Uniform(long[] shape, Generator generator, Device device, ScalarType dtype) =>
        device.type == DeviceType.CPU
            ? rand(shape, dtype: dtype, generator: generator)
            : OnDevice(generator, () => rand(shape, dtype: dtype, device: device));

    private static Tensor OnDevice(Generator generator, Func<Tensor> draw)
    {
        ArgumentNullException.ThrowIfNull(generator);
        using var seed = randint(long.MaxValue, new long[] { 1 }, dtype: ScalarType.Int64, generator: generator);
        torch.cuda.manual_seed(seed.item<long>());
        return draw();
    }
}
