using System;
using System.IO;
using System.Linq;

namespace PdeDsl.EndToEnd.Tests;

/// <summary>
/// Packs PdeDsl once per test run, with a version no earlier run used (so the NuGet cache never
/// serves a stale copy), built in its own artifacts folder so the repository's outputs are left alone;
/// the pdedsl tool (PdeDsl.Tool, same version) is packed and installed with <c>dotnet tool install --tool-path</c>
/// when a test first asks for it. Deletes everything it made, the cached copies of that version included.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    private readonly Lazy<string> tool;
    private readonly Lazy<string> compiler;

    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public PackedPackage()
    {
        tool = new Lazy<string>(InstallTool);
        compiler = new Lazy<string>(() => { Pack(Path.Combine("src", "PdeDsl.Compiler", "PdeDsl.Compiler.csproj"), "PdeDsl.Compiler"); return "PdeDsl.Compiler"; });
        Version = "0.1.0-e2e." + DateTime.UtcNow.Ticks;
        Root = Directory.CreateTempSubdirectory("pdedsl-e2e-").FullName;
        Feed = Path.Combine(Root, "feed");
        PackTime = Pack(Path.Combine("src", "PdeDsl.App", "PdeDsl.App.csproj"), "PdeDsl").Elapsed;

        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="pdedsl-local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        // Fresh projects here must not pick up any build settings from folders above.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />");
    }

    /// <summary>The installed pdedsl command (packed and installed on first use).</summary>
    public string Tool => tool.Value;

    /// <summary>How long packing the tool, and installing it, took; its package's size in bytes.</summary>
    public (TimeSpan Pack, TimeSpan Install, long Bytes) ToolSetup { get; private set; }

    /// <summary>How long packing took.</summary>
    public TimeSpan PackTime { get; }

    /// <summary>The package version of this run.</summary>
    public string Version { get; }

    /// <summary>The temporary folder that holds the feed and the user projects.</summary>
    public string Root { get; }

    /// <summary>The local package source.</summary>
    public string Feed { get; }

    /// <summary>Writes a console project that references only the PdeDsl package; returns its folder.</summary>
    public string CreateProject(string name, params (string Path, string Text)[] files) =>
        Write(name, "<OutputType>Exe</OutputType>", $"<PackageReference Include=\"PdeDsl\" Version=\"{Version}\" />", files);

    /// <summary>
    /// Writes a console project that references only the PdeDsl.Compiler package (packed on first use; PdeDsl comes with
    /// it as its dependency); returns its folder.
    /// </summary>
    public string CreateCompilerProject(string name, params (string Path, string Text)[] files) =>
        Write(name, "<OutputType>Exe</OutputType>", $"<PackageReference Include=\"{compiler.Value}\" Version=\"{Version}\" />", files);

    /// <summary>
    /// Writes an xunit test project that references the PdeDsl.Compiler package and ApprovalTests (the versions this
    /// repository's own tests use); returns its folder.
    /// </summary>
    public string CreateSnapshotTestProject(string name, params (string Path, string Text)[] files) =>
        // NU1603: the package source serves ApprovalTests' dependencies at nearby versions (a warning, kept as one).
        Write(name, "<IsTestProject>true</IsTestProject><WarningsNotAsErrors>NU1603</WarningsNotAsErrors>", $"""
            <PackageReference Include="{compiler.Value}" Version="{Version}" />
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
                <PackageReference Include="xunit" Version="2.9.3" />
                <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
                <PackageReference Include="ApprovalTests" Version="7.0.0" />
            """, files);

    private string Write(string name, string kind, string references, (string Path, string Text)[] files)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                {kind}
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RootNamespace>{name}</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                {references}
              </ItemGroup>
            </Project>
            """);
        foreach (var (path, text) in files) File.WriteAllText(Path.Combine(folder, path), text);
        return folder;
    }

    /// <summary>
    /// Runs dotnet in a user project with switches that keep the test machine tidy and fast: no lingering
    /// build nodes or compiler server, and hard links instead of copies of libtorch's 600 MB (the native
    /// fix writes its patched library as a new file, so the NuGet cache is never changed through a link).
    /// </summary>
    public static DotnetProcess.Result Dotnet(string folder, params string[] arguments) =>
        DotnetProcess.Run(folder, arguments.Concat(new[]
        {
            "-nodeReuse:false", "-p:UseSharedCompilation=false", "-p:CreateHardLinksForCopyLocalIfPossible=true",
        }), Timeout);

    /// <summary>Builds the project in Release (restoring it), then runs it with <paramref name="arguments"/>.</summary>
    public static DotnetProcess.Result BuildAndRun(string folder, params string[] arguments)
    {
        var build = Dotnet(folder, "build", "-c", "Release");
        if (build.ExitCode != 0) return build;
        var run = DotnetProcess.Run(folder, new[] { "run", "--no-build", "-c", "Release", "--" }.Concat(arguments), Timeout);
        return run with { Output = build.Output + run.Output, Elapsed = build.Elapsed + run.Elapsed };
    }

    /// <summary>Packs <paramref name="project"/> (relative to the repository) into the feed as <paramref name="id"/> of this run's version.</summary>
    private DotnetProcess.Result Pack(string project, string id)
    {
        var repository = RepositoryRoot();
        var pack = DotnetProcess.Run(repository, new[]
        {
            "pack", Path.Combine(repository, project),
            "-c", "Release", "-o", Feed, "-p:Version=" + Version,
            "-p:UseArtifactsOutput=true", "-p:ArtifactsPath=" + Path.Combine(Root, "build"),
            "-nodeReuse:false", "-p:UseSharedCompilation=false",
        }, Timeout);
        Assert.True(pack.ExitCode == 0, "dotnet pack failed: " + pack);
        Assert.True(File.Exists(Path.Combine(Feed, $"{id}.{Version}.nupkg")), "No package in " + Feed + "\n" + pack);
        return pack;
    }

    // The command, dotnet tool install --tool-path T --add-source FEED PdeDsl.Tool --prerelease, with this run's
    // exact version instead of --prerelease (the two do not go together), so no other source's PdeDsl.Tool is chosen.
    private string InstallTool()
    {
        var pack = Pack(Path.Combine("src", "PdeDsl.Tool", "PdeDsl.Tool.csproj"), "PdeDsl.Tool");
        var folder = Path.Combine(Root, "tool");
        var install = DotnetProcess.Run(Root, new[]
        {
            "tool", "install", "--tool-path", folder, "--add-source", Feed, "PdeDsl.Tool", "--version", Version,
        }, Timeout);
        Assert.True(install.ExitCode == 0, "dotnet tool install failed: " + install);
        ToolSetup = (pack.Elapsed, install.Elapsed, new FileInfo(Path.Combine(Feed, $"PdeDsl.Tool.{Version}.nupkg")).Length);
        return Path.Combine(folder, "pdedsl");
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        foreach (var id in new[] { "pdedsl", "pdedsl.tool", "pdedsl.compiler" })
        {
            var cached = Path.Combine(Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"), id, Version);
            try
            {
                if (Directory.Exists(cached)) Directory.Delete(cached, recursive: true);
                var parent = Path.GetDirectoryName(cached)!;
                if (Directory.Exists(parent) && Directory.GetFileSystemEntries(parent).Length == 0) Directory.Delete(parent);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PdeDsl.sln"))) return dir.FullName;
        throw new InvalidOperationException("PdeDsl.sln not found above " + AppContext.BaseDirectory);
    }
}
