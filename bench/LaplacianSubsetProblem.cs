using System.Collections.Generic;
using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl.Bench;

/// <summary>
/// A problem whose Laplacians sum over only their first <c>columns</c> columns: for timing stacked back-propagation
/// where the full Laplacian does not fit in memory (autograd keeps one [N, D] second-order graph per column: about
/// 45 GB at n = 5000). Each column costs the same backward pass, so time and memory grow linearly in the column count
/// and the full cost is extrapolated from two counts (<see cref="AutogradExtrapolation"/>). Everything else is the
/// inner problem's; residuals are not the real ones, so this is for timing only.
/// </summary>
internal sealed class LaplacianSubsetProblem : IPdeProblem
{
    private readonly IPdeProblem _inner;
    private readonly int _columns;

    public LaplacianSubsetProblem(IPdeProblem inner, int columns)
    {
        _inner = inner;
        _columns = columns;
    }

    public string Name => _inner.Name;
    public IReadOnlyList<CoordinateInfo> Coordinates => _inner.Coordinates;
    public int InputDimension => _inner.InputDimension;
    public IReadOnlyDictionary<string, int> Dims => _inner.Dims;
    public IReadOnlyDictionary<string, double> Params => _inner.Params;
    public void SetDim(string name, int value) => _inner.SetDim(name, value);
    public void SetParam(string name, double value) => _inner.SetParam(name, value);

    public IReadOnlyList<ProblemTerm> Terms => _inner.Terms.Select(t => t.Request.LaplacianColumns.Count <= _columns ? t : t with
    {
        Request = new DerivativeRequest
        {
            Value = t.Request.Value,
            FirstPartials = t.Request.FirstPartials,
            GradientColumns = t.Request.GradientColumns,
            GradientSquaredNorm = t.Request.GradientSquaredNorm,
            LaplacianColumns = t.Request.LaplacianColumns.Take(_columns).ToArray(),
            SecondPartials = t.Request.SecondPartials,
        },
    }).ToArray();

    public Tensor Sample(int term, int count, Generator generator, Device device, ScalarType dtype) => _inner.Sample(term, count, generator, device, dtype);
    public Tensor Residual(int term, Tensor points, DerivativeResult derivatives) => _inner.Residual(term, points, derivatives);
    public bool HasExactSolution => _inner.HasExactSolution;
    public Tensor ExactSolution(Tensor points) => _inner.ExactSolution(points);
}
