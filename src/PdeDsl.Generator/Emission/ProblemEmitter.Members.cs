using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PdeDsl.Language;
using PdeDsl.Language.Lowering;

namespace PdeDsl.Generator.Emission;

/// <summary>The members that describe the problem: name, dims and params, the input layout, lookups by name.</summary>
internal static partial class ProblemEmitter
{
    private static void WriteDimsAndParams(SourceWriter w, EmitProblem problem, Naming naming, ConstantEmitter constants)
    {
        w.Line($"/// <inheritdoc/>");
        w.Line($"public string Name => {CSharpText.String(problem.Name)};");
        foreach (var dim in problem.Dims)
        {
            var value = dim.DefaultValue.ToString(CultureInfo.InvariantCulture);
            var field = Naming.Field(dim.Name);
            w.Line();
            w.Line($"private int {field} = {value};");
            w.Line();
            w.Line($"/// <summary>The dim <c>{CSharpText.Xml(dim.Name)}</c> (default {value}); a run may change it. At least 1.</summary>");
            w.Line($"public int {naming.Dim(dim.Name)}");
            w.Open();
            w.Line($"get => {field};");
            w.Line($"set => {field} = value >= 1 ? value : throw new global::System.ArgumentOutOfRangeException(nameof(value), value, {CSharpText.String($"The dim {dim.Name} must be at least 1.")});");
            w.Close();
        }
        foreach (var param in problem.Params.Where(p => !p.IsVector))
        {
            w.Line();
            w.Line($"/// <summary>The param <c>{CSharpText.Xml(param.Name)}</c> (default {param.DefaultValue.ToString("R", CultureInfo.InvariantCulture)}); a run may change it.</summary>");
            w.Line($"public double {naming.Param(param.Name)} {{ get; set; }} = {ConstantEmitter.Literal(param.DefaultValue).Trim('(', ')')};");
        }
    }

    private static void WriteLayout(SourceWriter w, EmitProblem problem, Naming naming, ConstantEmitter constants)
    {
        w.Line();
        w.Line("// The input layout: coordinates in declaration order, vector lengths from the current dims.");
        var offset = new List<string>();
        int constant = 0;
        foreach (var c in problem.Coordinates)
        {
            w.Line($"private int {Naming.Offset(c.Name)} => {Sum(constant, offset)};");
            if (c.Length is { } length)
            {
                w.Line($"private int {Naming.Length(c.Name)} => {Sum(length.Constant, length.Dims.Select(naming.Dim).ToList())};");
                constant += length.Constant;
                offset.AddRange(length.Dims.Select(naming.Dim));
            }
            else
            {
                constant += 1;
            }
        }
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public int InputDimension => {Sum(constant, offset)};");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public global::System.Collections.Generic.IReadOnlyList<global::PdeDsl.CoordinateInfo> Coordinates => new global::PdeDsl.CoordinateInfo[]");
        w.Open();
        foreach (var c in problem.Coordinates)
        {
            var length = c.IsVector ? Naming.Length(c.Name) : "1";
            var set = c.Set == CoordinateSet.Interval ? "" : ", global::PdeDsl.CoordinateSet." + c.Set;
            var periodic = c.Periodic ? ", Periodic: true" : "";
            w.Line($"new({CSharpText.String(c.Name)}, {Naming.Offset(c.Name)}, {length}, {Bool(c.IsVector)}, {Bool(c.IsTime)}, {constants.Emit(c.Lower)}, {constants.Emit(c.Upper)}{set}{periodic}),");
        }
        w.Close(";");
    }

    private static void WriteDictionaries(SourceWriter w, EmitProblem problem, Naming naming)
    {
        WriteDictionary(w, "Dims", "int", problem.Dims.Select(d => (d.Name, naming.Dim(d.Name))).ToList());
        var scalars = problem.Params.Where(p => !p.IsVector).ToList();
        WriteDictionary(w, "Params", "double", scalars.Select(p => (p.Name, naming.Param(p.Name))).ToList());
        WriteSetter(w, problem, "SetDim", "int", "dim", problem.Dims.Select(d => (d.Name, naming.Dim(d.Name))).ToList());
        WriteSetter(w, problem, "SetParam", "double", "param", scalars.Select(p => (p.Name, naming.Param(p.Name))).ToList(),
            problem.Params.Where(p => p.IsVector).Select(p => p.Name).ToList());
    }

    private static void WriteDictionary(SourceWriter w, string property, string type, List<(string Name, string Property)> entries)
    {
        w.Line();
        w.Line("/// <inheritdoc/>");
        var dictionary = $"global::System.Collections.Generic.Dictionary<string, {type}>";
        if (entries.Count == 0)
        {
            w.Line($"public global::System.Collections.Generic.IReadOnlyDictionary<string, {type}> {property} => new {dictionary}();");
            return;
        }
        w.Line($"public global::System.Collections.Generic.IReadOnlyDictionary<string, {type}> {property} => new {dictionary}");
        w.Open();
        foreach (var (name, prop) in entries) w.Line($"[{CSharpText.String(name)}] = {prop},");
        w.Close(";");
    }

    private static void WriteSetter(SourceWriter w, EmitProblem problem, string method, string type, string what, List<(string Name, string Property)> entries,
        List<string>? vectors = null)
    {
        var known = entries.Count == 0 ? $"it has no {what}s" : $"its {what}s are: {string.Join(", ", entries.Select(e => e.Name))}";
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public void {method}(string name, {type} value)");
        w.Open();
        w.Line("switch (name)");
        w.Open();
        foreach (var (name, prop) in entries)
            w.Line($"case {CSharpText.String(name)}: {prop} = value; break;");
        foreach (var name in vectors ?? new List<string>())
            w.Line($"case {CSharpText.String(name)}: throw new global::System.ArgumentException({CSharpText.String($"{name} is a vector param: --param sets scalar params only; its values are those of its declaration, or drawn from the run's --seed (change the seed to draw others).")}, nameof(name));");
        w.Line($"default: throw new global::System.ArgumentException({CSharpText.String($"The problem {problem.Name} has no {what} '")} + name + {CSharpText.String($"'; {known}.")}, nameof(name));");
        w.Close();
        w.Close();
    }
}
