using System;
using System.Collections.Generic;
using System.Linq;
using TorchSharp;
using static TorchSharp.torch;

namespace PdeDsl;

public sealed partial class Trainer
{
    /// <summary>The solution this trainer holds now, to evaluate at points of your own or save (it stays the trainer's: do not dispose the trainer first).</summary>
    public Solution Solution => new(this, ownsTrainer: false);

    /// <summary>The problem's unknowns in output order (u alone unless it declares <c>unknown u, v, ...</c>).</summary>
    public IReadOnlyList<string> Unknowns => UnknownNames(_problem);

    internal static IReadOnlyList<string> UnknownNames(IPdeProblem problem) =>
        problem is IUnknowns { Unknowns.Count: > 0 } several ? several.Unknowns : new[] { "u" };

    /// <summary>Unknown <paramref name="unknown"/> (0: u) at <paramref name="points"/> [N, D], detached [N]; see <see cref="Predict(Tensor)"/>.</summary>
    public Tensor Predict(Tensor points, int unknown)
    {
        if (unknown < 0 || unknown >= Unknowns.Count)
            throw new ArgumentOutOfRangeException(nameof(unknown), unknown, $"Problem '{_problem.Name}' has {Unknowns.Count} unknowns.");
        return PredictUnknown(points, unknown);
    }

    private bool HasExact(int unknown) => unknown == 0 ? _problem.HasExactSolution : _problem is IUnknowns u && u.HasExactSolutionOf(unknown);

    private Tensor Exact(int unknown, Tensor points) => unknown == 0 ? _problem.ExactSolution(points) : ((IUnknowns)_problem).ExactSolutionOf(unknown, points);

    /// <summary>The MSE of each unknown against its exact solution over the pde's validation points (null where there is none).</summary>
    public IReadOnlyDictionary<string, double?> MeanSquaredErrorByUnknown() => ByUnknown((predicted, exact) => predicted.sub(exact).square().mean().ToDouble());

    /// <summary>The relative L2 error of each unknown against its exact solution (null where there is none).</summary>
    public IReadOnlyDictionary<string, double?> RelativeL2ErrorByUnknown() =>
        ByUnknown((predicted, exact) => RelativeL2.Estimate(predicted, exact).Value);

    private IReadOnlyDictionary<string, double?> ByUnknown(Func<Tensor, Tensor, double> measure)
    {
        var result = new Dictionary<string, double?>();
        for (int k = 0; k < Unknowns.Count; k++)
        {
            if (!HasExact(k)) { result[Unknowns[k]] = null; continue; }
            using var scope = NewDisposeScope();
            var points = _validationPoints[PdeTermIndex()];
            result[Unknowns[k]] = measure(PredictUnknown(points, k).to(ScalarType.Float64), Exact(k, points).to(ScalarType.Float64));
        }
        return result;
    }
}
