using System.Globalization;
using System.Linq;
using PdeDsl.Language;
using PdeDsl.Language.Lowering;

namespace PdeDsl.Generator.Emission;

/// <summary>Several unknowns (<c>unknown u, v</c>): their names in output order and their exact solutions.</summary>
internal static partial class ProblemEmitter
{
    private static bool WriteUnknowns(SourceWriter w, EmitProblem problem, ConstantEmitter constants)
    {
        string Index(int k) => k.ToString(CultureInfo.InvariantCulture);
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public global::System.Collections.Generic.IReadOnlyList<string> Unknowns => new[] {{ {string.Join(", ", problem.Unknowns.Select(u => CSharpText.String(u.Name)))} }};");
        var exacts = problem.Unknowns.Select((unknown, k) => (k, Solution: unknown.Exact)).ToList();
        w.Line();
        w.Line("/// <inheritdoc/>");
        var known = exacts.Where(e => e.Solution is not null).Select(e => Index(e.k)).ToList();
        w.Line($"public bool HasExactSolutionOf(int unknown) => {(known.Count == 0 ? "false" : string.Join(" || ", known.Select(k => "unknown == " + k)))};");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public {TensorType} ExactSolutionOf(int unknown, {TensorType} points) => unknown switch");
        w.Open();
        foreach (var (k, solution) in exacts)
            if (solution is not null) w.Line($"{Index(k)} => {(k == 0 ? "ExactSolution(points)" : ExactOf(problem.Unknowns[k].Name) + "(points)")},");
        w.Line($"_ => throw new global::System.NotSupportedException({CSharpText.String($"In problem {problem.Name}, unknown ")} + unknown + {CSharpText.String(" has no exact solution (add 'exact v = ...').")}),");
        w.Close(";");
        bool usesComponent = false;
        foreach (var (k, solution) in exacts)
        {
            if (k == 0 || solution is null) continue;
            w.Line();
            w.Line($"// exact {problem.Unknowns[k].Name} = {CSharpText.OneLine(DslText.Of(solution))}");
            w.Line($"private {TensorType} {ExactOf(problem.Unknowns[k].Name)}({TensorType} points)");
            w.Open();
            var tensors = new TensorEmitter(w, constants, "points", "derivatives");
            w.Line($"return {tensors.EmitScalarTensor(solution)};");
            w.Close();
            usesComponent |= tensors.UsesComponent;
        }
        return usesComponent;
    }

    private static string ExactOf(string unknown) => "pdeExact_" + Naming.Identifier(unknown);
}
