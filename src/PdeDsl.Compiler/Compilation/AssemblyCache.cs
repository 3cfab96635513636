using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using PdeDsl.Generator;

namespace PdeDsl.Compilation;

/// <summary>
/// Compiled problem assemblies by content: the hash of the file's text, the namespace it compiles into and
/// the build of this library, the generator and the runtime (their assemblies' identities), so a second
/// compilation of an unchanged text skips parsing, generation and Roslyn, and any change of text or build compiles afresh.
/// The folder is <c>$PDEDSL_CACHE</c>, else <c>$XDG_CACHE_HOME/pdedsl</c>, else <c>~/.cache/pdedsl</c>.
/// </summary>
internal sealed class AssemblyCache
{
    public AssemblyCache(string folder) => Folder = folder;

    public string Folder { get; }

    /// <summary>The cache folder this user's environment names.</summary>
    public static AssemblyCache Default()
    {
        var explicitFolder = Environment.GetEnvironmentVariable("PDEDSL_CACHE");
        if (!string.IsNullOrWhiteSpace(explicitFolder)) return new AssemblyCache(explicitFolder);
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = !string.IsNullOrWhiteSpace(xdg) ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return new AssemblyCache(Path.Combine(root, "pdedsl"));
    }

    /// <summary>The key of <paramref name="text"/> compiled into <paramref name="rootNamespace"/> by this build of the compiler, generator and runtime.</summary>
    public static string Key(string text, string? rootNamespace)
    {
        var identity = string.Join("\n",
            typeof(AssemblyCache).Assembly.ManifestModule.ModuleVersionId,
            typeof(PdeGenerator).Assembly.ManifestModule.ModuleVersionId,
            typeof(IPdeProblem).Assembly.ManifestModule.ModuleVersionId,
            rootNamespace ?? "", text);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(identity));
        return Convert.ToHexString(hash, 0, 16).ToLowerInvariant();
    }

    public string PathOf(string key) => Path.Combine(Folder, "assemblies", key + ".dll");

    /// <summary>The cached assembly's path, or null.</summary>
    public string? Find(string key)
    {
        var path = PathOf(key);
        return File.Exists(path) ? path : null;
    }

    /// <summary>
    /// Stores <paramref name="image"/> atomically (a temporary file, then a rename) and returns its path. A cache that
    /// cannot be written is not an error: the image is written to a temporary file instead.
    /// </summary>
    public string Store(string key, byte[] image)
    {
        var path = PathOf(key);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + "." + Environment.ProcessId + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temporary, image);
            File.Move(temporary, path, overwrite: true);
            return path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var fallback = Path.Combine(Path.GetTempPath(), "pdedsl-" + key + "-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N") + ".dll");
            File.WriteAllBytes(fallback, image);
            return fallback;
        }
    }
}
