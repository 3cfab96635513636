using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;

namespace PdeDsl;

/// <summary>
/// Puts a problem's own training defaults (<see cref="IPdeTrainingDefaults"/>) in front of the user's train arguments,
/// leaving out every default whose option the user gives (by any of its names, as <c>--name value</c> or
/// <c>--name=value</c>), so the command line always wins and no option appears twice.
/// </summary>
internal static class TrainingDefaults
{
    /// <summary><paramref name="args"/> (starting with the command's name) with the defaults after the name.</summary>
    public static string[] Apply(Command train, IReadOnlyList<string> defaults, string[] args) => Apply(train, defaults, args, out _);

    /// <summary>As <see cref="Apply(Command, IReadOnlyList{string}, string[])"/>, with the names of the options the file's values were kept for.</summary>
    public static string[] Apply(Command train, IReadOnlyList<string> defaults, string[] args, out IReadOnlyCollection<string> keptOptions)
    {
        var keptNames = new HashSet<string>();
        keptOptions = keptNames;
        var given = new HashSet<Option>(args.Skip(1).Select(a => Find(train, a)).OfType<Option>());
        var kept = new List<string>();
        for (int i = 0; i + 1 < defaults.Count; i += 2)
        {
            var option = Find(train, defaults[i]);
            if (option is not null && given.Contains(option)) continue;
            kept.Add(defaults[i]);
            kept.Add(defaults[i + 1]);
            if (option is not null) keptNames.Add(option.Name);
        }
        return new[] { args[0] }.Concat(kept).Concat(args.Skip(1)).ToArray();
    }

    /// <summary>A sentence for --help: the defaults the problem sets.</summary>
    public static string Describe(IReadOnlyList<string> defaults) =>
        "The problem's train statement sets: " + string.Join(" ", defaults) + " (options given here override them).";

    private static Option? Find(Command command, string token)
    {
        if (!token.StartsWith("-", StringComparison.Ordinal)) return null;
        int eq = token.IndexOf('=');
        var name = eq > 0 ? token.Substring(0, eq) : token;
        return command.Options.FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name));
    }
}
