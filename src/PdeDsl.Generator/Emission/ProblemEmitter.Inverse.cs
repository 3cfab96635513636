using System.Globalization;
using System.Linq;
using PdeDsl.Language;
using PdeDsl.Language.Lowering;

namespace PdeDsl.Generator.Emission;

/// <summary>Inverse problems: learned params (tensors the trainer attaches) and observations (files the runtime reads).</summary>
internal static partial class ProblemEmitter
{
    private static string InverseInterfaces(EmitProblem problem) =>
        (problem.Unknowns.Count > 1 ? ", global::PdeDsl.IUnknowns" : "")
        + (problem.Params.Any(p => p.Learned) ? ", global::PdeDsl.ILearnedParams" : "")
        + (problem.Observations.Count > 0 ? ", global::PdeDsl.IObservedProblem" : "");

    private static void WriteInverseMembers(SourceWriter w, EmitProblem problem)
    {
        var learned = problem.Params.Where(p => p.Learned).ToList();
        if (learned.Count > 0)
        {
            w.Line();
            w.Line("// Learned params: the trainer attaches a [1] tensor per param (on its optimiser); residuals read it, not the property.");
            w.Line("private readonly global::System.Collections.Generic.Dictionary<string, global::TorchSharp.torch.Tensor> pdeLearnedTensors = new();");
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line($"public global::System.Collections.Generic.IReadOnlyList<string> LearnedParams => new[] {{ {string.Join(", ", learned.Select(p => CSharpText.String(p.Name)))} }};");
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line($"public void AttachLearnedParam(string name, {TensorType}? value)");
            w.Open();
            w.Line($"if ({string.Join(" && ", learned.Select(p => $"name != {CSharpText.String(p.Name)}"))})");
            w.Line($"    throw new global::System.ArgumentException({CSharpText.String($"The problem {problem.Name} learns no param '")} + name + {CSharpText.String($"'; it learns: {string.Join(", ", learned.Select(p => p.Name))}.")}, nameof(name));");
            w.Line("if (value is null) pdeLearnedTensors.Remove(name);");
            w.Line("else pdeLearnedTensors[name] = value;");
            w.Close();
            w.Line();
            w.Line($"private {TensorType} {TensorEmitter.LearnedHelper}(string name, double value, {TensorType} points) =>");
            w.Line("    pdeLearnedTensors.TryGetValue(name, out var attached) ? attached : global::TorchSharp.torch.full(new long[] { 1 }, value, dtype: points.dtype, device: points.device);");
        }
        if (problem.Observations.Count > 0)
        {
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line("public global::System.Collections.Generic.IReadOnlyList<global::PdeDsl.Observation> Observations => new global::PdeDsl.Observation[]");
            w.Open();
            foreach (var o in problem.Observations)
                w.Line($"new({CSharpText.String(o.File)}, new[] {{ {string.Join(", ", o.Unknowns.Select(CSharpText.String))} }}, {o.Span.Line.ToString(CultureInfo.InvariantCulture)}),");
            w.Close(";");
        }
    }
}
