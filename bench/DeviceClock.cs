using System;
using System.Diagnostics;
using TorchSharp;
using static TorchSharp.torch;

namespace PdeDsl.Bench;

/// <summary>
/// Wall and process CPU time that mean what they say on any device: every reading first waits for the device's
/// queued kernels (CUDA runs them asynchronously; the CPU has nothing queued), so a step's time is its own.
/// CPU time is the whole process's (all torch threads): on a shared machine it is steadier than wall time.
/// </summary>
internal sealed class DeviceClock
{
    private readonly Device _device;
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly Process _process = Process.GetCurrentProcess();

    public DeviceClock(Device device) => _device = device;

    /// <summary>Waits for the device, then reads (wall ms, process CPU ms) since this clock started.</summary>
    public (double WallMs, double CpuMs) Read()
    {
        Sync(_device);
        _process.Refresh();
        return (_wall.Elapsed.TotalMilliseconds, _process.TotalProcessorTime.TotalMilliseconds);
    }

    /// <summary>Waits until every kernel queued on <paramref name="device"/> has finished.</summary>
    public static void Sync(Device device)
    {
        if (device.type == DeviceType.CUDA) torch.cuda.synchronize();
    }
}
