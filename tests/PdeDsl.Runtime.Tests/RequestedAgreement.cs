using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>Two backends' results compared on every quantity a request asks for (the input-map tests' check against autograd).</summary>
internal static class RequestedAgreement
{
    /// <summary>Each requested quantity of <paramref name="got"/> within tolerance·(1 + max|exact|) of <paramref name="exact"/>'s.</summary>
    public static void AssertSame(DerivativeRequest request, DerivativeResult got, DerivativeResult exact, double tolerance, string label = "")
    {
        void Same(Tensor a, Tensor b, string what) =>
            Assert.True((a - b).abs().max().item<double>() < tolerance * (1 + b.abs().max().item<double>()), what + label);
        if (request.Value) Same(got.RequireValue(), exact.RequireValue(), "value");
        foreach (int c in request.FirstPartials) Same(got.RequireFirstPartial(c), exact.RequireFirstPartial(c), $"first partial {c}");
        if (request.GradientColumns.Count > 0) Same(got.RequireGradient(), exact.RequireGradient(), "gradient");
        foreach (var (a, b) in request.SecondPartials) Same(got.RequireSecondPartial(a, b), exact.RequireSecondPartial(a, b), $"second partial {a},{b}");
        if (request.LaplacianColumns.Count > 0) Same(got.RequireLaplacian(), exact.RequireLaplacian(), "lap");
        for (int i = 0; i < request.HessianDiagonals.Count; i++) Same(got.RequireHessianDiagonal(i), exact.RequireHessianDiagonal(i), $"weighted diagonal {i}");
        for (int i = 0; i < request.QuadraticForms.Count; i++) Same(got.RequireQuadraticForm(i), exact.RequireQuadraticForm(i), $"quadratic form {i}");
        for (int i = 0; i < request.DirectionalDerivatives.Count; i++)
            Same(got.RequireDirectionalDerivative(i), exact.RequireDirectionalDerivative(i), $"directional derivative {i}");
    }
}
