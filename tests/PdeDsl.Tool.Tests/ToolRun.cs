using System;
using System.IO;

namespace PdeDsl.Tool.Tests;

/// <summary>Runs the tool in process with a private cache folder and captures its exit code, output and errors.</summary>
internal sealed class ToolRun : IDisposable
{
    public ToolRun()
    {
        Folder = Path.Combine(Path.GetTempPath(), "pdedsl-tool-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        CacheFolder = Path.Combine(Folder, "cache");
    }

    public string Folder { get; }

    public string CacheFolder { get; }

    public string File(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = ToolApp.Run(args, output, error, CacheFolder);
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
