using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using TorchSharp;
using static TorchSharp.torch;

namespace PdeDsl.Bench;

/// <summary>What the numbers were measured on: OS, cores, CPU or GPU name, torch threads, and which libtorch loaded.</summary>
internal static class MachineInfo
{
    public static string Describe(Device device)
    {
        string processor = device.type == DeviceType.CUDA ? $"GPU {GpuName()}" : CpuName();
        return $"{RuntimeInformation.OSDescription.Trim()}, {Environment.ProcessorCount} cores, {processor}, "
            + $"torch threads {get_num_threads()}, device {device.type}, .NET {Environment.Version}";
    }

    /// <summary>The libtorch file the process mapped (shows that a pre-loaded libtorch, not a copy beside the app, is in use).</summary>
    public static string LoadedLibtorch()
    {
        try
        {
            return File.ReadLines("/proc/self/maps")
                .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "")
                .Where(p => p.EndsWith("/libtorch_cuda.so", StringComparison.Ordinal) || p.EndsWith("/libtorch_cpu.so", StringComparison.Ordinal))
                .Distinct().DefaultIfEmpty("unknown").Aggregate((a, b) => a + ", " + b);
        }
        catch (IOException) { return "unknown"; }
    }

    private static string CpuName()
    {
        try { return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"; }
        catch (IOException) { return "unknown CPU"; }
    }

    // TorchSharp has no device-name call; nvidia-smi is on every machine with an NVIDIA driver.
    private static string GpuName()
    {
        try
        {
            using var smi = Process.Start(new ProcessStartInfo("nvidia-smi", "--query-gpu=name,memory.total --format=csv,noheader")
            { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false });
            if (smi is null) return "(name unknown)";
            string text = smi.StandardOutput.ReadToEnd().Trim();
            smi.WaitForExit();
            return text.Length > 0 ? text.Split('\n')[0].Trim() : "(name unknown)";
        }
        catch (System.ComponentModel.Win32Exception) { return "(name unknown: no nvidia-smi)"; }
    }
}
