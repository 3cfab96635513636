using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace PdeDsl;

/// <summary>
/// Gives each rank on a node its own GPU: rank r of a node sees only GPU r (modulo the GPUs listed), by setting
/// CUDA_VISIBLE_DEVICES in the process's native environment before CUDA starts. A launcher or user that already pinned one
/// GPU per rank (a single entry in CUDA_VISIBLE_DEVICES) is left alone. Gradients are staged through host memory for the
/// all-reduce (<see cref="FlatParameters"/>), so no CUDA-aware MPI is needed.
/// </summary>
internal static class LocalGpu
{
    private const string Variable = "CUDA_VISIBLE_DEVICES";

    /// <summary>Pins this rank to its GPU when <paramref name="device"/> may use CUDA; returns the GPU chosen (null: none set here).</summary>
    public static string? Pin(DeviceOption device, int localRank)
    {
        if (device == DeviceOption.Cpu || !OperatingSystem.IsLinux()) return null;
        string? listed = Environment.GetEnvironmentVariable(Variable);
        string[] gpus;
        if (!string.IsNullOrWhiteSpace(listed))
        {
            gpus = listed.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (gpus.Length <= 1) return null;
        }
        else
        {
            // Counting GPUs through CUDA would start it, and then the choice would come too late; the driver lists them.
            const string driver = "/proc/driver/nvidia/gpus";
            int count = Directory.Exists(driver) ? Directory.GetDirectories(driver).Length : 0;
            if (count == 0) return null;
            gpus = Enumerable.Range(0, count).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();
        }
        string choice = gpus[localRank % gpus.Length];
        // .NET keeps its own copy of the environment: CUDA reads the native one.
        setenv(Variable, choice, 1);
        Environment.SetEnvironmentVariable(Variable, choice);
        return choice;
    }

    [DllImport("libc", CharSet = CharSet.Ansi)]
    private static extern int setenv(string name, string value, int overwrite);
}
