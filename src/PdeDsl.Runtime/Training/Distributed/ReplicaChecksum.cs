using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// A 64-bit FNV-1a hash of a network's weights, bit for bit: replicas of a data-parallel run must end with equal
/// checksums (they start from rank 0's weights and apply the same averaged updates).
/// </summary>
public static class ReplicaChecksum
{
    /// <summary>The checksum of <paramref name="parameters"/> in their order, as 16 hex digits.</summary>
    public static string Of(IEnumerable<Tensor> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ulong hash = Fnv1a(ReadOnlySpan<byte>.Empty);
        foreach (var p in parameters)
        {
            using var host = p.detach().cpu().contiguous();
            byte[] bytes = host.dtype == ScalarType.Float64
                ? MemoryMarshal.AsBytes(host.data<double>().ToArray().AsSpan()).ToArray()
                : MemoryMarshal.AsBytes(host.to(ScalarType.Float32).data<float>().ToArray().AsSpan()).ToArray();
            hash = Fnv1a(bytes, hash);
        }
        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }

    /// <summary>FNV-1a over <paramref name="bytes"/>, continuing from <paramref name="hash"/> (stable across processes, unlike string hashes).</summary>
    internal static ulong Fnv1a(ReadOnlySpan<byte> bytes, ulong hash = 14695981039346656037UL)
    {
        foreach (byte b in bytes)
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }
        return hash;
    }

    /// <summary>The checksum as a number (for gathering over ranks).</summary>
    public static long AsNumber(string checksum) => unchecked((long)ulong.Parse(checksum, NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    /// <summary>The number from <see cref="AsNumber"/> back as 16 hex digits.</summary>
    public static string FromNumber(long value) => unchecked((ulong)value).ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>Whether all <paramref name="checksums"/> are equal.</summary>
    public static bool AllEqual(IReadOnlyList<string> checksums) => checksums.Distinct().Count() <= 1;
}
