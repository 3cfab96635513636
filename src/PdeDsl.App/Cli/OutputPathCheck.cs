using System;
using System.Collections.Generic;
using System.IO;

namespace PdeDsl;

/// <summary>
/// Checks, before any training, that every file a run will write can be written: its folder exists or can be made,
/// a probe file can be created and deleted there, and the path is not a folder. A typo in <c>--report</c> then costs
/// one line at start (exit 2) instead of the whole run. Each output is named by its option, so new outputs (the second
/// edition's data files) are one more entry in the list given to <see cref="Check"/>.
/// </summary>
internal static class OutputPathCheck
{
    /// <summary>Throws an ArgumentException naming the option and the path of the first output that cannot be written.</summary>
    public static void Check(IEnumerable<(string Option, string? Path)> outputs)
    {
        foreach (var (option, path) in outputs)
            if (path is not null) CheckOne(option, path);
    }

    private static void CheckOne(string option, string path)
    {
        string full, folder;
        try
        {
            if (path.Trim().Length == 0) throw new ArgumentException("empty");
            full = Path.GetFullPath(path);
            folder = Path.GetDirectoryName(full) ?? throw new ArgumentException("no folder");
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new ArgumentException($"{option} '{path}' is not a usable file path.");
        }
        if (Directory.Exists(full))
            throw new ArgumentException($"{option} '{path}' is a folder; give a file name in it.");
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new ArgumentException($"{option} '{path}' cannot be written: its folder '{folder}' does not exist and cannot be made ({Reason(e)}).");
        }
        try
        {
            string probe = Path.Combine(folder, $".pdedsl-probe.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose)) { }
            // An existing file is replaced by rename (reports, checkpoints) or rewritten (plots): it must open for writing.
            if (File.Exists(full))
                using (new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite)) { }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new ArgumentException($"{option} '{path}' cannot be written: files cannot be created in its folder '{folder}' ({Reason(e)}).");
        }
    }

    private static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "the file system refuses new files there",
        _ => e.Message.TrimEnd('.'),
    };
}
