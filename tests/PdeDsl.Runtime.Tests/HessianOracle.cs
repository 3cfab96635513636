using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>
/// The whole Hessian of a network output by back-propagation, row by row in float64, and the weighted diagonals and
/// quadratic forms read from it: the oracle the Hessian estimators are checked against (it shares no code with them).
/// </summary>
internal static class HessianOracle
{
    /// <summary>∇²f of output <paramref name="output"/> at each point, [N, D, D].</summary>
    public static Tensor Of(BaseNetwork network, Tensor x, int output = 0)
    {
        var xg = x.detach().requires_grad_(true);
        var f = network.forward(xg);
        if (network.Outputs > 1) f = f.select(-1, output);
        var g = autograd.grad(new[] { f.sum() }, new[] { xg }, retain_graph: true, create_graph: true)[0];
        var rows = Enumerable.Range(0, (int)x.shape[1])
            .Select(a => autograd.grad(new[] { g[.., a].sum() }, new[] { xg }, retain_graph: true)[0]).ToArray();
        return stack(rows, 1).detach();
    }

    /// <summary>Σ_i w_i H_{c_i c_i}, [N], for weights [N, |C|] (or broadcastable).</summary>
    public static Tensor WeightedDiagonal(Tensor hessian, int[] columns, Tensor weights) =>
        (hessian.diagonal(0, 1, 2).index_select(1, Index(columns)) * weights).sum(1);

    /// <summary>vᵀ H_C v, [N], for v [N, |C|] (or broadcastable).</summary>
    public static Tensor QuadraticForm(Tensor hessian, int[] columns, Tensor v)
    {
        var hc = hessian.index_select(1, Index(columns)).index_select(2, Index(columns));
        var vv = v.expand(hessian.shape[0], columns.Length);
        return einsum("nc,ncd,nd->n", vv, hc, vv);
    }

    private static Tensor Index(int[] columns) => tensor(columns.Select(c => (long)c).ToArray());
}
