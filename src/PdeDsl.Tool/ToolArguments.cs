using System;
using System.Collections.Generic;
using System.Linq;

namespace PdeDsl.Tool;

/// <summary>
/// A command's arguments after its name: the tool's own options are taken out by name (the last of a repeated
/// option wins), the rest stay in order for the trainer. Small by design: the tool has few options of its own.
/// </summary>
internal sealed class ToolArguments
{
    private readonly List<string> rest;

    public ToolArguments(IEnumerable<string> arguments) => rest = arguments.ToList();

    /// <summary>Whether <c>-h</c>, <c>--help</c> or <c>-?</c> is among the arguments.</summary>
    public bool WantsHelp => rest.Any(IsHelp);

    /// <summary>The arguments not yet taken.</summary>
    public IReadOnlyList<string> Rest => rest;

    public static bool IsHelp(string argument) => argument is "-h" or "--help" or "-?" or "/?";

    /// <summary>Takes <c>--name value</c> or <c>--name=value</c> (every occurrence; the last wins), or null when absent.</summary>
    public string? TakeValue(string name)
    {
        string? value = null;
        for (int i = 0; i < rest.Count;)
        {
            if (rest[i] == name)
            {
                if (i + 1 >= rest.Count || rest[i + 1].StartsWith("--", StringComparison.Ordinal))
                    throw new UsageException($"option {name} needs a value");
                value = rest[i + 1];
                rest.RemoveRange(i, 2);
            }
            else if (rest[i].StartsWith(name + "=", StringComparison.Ordinal))
            {
                value = rest[i].Substring(name.Length + 1);
                rest.RemoveAt(i);
            }
            else i++;
        }
        return value;
    }

    /// <summary>Takes the leading arguments that are not options (the files).</summary>
    public IReadOnlyList<string> TakeFiles()
    {
        var files = rest.TakeWhile(a => !a.StartsWith("-", StringComparison.Ordinal) || a == "-").ToList();
        rest.RemoveRange(0, files.Count);
        return files;
    }

    /// <summary>Refuses anything left over (for commands that forward nothing).</summary>
    public void RequireEmpty(string command)
    {
        if (rest.Count == 0) return;
        var first = rest[0];
        throw new UsageException(first.StartsWith("-", StringComparison.Ordinal)
            ? $"unknown option '{first}' for '{command}' (see pdedsl {command} --help)"
            : $"unexpected argument '{first}' for '{command}' (see pdedsl {command} --help)");
    }
}
