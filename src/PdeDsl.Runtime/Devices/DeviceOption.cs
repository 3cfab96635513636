namespace PdeDsl;

/// <summary>Where tensors live: <c>auto</c> picks CUDA when TorchSharp reports it, else the CPU.</summary>
public enum DeviceOption
{
    /// <summary>CUDA when <c>torch.cuda.is_available()</c>, else the CPU.</summary>
    Auto,
    /// <summary>The CPU.</summary>
    Cpu,
    /// <summary>The first CUDA device; an error if there is none.</summary>
    Cuda,
}
