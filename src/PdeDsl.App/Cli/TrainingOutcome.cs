using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace PdeDsl;

/// <summary>What <see cref="PdeAppOptions.AfterTraining"/> sees: the trainer, its result, the report to extend and the summary rows.</summary>
public sealed class TrainingOutcome
{
    internal TrainingOutcome(Trainer trainer, TrainingResult result, JsonObject report)
    {
        Trainer = trainer;
        Result = result;
        Report = report;
    }

    /// <summary>The trainer, with the final weights.</summary>
    public Trainer Trainer { get; }

    /// <summary>How the run went.</summary>
    public TrainingResult Result { get; }

    /// <summary>The JSON report about to be written; add sections here.</summary>
    public JsonObject Report { get; }

    /// <summary>Rows (name, value) of the summary table printed at the end.</summary>
    public List<KeyValuePair<string, string>> Summary { get; } = new();
}
