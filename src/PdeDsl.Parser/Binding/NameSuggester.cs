using System;
using System.Collections.Generic;

namespace PdeDsl.Language.Binding;

/// <summary>Finds the known name closest to a misspelt one, for "did you mean ...?".</summary>
internal static class NameSuggester
{
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        int allowed = name.Length <= 3 ? 1 : 2;
        foreach (var c in candidates)
        {
            int d = Distance(name, c);
            if (d <= allowed && d < bestDistance) { best = c; bestDistance = d; }
        }
        return best;
    }

    /// <summary>Levenshtein distance (names are short).</summary>
    private static int Distance(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) row[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            int previous = row[0];
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int current = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }
        return row[b.Length];
    }
}
