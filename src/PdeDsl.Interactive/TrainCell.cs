using System;
using System.Collections.Generic;
using System.Linq;

namespace PdeDsl;

/// <summary>
/// A <c>#!pde</c> cell of one line, <c>train NAME [options]</c>: which problem to train, its dims and params
/// (<c>--dim n=100</c>, <c>--param k=2</c>) and training settings as the command line spells them (<c>--steps 500</c>).
/// </summary>
internal sealed record TrainCell(string Problem, IReadOnlyList<(string Name, int Value)> Dims,
    IReadOnlyList<(string Name, double Value)> Params, IReadOnlyList<string> Settings)
{
    /// <summary>Whether <paramref name="code"/> is a train cell (a problem's text never starts with <c>train</c>).</summary>
    public static bool Is(string code) => Lines(code) is [var only] && (only == "train" || only.StartsWith("train ", StringComparison.Ordinal));

    /// <summary>The cell's request, or an ArgumentException that says what is wrong in one sentence.</summary>
    public static TrainCell Parse(string code)
    {
        var words = Lines(code).Single().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words[1].StartsWith('-'))
            throw new ArgumentException("A train cell names the problem to train: train NAME [--steps N] [--dim n=100] [--param k=2] ...");
        var dims = new List<(string, int)>();
        var parameters = new List<(string, double)>();
        var settings = new List<string>();
        for (int i = 2; i < words.Length; i += 2)
        {
            string option = words[i];
            if (i + 1 >= words.Length) throw new ArgumentException($"{option} needs a value.");
            string value = words[i + 1];
            switch (option)
            {
                case "--dim":
                    dims.Add(NameValue.Dim(value));
                    break;
                case "--param":
                    parameters.Add(NameValue.Param(value));
                    break;
                default:
                    var setting = TrainingSettings.All.FirstOrDefault(s => s.Option == option || s.Aliases.Contains(option))
                        ?? throw new ArgumentException($"'{option}' is not an option of a train cell; they are --dim, --param and {string.Join(", ", TrainingSettings.All.Select(s => s.Option))}.");
                    settings.Add(setting.Option);
                    settings.Add(value);
                    break;
            }
        }
        return new TrainCell(words[1], dims, parameters, settings);
    }

    // The cell's lines that say something (comments and blank lines aside).
    private static string[] Lines(string code) => code.Split('\n')
        .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal)).ToArray();
}
