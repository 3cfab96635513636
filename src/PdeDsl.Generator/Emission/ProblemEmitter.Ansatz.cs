using System.Globalization;
using System.Linq;
using PdeDsl.Language;
using PdeDsl.Language.Lowering;

namespace PdeDsl.Generator.Emission;

/// <summary>Vector params (held by the problem, drawn from its <c>ParamSeed</c>) and the ansatz's <c>Solution</c>.</summary>
internal static partial class ProblemEmitter
{
    private static void WriteVectorParams(SourceWriter w, EmitProblem problem, Naming naming, ConstantEmitter constants)
    {
        var vectors = problem.Params.Where(p => p.IsVector).ToList();
        if (vectors.Count == 0) return;
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public long ParamSeed { get; set; } = 1;");
        for (int k = 0; k < vectors.Count; k++)
        {
            var p = vectors[k];
            var field = Naming.VectorParam(p.Name);
            var (length, a, b) = VectorArguments(p, naming, constants);
            var make = p.Law is null
                ? $"global::PdeDsl.VectorParam.Constant({CSharpText.String(p.Name)})"
                : $"global::PdeDsl.VectorParam.Normal({CSharpText.String(p.Name)}, {k.ToString(CultureInfo.InvariantCulture)})";
            w.Line();
            w.Line($"private readonly global::PdeDsl.VectorParam {field} = {make};");
            w.Line();
            w.Line(p.Law is null
                ? $"/// <summary>The vector param <c>{CSharpText.Xml(p.Name)}</c> (length {CSharpText.Xml(p.Length!.ToString())}, every component {ConstantEmitter.Literal(p.DefaultValue).Trim('(', ')')}).</summary>"
                : $"/// <summary>The vector param <c>{CSharpText.Xml(p.Name)}</c> (length {CSharpText.Xml(p.Length!.ToString())}), drawn from normal({CSharpText.Xml(DslText.Of(p.Law.Mean!))}, {CSharpText.Xml(DslText.Of(p.Law.Deviation!))}) with <see cref=\"ParamSeed\"/>.</summary>");
            w.Line($"public double[] {naming.Param(p.Name)} => {field}.Values({length}, {a}, {b}, ParamSeed);");
            w.Line();
            w.Line($"private {TensorType} {field}Rows({TensorType} points) => {field}.Rows(points, {length}, {a}, {b}, ParamSeed);");
        }
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public global::System.Collections.Generic.IReadOnlyDictionary<string, double[]> VectorParams => new global::System.Collections.Generic.Dictionary<string, double[]>");
        w.Open();
        foreach (var p in vectors) w.Line($"[{CSharpText.String(p.Name)}] = {naming.Param(p.Name)},");
        w.Close(";");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public void SetVectorParam(string name, double[] values)");
        w.Open();
        w.Line("switch (name)");
        w.Open();
        foreach (var p in vectors) w.Line($"case {CSharpText.String(p.Name)}: {Naming.VectorParam(p.Name)}.Assign(values); break;");
        w.Line($"default: throw new global::System.ArgumentException({CSharpText.String($"The problem {problem.Name} has no vector param '")} + name + {CSharpText.String($"'; its vector params are: {string.Join(", ", vectors.Select(v => v.Name))}.")}, nameof(name));");
        w.Close();
        w.Close();
    }

    private static (string Length, string A, string B) VectorArguments(ParamModel p, Naming naming, ConstantEmitter constants)
    {
        var length = Sum(p.Length!.Constant, p.Length.Dims.Select(naming.Dim).ToList());
        return p.Law is { } law
            ? (length, constants.Emit(law.Mean!), constants.Emit(law.Deviation!))
            : (length, ConstantEmitter.Literal(p.DefaultValue), "0.0");
    }

    /// <summary><c>Solution(points, network)</c>: the ansatz with the network's value for net; nothing (the interface's identity) without one.</summary>
    private static bool WriteSolution(SourceWriter w, EmitProblem problem, ConstantEmitter constants)
    {
        if (problem.Ansatz is not { } ansatz) return false;
        w.Line();
        w.Line($"/// <inheritdoc/>");
        w.Line($"public {TensorType} Solution({TensorType} points, {TensorType} network)");
        w.Open();
        var tensors = new TensorEmitter(w, constants, "points", "derivatives") { NetworkCode = "network" };
        w.Line($"return {tensors.EmitScalarTensor(ansatz.Value)};");
        w.Close();
        return tensors.UsesComponent;
    }
}
