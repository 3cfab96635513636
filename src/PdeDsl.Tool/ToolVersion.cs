using System.Reflection;

namespace PdeDsl.Tool;

/// <summary>The tool's version: also the PdeDsl package version that <c>pdedsl new</c> references.</summary>
internal static class ToolVersion
{
    /// <summary>The informational version (with the source revision after '+', when the build recorded one).</summary>
    public static string Informational { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The package version: the informational version without its source revision.</summary>
    public static string Package { get; } = Informational.Split('+')[0];
}
