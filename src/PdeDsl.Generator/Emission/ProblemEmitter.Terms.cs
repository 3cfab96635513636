using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PdeDsl.Generator.Model;
using PdeDsl.Language;
using PdeDsl.Language.Lowering;

namespace PdeDsl.Generator.Emission;

/// <summary>The loss terms: derivative requests, samplers, batched residuals and the exact solution.</summary>
internal static partial class ProblemEmitter
{
    private static void WriteTerms(SourceWriter w, EmitProblem problem, EquatableArray<EmitEquation> equations, EmitRequest request)
    {
        int pdeCount = equations.Count(e => e.IsPde);
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public global::System.Collections.Generic.IReadOnlyList<global::PdeDsl.ProblemTerm> Terms");
        w.Open();
        w.Line("get");
        w.Open();
        if (equations.Any(e => e.Request.NeedsSpatialColumns))
            w.Line($"var spatial = {Sampler}.SpatialColumns(Coordinates);");
        w.Line("return new global::PdeDsl.ProblemTerm[]");
        w.Open();
        for (int i = 0; i < equations.Count; i++)
        {
            var e = equations[i];
            var line = Line(request, i, e);
            w.Line(Comment(e, line));
            w.Line($"new({CSharpText.String(TermName(problem, e, i, pdeCount))}, global::PdeDsl.TermKind.{(e.IsPde ? "Pde" : "Condition")}, {CSharpText.String(Statement(e))}, {line.ToString(CultureInfo.InvariantCulture)}, new global::PdeDsl.DerivativeRequest");
            w.Open();
            WriteRequest(w, e.Request, i);
            w.Close("),");
        }
        w.Close(";");
        w.Close();
        w.Close();
    }

    private static void WriteRequest(SourceWriter w, EmitDerivativeRequest use, int term)
    {
        if (EstimatorComment(use) is { } comment) w.Line(comment);
        if (use.Value) w.Line("Value = true,");
        if (use.FirstPartials.Count > 0)
            w.Line($"FirstPartials = new[] {{ {string.Join(", ", use.FirstPartials.Select(Naming.Offset))} }},");
        if (use.Gradient || use.GradientSquaredNorm) w.Line("GradientColumns = spatial,");
        if (use.GradientSquaredNorm) w.Line("GradientSquaredNorm = true,");
        if (use.Laplacian) w.Line("LaplacianColumns = spatial,");
        if (use.SecondPartials.Count > 0)
            w.Line($"SecondPartials = new[] {{ {string.Join(", ", use.SecondPartials.Select(p => $"({Naming.Offset(p.First)}, {Naming.Offset(p.Second)})"))} }},");
        WriteHessianRequests(w, use, term);
        // Independent noise groups for the residual's products of estimates (the compiler's noise-grouping stage).
        if (use.Groups > 1) w.Line($"Groups = {use.Groups.ToString(CultureInfo.InvariantCulture)},");
    }

    // Which estimate the jet and difference backends make of each derivative (docs/runtime.md, "Directional estimators");
    // whether the spatial columns are few enough for every axis depends on the run's dims and K, so both cases are named.
    private static string? EstimatorComment(EmitDerivativeRequest use)
    {
        var parts = new List<string>();
        if (use.FirstPartials.Count > 0 || use.SecondPartials.Count > 0) parts.Add("partials along their axes (and e_a + e_b for mixed ones), exact");
        var spatial = new List<string>();
        if (use.Laplacian) spatial.Add("the Laplacian");
        if (use.GradientSquaredNorm) spatial.Add("|grad u|^2");
        else if (use.Gradient) spatial.Add("the gradient");
        if (spatial.Count > 0)
            parts.Add($"{string.Join(" and ", spatial)} over the spatial columns along every axis (exact) when they are at most K, else along K random directions (Hutchinson, unbiased)");
        parts.AddRange(HessianEstimatorComments(use));
        return parts.Count == 0 ? null : "// Jets and differences: " + string.Join("; ", parts) + ".";
    }

    private static void WriteSample(SourceWriter w, EmitProblem problem, EquatableArray<EmitEquation> equations, ConstantEmitter constants)
    {
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public {TensorType} Sample(int term, int count, global::TorchSharp.torch.Generator generator, global::TorchSharp.torch.Device device, global::TorchSharp.torch.ScalarType dtype) => term switch");
        w.Open();
        for (int i = 0; i < equations.Count; i++)
        {
            var region = equations[i].Region;
            var call = region.Kind switch
            {
                EmitRegionKind.BoxFaces => $"{Sampler}.Boundary(Coordinates, count, generator, device, dtype)",
                EmitRegionKind.Face => $"{Sampler}.Face(Coordinates, {Naming.Offset(region.Coordinate!)}, {constants.Emit(region.Value!)}, count, generator, device, dtype)",
                _ => $"{Sampler}.Interior(Coordinates, count, generator, device, dtype)",
            };
            w.Line($"{i.ToString(CultureInfo.InvariantCulture)} => {call},");
        }
        w.Line($"_ => throw {OutOfRange(problem, equations.Count)},");
        w.Close(";");
    }

    private static bool WriteResiduals(SourceWriter w, EmitProblem problem, EquatableArray<EmitEquation> equations, ConstantEmitter constants, EmitRequest request)
    {
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public {TensorType} Residual(int term, {TensorType} points, global::PdeDsl.DerivativeResult derivatives) => term switch");
        w.Open();
        for (int i = 0; i < equations.Count; i++)
            w.Line($"{i.ToString(CultureInfo.InvariantCulture)} => {Naming.Residual(i)}(points, derivatives),");
        w.Line($"_ => throw {OutOfRange(problem, equations.Count)},");
        w.Close(";");

        bool usesComponent = false;
        for (int i = 0; i < equations.Count; i++)
        {
            var e = equations[i];
            w.Line();
            w.Line(Comment(e, Line(request, i, e)));
            w.Line($"private {TensorType} {Naming.Residual(i)}({TensorType} points, global::PdeDsl.DerivativeResult derivatives)");
            w.Open();
            var tensors = new TensorEmitter(w, constants, "points", "derivatives") { NormalCode = NormalCode(problem, e.Region, constants), Unknowns = problem.Unknowns.Select(u => u.Name).ToList(), Request = e.Request };
            w.Line($"return {tensors.EmitScalarTensor(e.Residual)};");
            w.Close();
            usesComponent |= tensors.UsesComponent;
        }
        return usesComponent;
    }

    private static bool WriteExact(SourceWriter w, EmitProblem problem, ConstantEmitter constants)
    {
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public bool HasExactSolution => {Bool(problem.Exact is not null)};");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public {TensorType} ExactSolution({TensorType} points)");
        w.Open();
        bool usesComponent = false;
        if (problem.Exact is { } exact)
        {
            var tensors = new TensorEmitter(w, constants, "points", "derivatives");
            w.Line($"return {tensors.EmitScalarTensor(exact)};");
            usesComponent = tensors.UsesComponent;
        }
        else
        {
            w.Line($"throw new global::System.NotSupportedException({CSharpText.String($"The problem {problem.Name} has no exact solution (add an 'exact' statement).")});");
        }
        w.Close();
        return usesComponent;
    }

    private static void WriteComponentHelper(SourceWriter w, EmitProblem problem)
    {
        w.Line();
        w.Line("// A 1-based component index (it may depend on dims and params) as a checked 0-based column.");
        w.Line($"private static long {TensorEmitter.ComponentHelper}(double index, long length)");
        w.Open();
        w.Line("if (index != global::System.Math.Floor(index) || index < 1 || index > length)");
        w.Line($"    throw new global::System.ArgumentOutOfRangeException(nameof(index), index, {CSharpText.String($"In problem {problem.Name}, a vector component must be a whole number from 1 to ")} + length + \".\");");
        w.Line("return (long)index - 1;");
        w.Close();
    }
}
