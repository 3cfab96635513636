using System.Threading;
using Microsoft.CodeAnalysis;
using PdeDsl.Generator.Model;

namespace PdeDsl.Generator.Extraction;

/// <summary>Reads a <c>.pde</c> additional file into plain data (an unreadable file reads as empty, which the parser reports).</summary>
internal static class FileExtractor
{
    public static bool IsPdeFile(AdditionalText file) =>
        file.Path.EndsWith(".pde", System.StringComparison.OrdinalIgnoreCase);

    public static PdeFileSource Read(AdditionalText file, string? rootNamespace, CancellationToken cancellationToken) =>
        new(file.Path, file.GetText(cancellationToken)?.ToString() ?? "", rootNamespace);
}
