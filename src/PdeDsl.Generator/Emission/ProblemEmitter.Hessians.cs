using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PdeDsl.Language;
using PdeDsl.Language.Lowering;

namespace PdeDsl.Generator.Emission;

/// <summary>
/// Weighted Hessian diagonals, quadratic forms and directional derivatives: their entries in a term's request, and one
/// private method per weight vector or direction that computes it from the points with the residuals' tensor printer.
/// </summary>
internal static partial class ProblemEmitter
{
    private static void WriteHessianRequests(SourceWriter w, EmitDerivativeRequest use, int term)
    {
        // The columns are the spatial ones (the calculus stage takes Hessians over them), in declaration order.
        if (use.HessianDiagonals.Count > 0)
            w.Line($"HessianDiagonals = new[] {{ {string.Join(", ", use.HessianDiagonals.Select((h, k) => $"new global::PdeDsl.HessianDiagonalRequest(spatial, {Naming.HessianWeights(term, k)}, {Bool(h.WeightsNonNegative)})"))} }},");
        if (use.QuadraticForms.Count > 0)
            w.Line($"QuadraticForms = new[] {{ {string.Join(", ", use.QuadraticForms.Select((q, k) => $"new global::PdeDsl.QuadraticFormRequest(spatial, {Naming.QuadraticDirection(term, k)})"))} }},");
        if (use.DirectionalDerivatives.Count > 0)
            w.Line($"DirectionalDerivatives = new[] {{ {string.Join(", ", use.DirectionalDerivatives.Select((a, k) => $"new global::PdeDsl.DirectionalDerivativeRequest(spatial, {Naming.DerivativeDirection(term, k)})"))} }},");
    }

    // How the jet and difference backends serve them (docs/runtime.md); as for the Laplacian, the axes or random directions
    // are the run's choice, since --dim and K change at run time.
    private static IEnumerable<string> HessianEstimatorComments(EmitDerivativeRequest use)
    {
        if (use.HessianDiagonals.Count > 0)
        {
            bool signed = use.HessianDiagonals.Any(h => !h.WeightsNonNegative);
            yield return $"the weighted Hessian diagonal{(use.HessianDiagonals.Count > 1 ? "s" : "")} along every axis (exact) when the spatial columns are at most K, else along K random directions scaled by the square roots of the weights, or K axes drawn by weight under directions = axes (unbiased{(signed ? "; weights of either sign: K for the positive part and K for the negative part" : "")})";
        }
        if (use.QuadraticForms.Count > 0)
            yield return $"the quadratic form{(use.QuadraticForms.Count > 1 ? "s" : "")} along {(use.QuadraticForms.Count > 1 ? "their directions" : "its direction")} v (jets exact, differences O(h^2))";
        if (use.DirectionalDerivatives.Count > 0)
            yield return $"dot(w, grad u) along {(use.DirectionalDerivatives.Count > 1 ? "each" : "its")} direction w (jets exact, differences O(h^2))";
    }

    private static bool WriteHessianFields(SourceWriter w, EmitProblem problem, EquatableArray<EmitEquation> equations, ConstantEmitter constants)
    {
        bool usesComponent = false;
        for (int i = 0; i < equations.Count; i++)
        {
            var use = equations[i].Request;
            for (int k = 0; k < use.HessianDiagonals.Count; k++)
                usesComponent |= WriteField(w, problem, constants, Naming.HessianWeights(i, k), "the weights of Hessian diagonal", k, equations[i], use.HessianDiagonals[k].Weights);
            for (int k = 0; k < use.QuadraticForms.Count; k++)
                usesComponent |= WriteField(w, problem, constants, Naming.QuadraticDirection(i, k), "the direction of quadratic form", k, equations[i], use.QuadraticForms[k].Direction);
            for (int k = 0; k < use.DirectionalDerivatives.Count; k++)
                usesComponent |= WriteField(w, problem, constants, Naming.DerivativeDirection(i, k), "the direction of directional derivative", k, equations[i], use.DirectionalDerivatives[k].Direction);
        }
        return usesComponent;
    }

    // points [N, D] -> [N, |C|]: the vector formula, printed as the residuals print formulas.
    private static bool WriteField(SourceWriter w, EmitProblem problem, ConstantEmitter constants, string name, string what, int k, EmitEquation e, BoundExpr vector)
    {
        w.Line();
        w.Line($"// {what} {k.ToString(CultureInfo.InvariantCulture)} of {Statement(e)}: {CSharpText.OneLine(ExpressionPrinter.Print(vector))}");
        w.Line($"private {TensorType} {name}({TensorType} points)");
        w.Open();
        // A condition's weights may read its outward normal (dot(normal, hess(u)*normal)): the same normal its residual reads.
        var tensors = new TensorEmitter(w, constants, "points", "derivatives") { NormalCode = NormalCode(problem, e.Region, constants) };
        w.Line($"return {tensors.Emit(vector).Code};");
        w.Close();
        return tensors.UsesComponent;
    }
}
