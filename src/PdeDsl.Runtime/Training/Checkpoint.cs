using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace PdeDsl;

/// <summary>
/// The checkpoint file: a magic line, a JSON <see cref="CheckpointInfo"/>, the network's weights and the optimiser's
/// state. Written atomically: the bytes go to a temporary file in the same folder, are flushed to disk, and only then
/// renamed over the old file, so a crash mid-write leaves the previous checkpoint whole.
/// </summary>
public static class Checkpoint
{
    private const string Magic = "PdeDsl checkpoint v1";

    /// <summary>Reads only the header of a checkpoint; a clear error if the file is missing or not a checkpoint.</summary>
    public static CheckpointInfo ReadInfo(string path)
    {
        using var stream = OpenRead(path);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        return ReadHeader(reader, path);
    }

    internal static FileStream OpenRead(string path)
    {
        if (!File.Exists(path)) throw new ArgumentException($"Checkpoint '{path}' does not exist.", nameof(path));
        return File.OpenRead(path);
    }

    internal static CheckpointInfo ReadHeader(BinaryReader reader, string path)
    {
        try
        {
            if (reader.ReadString() != Magic) throw new InvalidDataException();
            return JsonSerializer.Deserialize<CheckpointInfo>(reader.ReadString()) ?? throw new InvalidDataException();
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or JsonException or IOException)
        {
            throw new ArgumentException($"'{path}' is not a PdeDsl checkpoint (or it is damaged).", nameof(path), e);
        }
    }

    internal static void WriteHeader(BinaryWriter writer, CheckpointInfo info)
    {
        writer.Write(Magic);
        writer.Write(JsonSerializer.Serialize(info));
    }

    /// <summary>
    /// Writes <paramref name="path"/> atomically: <paramref name="write"/> fills a temporary file beside it, which is
    /// flushed and renamed over <paramref name="path"/>. If <paramref name="write"/> throws, the temporary file is removed
    /// and <paramref name="path"/> is untouched.
    /// </summary>
    public static void WriteAtomically(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (string.IsNullOrWhiteSpace(path)) throw new ArgumentException("A checkpoint path is needed.", nameof(path));
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        string temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            // rename(2) replaces the target atomically on POSIX file systems.
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            try { File.Delete(temporary); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            throw;
        }
    }
}
