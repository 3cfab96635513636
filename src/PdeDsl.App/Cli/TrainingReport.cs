using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PdeDsl;

/// <summary>
/// The JSON report of a run (docs/training.md): problem, backend, estimator, sigma, samples, steps, device, dims, params,
/// seconds, stepsPerSecond, finalValidationLoss, mse, relativeL2Error, relativeL2StandardError and history, plus the rest of the settings and why the run stopped.
/// Non-finite numbers are written as null (JSON has no NaN).
/// </summary>
public static class TrainingReport
{
    /// <summary>The report of <paramref name="trainer"/>'s run that ended with <paramref name="result"/>.</summary>
    public static JsonObject Build(Trainer trainer, TrainingResult result)
    {
        var o = trainer.Options;
        bool stein = o.Backend == BackendKind.Stein;
        bool sampled = stein || o.Backend.IsDirectional();
        var problem = trainer.Problem;
        return new JsonObject
        {
            ["problem"] = problem.Name,
            ["backend"] = o.Backend.ToName(),
            ["directions"] = o.Backend.IsDirectional() ? o.Directions.ToName() : null,
            ["estimator"] = stein ? o.Estimator.ToReportName() : null,
            ["sigma"] = stein || o.Backend == BackendKind.Difference ? o.Sigma : null,
            ["samples"] = sampled ? o.Samples : null,
            ["noise"] = sampled ? (o.NoiseMode == NoiseMode.PerPoint ? "perPoint" : "shared") : null,
            ["unbiasedResidualSquare"] = sampled ? o.UnbiasedResidualSquare : null,
            ["noiseGroups"] = sampled ? o.IndependentGroups : null,
            ["valueSamples"] = stein ? o.EffectiveValueSamples : null,
            ["evaluationSamples"] = sampled ? o.EvaluationSamples : null,
            ["steps"] = result.StepsCompleted,
            ["plannedSteps"] = o.Steps,
            ["device"] = trainer.Device.type.ToString().ToLowerInvariant(),
            ["precision"] = o.Precision == Precision.Float64 ? "float64" : "float32",
            ["dims"] = new JsonObject(problem.Dims.Select(p => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(p.Key, p.Value))),
            ["params"] = Numbers(problem.Params),
            ["vectorParams"] = new JsonObject(problem.VectorParams.Select(p => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(p.Key, new JsonArray(p.Value.Select(v => Number(v)).ToArray())))),
            ["learningRate"] = o.LearningRate,
            ["learnedParamLearningRate"] = o.EffectiveLearnedParamLearningRate,
            ["interiorPoints"] = o.InteriorPoints,
            ["conditionPoints"] = o.ConditionPoints,
            ["conditionWeight"] = o.ConditionWeight is double weight ? weight : "auto",
            ["conditionWeightUsed"] = Number(trainer.ConditionWeight),
            ["outputScale"] = o.OutputScale is double given ? given : "auto",
            ["outputScales"] = new JsonArray(trainer.OutputScales.Select(s => (JsonNode?)Number(s)).ToArray()),
            ["radialFeature"] = TrainingSettings.Find("--radial-feature")!.Current(o),
            ["inputScale"] = TrainingSettings.Find("--input-scale")!.Current(o),
            ["inputMap"] = trainer.Network.InputMap?.ToString(),
            ["firstLayerGain"] = o.FirstLayerGain,
            ["hiddenLayers"] = o.HiddenLayers,
            ["hiddenWidth"] = o.HiddenWidth,
            ["seed"] = o.Seed,
            ["validationPoints"] = o.ValidationPoints,
            ["seconds"] = Number(result.Seconds),
            ["stepsPerSecond"] = Number(result.StepsPerSecond),
            ["finalValidationLoss"] = Number(result.FinalValidationLoss),
            ["mse"] = result.Mse is double mse ? Number(mse) : null,
            ["relativeL2Error"] = result.RelativeL2Error is double relative ? Number(relative) : null,
            ["relativeL2StandardError"] = result.RelativeL2StandardError is double se ? Number(se) : null,
            ["stopReason"] = JsonNamingPolicy.CamelCase.ConvertName(result.StopReason.ToString()),
            ["message"] = result.Message,
            ["history"] = new JsonArray(result.History.Select(h => (JsonNode)new JsonObject
            {
                ["step"] = h.Step,
                ["trainLoss"] = Number(h.TrainLoss),
                ["validationLoss"] = Number(h.ValidationLoss),
                ["mse"] = h.Mse is double m ? Number(m) : null,
                ["seconds"] = Number(h.Seconds),
                ["params"] = h.LearnedParams is null ? null : Numbers(h.LearnedParams),
            }).ToArray()),
            ["unknowns"] = new JsonArray(trainer.Unknowns.Select(u => (JsonNode?)u).ToArray()),
            ["mseByUnknown"] = trainer.Unknowns.Count > 1 ? Numbers(trainer.MeanSquaredErrorByUnknown()) : null,
            ["relativeL2ErrorByUnknown"] = trainer.Unknowns.Count > 1 ? Numbers(trainer.RelativeL2ErrorByUnknown()) : null,
            ["learnedParams"] = new JsonArray(trainer.LearnedParams.Keys.Select(k => (JsonNode?)k).ToArray()),
            ["observations"] = new JsonArray(trainer.Observations.Select(d => (JsonNode)new JsonObject
            {
                ["file"] = d.File,
                ["path"] = d.Path,
                ["unknowns"] = new JsonArray(d.Unknowns.Select(u => (JsonNode?)u).ToArray()),
                ["rows"] = d.Rows,
            }).ToArray()),
        };
    }

    private static JsonObject Numbers(System.Collections.Generic.IReadOnlyDictionary<string, double?> values) =>
        new(values.Select(p => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(p.Key, p.Value is double v ? Number(v) : null)));

    private static JsonObject Numbers(System.Collections.Generic.IReadOnlyDictionary<string, double> values) =>
        new(values.Select(p => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(p.Key, Number(p.Value))));

    /// <summary>A JSON number, or null when <paramref name="value"/> is NaN or infinite.</summary>
    public static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;

    /// <summary>Writes <paramref name="report"/> indented to <paramref name="path"/>, atomically.</summary>
    public static void Write(JsonObject report, string path)
    {
        string text = report.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        Checkpoint.WriteAtomically(path, stream =>
        {
            var bytes = Encoding.UTF8.GetBytes(text + "\n");
            stream.Write(bytes, 0, bytes.Length);
        });
    }
}
