using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>Two backends' results compared on every quantity a request asks for (the input-map tests' check against autograd).</summary>
internal static class RequestedAgreement
{
    /// <summary>
    /// A request for every kind of quantity on a (t, x in R^4) input: axes (t and a column of x), the gradient over x, a
    /// mixed pair, the Laplacian over x, a weighted diagonal, a quadratic form and a directional derivative over t and x
    /// together (every kind of direction, and parts outside a map's group).
    /// </summary>
    public static DerivativeRequest EveryKind() => new()
    {
        Value = true,
        FirstPartials = new[] { 0, 2 },
        GradientColumns = new[] { 1, 2, 3, 4 },
        SecondPartials = new[] { (1, 3), (2, 2), (0, 0) },
        LaplacianColumns = new[] { 1, 2, 3, 4 },
        HessianDiagonals = new[] { new HessianDiagonalRequest(new[] { 1, 2, 3, 4 }, p => p.narrow(1, 1, 4).square() + 0.5, true) },
        QuadraticForms = new[] { new QuadraticFormRequest(new[] { 2, 4 }, p => p.narrow(1, 1, 2).cos()) },
        DirectionalDerivatives = new[] { new DirectionalDerivativeRequest(new[] { 0, 3, 1 }, p => p.narrow(1, 0, 3).sin()) },
    };

    /// <summary><see cref="AssertSame"/> for each of <paramref name="outputs"/> outputs (each unknown's own result where there are several).</summary>
    public static void AssertSamePerOutput(DerivativeRequest request, DerivativeResult got, DerivativeResult exact, int outputs, double tolerance)
    {
        for (int k = 0; k < outputs; k++)
            AssertSame(request, outputs == 1 ? got : got.Unknown(k), outputs == 1 ? exact : exact.Unknown(k), tolerance, $", output {k}");
    }

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
