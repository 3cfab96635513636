using System;
using System.Collections.Generic;
using System.Linq;
using PdeDsl.Language.Diagnostics;
using PdeDsl.Language.Syntax;

namespace PdeDsl.Language.Binding;

/// <summary>
/// Binds a problem's <c>train</c> statements into trainer options (docs/language.md, "Training settings"): each key must be a known
/// training setting with a good value, and no setting may be given twice (a shorthand counts as the options it sets).
/// </summary>
internal sealed class TrainBinder
{
    private readonly DiagnosticBag diagnostics;
    private readonly Func<SourceSpan, SourceSpan> toModelSpan;
    private readonly Dictionary<string, SourceSpan> given = new(StringComparer.Ordinal);
    private readonly List<TrainSettingModel> settings = new();
    private readonly IReadOnlyList<CoordinateModel> coordinates;

    public TrainBinder(DiagnosticBag diagnostics, Func<SourceSpan, SourceSpan> toModelSpan, IReadOnlyList<CoordinateModel> coordinates)
    {
        this.diagnostics = diagnostics;
        this.toModelSpan = toModelSpan;
        this.coordinates = coordinates;
    }

    /// <summary>The settings bound so far, in order.</summary>
    public EquatableArray<TrainSettingModel> Settings => settings.ToEquatableArray();

    public void Bind(TrainSyntax train)
    {
        foreach (var s in train.Settings)
        {
            var (options, error) = TrainKeys.Check(s.Key, s.Value);
            if (error is not null)
            {
                diagnostics.Error(DiagnosticCodes.BadTrainSetting, TrainKeys.Keys.Contains(s.Key) ? s.ValueSpan : s.KeySpan, error);
                continue;
            }
            if (RadialFeatureProblem(s.Key, s.Value) is { } radial)
            {
                diagnostics.Error(DiagnosticCodes.BadTrainSetting, s.ValueSpan, radial);
                continue;
            }
            foreach (var (option, value) in options)
            {
                if (given.TryGetValue(option, out var earlier))
                {
                    diagnostics.Error(DiagnosticCodes.BadTrainSetting, s.KeySpan,
                        $"the training setting {option.Substring(2)} is already given at line {earlier.Line}; give each setting once");
                    break;
                }
                given[option] = s.KeySpan;
                settings.Add(new TrainSettingModel(option, value, toModelSpan(s.KeySpan)));
            }
        }
    }

    // The radial feature reads a vector coordinate's |x|² and cannot sit beside the periodic map: said here rather than
    // when the run starts.
    private string? RadialFeatureProblem(string key, string value)
    {
        if (key != "radial-feature" || value == "false") return null;
        if (!coordinates.Any(c => c.Length is not null))
            return $"radial-feature = {value} needs a vector coordinate, as in domain x in R^n, and this problem's coordinates ({string.Join(", ", coordinates.Select(c => c.Name))}) are scalars; remove the setting";
        if (coordinates.FirstOrDefault(c => c.Periodic) is { } periodic)
            return $"radial-feature = {value} cannot be combined with the periodic coordinate {periodic.Name}; remove one of them";
        return null;
    }
}
