using System;
using System.Runtime.InteropServices;

namespace PdeDsl;

/// <summary>
/// On Linux, glibc serves blocks above its mmap threshold (128 KiB by default, rising with use) with fresh mmap calls and
/// returns them on free, so every training step page-faults its activations in again. Raising the threshold and the trim
/// threshold keeps them on the heap: measured 40 -> 69 steps/s for Poisson2D on 2 cores (docs/training.md).
/// </summary>
internal static class AllocatorTuning
{
    private const int TrimThreshold = -1, TopPad = -2, MmapThreshold = -3, MmapMax = -4;
    private static bool _done;

    public static void Apply()
    {
        if (_done || !OperatingSystem.IsLinux()) return;
        _done = true;
        try
        {
            // 32 MiB is glibc's largest mmap threshold; blocks below it stay on the heap.
            mallopt(MmapThreshold, 32 << 20);
            mallopt(TrimThreshold, 512 << 20);
            mallopt(TopPad, 64 << 20);
            // Blocks above 32 MiB would still be fresh mmaps (the paper-size Stein step's [N, 2K+1, 100] activations are
            // 80 MB each), zeroed and faulted in by the kernel every step: 0.7 s of system time per step at K = 1024.
            // M_MMAP_MAX = 0 serves them from the heap too, where they are reused (bench/results.md).
            mallopt(MmapMax, 0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl, for example): nothing to tune.
        }
    }

    // DllImport, not LibraryImport: the runtime is built without unsafe code, and two ints marshal as they are.
    [DllImport("libc", EntryPoint = "mallopt")]
    private static extern int mallopt(int parameter, int value);
}
