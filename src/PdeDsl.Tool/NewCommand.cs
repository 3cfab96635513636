using System;
using System.IO;
using System.Linq;
using System.Text;

namespace PdeDsl.Tool;

/// <summary>
/// <c>pdedsl new NAME</c>: a ready console project in folder NAME: a .pde problem, the one-line Program.cs and a
/// csproj that references the PdeDsl package at this tool's version. <c>dotnet run</c> builds and trains it.
/// </summary>
internal static class NewCommand
{
    public const string Help = """
        Usage: pdedsl new NAME

        Creates the folder NAME with a console project that uses the PdeDsl package (at this tool's version):
          NAME.csproj   references PdeDsl; every .pde file of the folder is compiled by its generator
          poisson.pde   a 1-D Poisson problem with its exact solution and training defaults, to edit
          Program.cs    return PdeDsl.PdeApp.Run(new NAME.Poisson(), args);
        Then: cd NAME && dotnet run (or: pdedsl train NAME/poisson.pde, without building).
        The NuGet sources must serve PdeDsl (for a local feed: dotnet new nugetconfig, dotnet nuget add source).

        Options:
          -h, --help   show this help

        Exit codes: 0 done, 2 bad name or the folder exists and is not empty.
        """;

    /// <summary>The problem of a new project: small enough to train in seconds on a CPU, with an exact solution to compare with.</summary>
    public const string ProblemText = """
        // A 1-D Poisson problem: u'' = -pi^2 sin(pi x) on [0, 1], u = 0 at both ends; the exact solution is sin(pi x).
        // Edit the equation, the domain and the conditions; 'pdedsl check poisson.pde' checks the file without a build.
        problem Poisson {
          domain x in [0, 1]
          pde    u_xx = -pi^2*sin(pi*x)
          on boundary: u = 0
          exact  sin(pi*x)
          // Training defaults; options on the command line override them (dotnet run -- --steps 1000).
          train  steps = 300, samples = 64, network = 2x32 tanh, noise = per-point, lr = 5e-3
        }

        """;

    public static int Run(ToolArguments arguments, TextWriter output)
    {
        var names = arguments.TakeFiles();
        arguments.RequireEmpty("new");
        if (names.Count != 1) throw new UsageException("new takes one project name (pdedsl new NAME)");
        var folder = names[0];
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        if (name.Length == 0 || !name.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.') || !char.IsLetter(name[0]))
            throw new UsageException($"'{name}' is not a project name: use letters, digits, '_', '-' or '.', starting with a letter");
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new UsageException($"the folder {folder} exists and is not empty");
        if (File.Exists(folder)) throw new UsageException($"{folder} is a file");

        var rootNamespace = new string(name.Select(c => char.IsLetterOrDigit(c) || c == '.' ? c : '_').ToArray());
        try
        {
            Directory.CreateDirectory(folder);
            Write(folder, name + ".csproj", Project(rootNamespace));
            Write(folder, "poisson.pde", ProblemText);
            Write(folder, "Program.cs", $"return PdeDsl.PdeApp.Run(new {rootNamespace}.Poisson(), args);\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot create {folder}: {e.Message}");
        }
        output.WriteLine($"Created {folder} (PdeDsl {ToolVersion.Package}). Next: cd {folder} && dotnet run");
        return ExitCodes.Success;
    }

    private static string Project(string rootNamespace) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <RootNamespace>{rootNamespace}</RootNamespace>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="PdeDsl" Version="{ToolVersion.Package}" />
          </ItemGroup>
        </Project>

        """;

    private static void Write(string folder, string file, string text) =>
        File.WriteAllText(Path.Combine(folder, file), text.Replace("\r\n", "\n"), new UTF8Encoding(false));
}
