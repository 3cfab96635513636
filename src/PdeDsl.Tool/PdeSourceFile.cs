using System;
using System.IO;

namespace PdeDsl.Tool;

/// <summary>A .pde file as the user named it (the path diagnostics print) and its text.</summary>
internal sealed record PdeSourceFile(string Path, string Text)
{
    /// <summary>Reads <paramref name="path"/>; a missing or unreadable file is a <see cref="UsageException"/>.</summary>
    public static PdeSourceFile Read(string path)
    {
        string full;
        try { full = System.IO.Path.GetFullPath(path); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        { throw new UsageException($"'{path}' is not a valid file path"); }
        if (Directory.Exists(full)) throw new UsageException($"'{path}' is a folder, not a .pde file");
        if (!File.Exists(full)) throw new UsageException($"file not found: {path}");
        try
        {
            return new PdeSourceFile(path, File.ReadAllText(full));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            throw new UsageException($"cannot read {path}: {e.Message}");
        }
    }
}
