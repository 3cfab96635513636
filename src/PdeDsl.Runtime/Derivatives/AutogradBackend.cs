using System.Collections.Generic;
using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// Derivatives of the base network f itself by stacked back-propagation: the classic PINN and the
/// baseline of every speed claim. One backward pass gives ∇f; each second derivative needs another
/// backward pass through that one (a loop over the Laplacian's columns: here the loop is the point).
/// Graphs are created and retained so a loss built from the result trains the parameters.
/// </summary>
public sealed class AutogradBackend : IDerivativeBackend
{
    /// <inheritdoc />
    public string Name => "autograd";

    /// <inheritdoc />
    public bool IsExact(DerivativeRequest request) => true;

    /// <inheritdoc />
    public DerivativeResult Evaluate(BaseNetwork network, Tensor points, DerivativeRequest request)
    {
        RequestValidation.Validate(network, points, request);
        bool needsFirst = !request.IsValueOnly;
        var x = needsFirst ? points.detach().requires_grad_(true) : points;
        // Weights and directions read the caller's points, not x: they are coefficients, not part of what is differentiated.
        var weights = request.HessianDiagonals.Select((h, i) => HessianFields.Weights(h, points, i)).ToArray();
        var directions = HessianFields.Directions(request, points);
        var f = network.forward(x);                                               // [N], or [N, m] for m unknowns
        if (network.Outputs == 1) return FromOutput(f, x, request, needsFirst, weights, directions);
        // Several unknowns: one forward pass, then each output's derivatives by its own backward passes.
        return DerivativeResult.OfUnknowns(Enumerable.Range(0, network.Outputs)
            .Select(j => FromOutput(f.select(-1, j), x, request, needsFirst, weights, directions)).ToArray());
    }

    // The requested derivatives of one output f [N] of the network at x; directions: the quadratic forms', then the
    // directional derivatives'.
    private static DerivativeResult FromOutput(Tensor f, Tensor x, DerivativeRequest request, bool needsFirst, Tensor[] weights, Tensor[] directions)
    {
        var points = x;
        if (!needsFirst)
            return WithExactGroups(new DerivativeResult { Value = f }, request.Groups);

        var grad = Differentiate(f, x);                                           // [N, D]
        var firstPartials = request.FirstPartials.Distinct().ToDictionary(c => c, c => grad[.., c]);
        var gradient = request.GradientColumns.Count > 0
            ? grad.index_select(1, tensor(request.GradientColumns.Select(c => (long)c).ToArray(), device: points.device))
            : null;

        // Row a of the Hessian, ∇(∂f/∂x_a), costs one more backward pass; each row is computed once.
        var hessianRows = new Dictionary<int, Tensor>();
        Tensor HessianRow(int a)
        {
            if (!hessianRows.TryGetValue(a, out var row))
                hessianRows[a] = row = Differentiate(grad[.., a], x);
            return row;
        }

        Tensor? laplacian = null;
        foreach (var c in request.LaplacianColumns)
        {
            var term = HessianRow(c)[.., c];
            laplacian = laplacian is null ? term : laplacian + term;
        }
        var secondPartials = new Dictionary<(int A, int B), Tensor>();
        foreach (var (a, b) in request.SecondPartials)
            secondPartials[(a, b)] = HessianRow(a)[.., b];

        // Σ w_i H_ii: one Hessian row per column (shared with the Laplacian's and the second partials').
        var diagonals = request.HessianDiagonals.Select((h, i) =>
            stack(h.Columns.Select(c => HessianRow(c)[.., c]).ToArray(), 1).mul(weights[i]).sum(1)).ToArray();
        // vᵀHv with Hv = ∇(∇_C f·v) by one more backward pass; v does not depend on x (it was read from the points), so
        // that pass differentiates f only, and v's own graph (learned params) stays on the result.
        var forms = request.QuadraticForms.Select((q, i) =>
        {
            var columns = tensor(q.Columns.Select(c => (long)c).ToArray(), device: points.device);
            var hv = Differentiate(grad.index_select(1, columns).mul(directions[i]).sum(1), x).index_select(1, columns);
            return hv.mul(directions[i]).sum(1);
        }).ToArray();
        // wᵀ∇_C f from the gradient already taken.
        var along = request.DirectionalDerivatives.Select((w, i) =>
            grad.index_select(1, tensor(w.Columns.Select(c => (long)c).ToArray(), device: points.device)).mul(directions[request.QuadraticForms.Count + i]).sum(1)).ToArray();

        return WithExactGroups(new DerivativeResult
        {
            Value = request.Value ? f : null,
            FirstPartials = firstPartials,
            Gradient = gradient,
            GradientSquaredNorm = request.GradientSquaredNorm ? gradient!.square().sum(-1) : null,
            Laplacian = laplacian,
            SecondPartials = secondPartials,
            HessianDiagonals = diagonals,
            QuadraticForms = forms,
            DirectionalDerivatives = along,
        }, request.Groups);
    }

    // Exact derivatives have no noise to split: every group is the result itself (products of them are exact too).
    private static DerivativeResult WithExactGroups(DerivativeResult result, int groups) =>
        groups > 1 ? result.WithGroups(Enumerable.Repeat(result, groups).ToArray()) : result;

    // ∂(Σ_n y_n)/∂x: rows are independent, so this is the per-point gradient. An input the graph does not
    // reach (f linear in x, or a ReLU network's second derivative) gives zeros.
    private static Tensor Differentiate(Tensor y, Tensor x)
    {
        if (!y.requires_grad) return zeros_like(x);
        var result = autograd.grad(new[] { y.sum() }, new[] { x }, retain_graph: true, create_graph: true, allow_unused: true)[0];
        return result is null || result.IsInvalid ? zeros_like(x) : result;
    }
}
