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

    public TrainBinder(DiagnosticBag diagnostics, Func<SourceSpan, SourceSpan> toModelSpan)
    {
        this.diagnostics = diagnostics;
        this.toModelSpan = toModelSpan;
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
}
