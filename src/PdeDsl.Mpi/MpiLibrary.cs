using System;
using System.Reflection;
using System.Runtime.InteropServices;

namespace PdeDsl;

/// <summary>
/// Finds the MPI library for MPI.NET, only when a run asks for <c>--distributed</c>. MPI.NET 1.4.0 P/Invokes MS-MPI's
/// <c>msmpi.dll</c>; on Linux MPICH (<c>libmpich.so.12</c>, Debian's <c>mpich</c>) has the same integer handles, so the
/// name is mapped to it. Open MPI does not fit (its handles are pointers). <c>PDEDSL_MPI_LIBRARY</c> names another
/// library with MPICH's ABI (Intel MPI, Cray MPICH: <c>libmpi.so.12</c>).
/// </summary>
internal static class MpiLibrary
{
    private const string Variable = "PDEDSL_MPI_LIBRARY";
    private static readonly object Gate = new();
    private static IntPtr _handle;

    /// <summary>Loads the library once; an ArgumentException (exit code 2) in one line says how to install MPICH when it is missing.</summary>
    public static void EnsureLoaded(Assembly mpiNet)
    {
        if (OperatingSystem.IsWindows()) return; // MS-MPI's msmpi.dll is found as it is
        lock (Gate)
        {
            if (_handle != IntPtr.Zero) return;
            string name = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } custom ? custom : "libmpich.so.12";
            if (!NativeLibrary.TryLoad(name, out var handle))
                throw new ArgumentException($"--distributed needs MPICH, but '{name}' could not be loaded: install it with 'apt-get install mpich' "
                    + "(or set PDEDSL_MPI_LIBRARY to an MPI library with MPICH's ABI) and start the ranks with 'mpiexec.mpich -n P'.");
            _handle = handle;
            NativeLibrary.SetDllImportResolver(mpiNet, (library, _, _) =>
                library.StartsWith("msmpi", StringComparison.OrdinalIgnoreCase) ? _handle : IntPtr.Zero);
        }
    }
}
