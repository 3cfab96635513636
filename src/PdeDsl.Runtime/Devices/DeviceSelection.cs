using System;
using TorchSharp;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>Turns a <see cref="DeviceOption"/> (or its command-line spelling) into a TorchSharp device.</summary>
public static class DeviceSelection
{
    /// <summary>The device for <paramref name="option"/>; <see cref="DeviceOption.Cuda"/> without CUDA is an ArgumentException.</summary>
    public static Device Resolve(DeviceOption option) => option switch
    {
        DeviceOption.Cpu => CPU,
        DeviceOption.Auto => torch.cuda.is_available() ? CUDA : CPU,
        DeviceOption.Cuda => torch.cuda.is_available()
            ? CUDA
            : throw new ArgumentException(
                "Device 'cuda' was requested but TorchSharp reports no CUDA device. Use --device cpu (or auto), " +
                "or build with -p:TorchBackend=cuda on a machine with an NVIDIA GPU and driver.", nameof(option)),
        _ => throw new ArgumentException($"Unknown device option {option}.", nameof(option)),
    };

    /// <summary>Parses <c>auto</c>, <c>cpu</c> or <c>cuda</c> (any case).</summary>
    public static DeviceOption Parse(string text) => text?.Trim().ToLowerInvariant() switch
    {
        "auto" => DeviceOption.Auto,
        "cpu" => DeviceOption.Cpu,
        "cuda" or "gpu" => DeviceOption.Cuda,
        _ => throw new ArgumentException($"Unknown device '{text}': expected auto, cpu or cuda.", nameof(text)),
    };
}
