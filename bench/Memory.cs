using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace PdeDsl.Bench;

/// <summary>Process memory from /proc: the resident set now and its peak since the last reset.</summary>
internal static class Memory
{
    /// <summary>
    /// Gives the heap's free blocks back (the runtime keeps large blocks on the heap for reuse, see AllocatorTuning, so
    /// without this one configuration's peak would carry into the next) and resets the kernel's peak-RSS mark (VmHWM),
    /// so the next <see cref="PeakMB"/> covers only what follows.
    /// </summary>
    public static void ResetPeak()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        try { malloc_trim(0); } catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { }
        try { File.WriteAllText("/proc/self/clear_refs", "5"); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>Peak resident set since the last reset, MB (NaN where /proc is absent).</summary>
    public static double PeakMB() => Read("VmHWM:");

    /// <summary>Resident set now, MB.</summary>
    public static double CurrentMB() => Read("VmRSS:");

    private static double Read(string key)
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
            if (line is null) return double.NaN;
            var kb = double.Parse(line[key.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            return kb / 1024.0;
        }
        catch (IOException) { return double.NaN; }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int malloc_trim(nuint pad);
}
