using System;
using System.Collections.Generic;
using System.Linq;
using TorchSharp;
using static TorchSharp.torch;

namespace PdeDsl.Bench;

/// <summary>
/// How much each term's loss is raised by Monte Carlo noise: E[(r̂)²] = r² + Var(r̂), so Var(r̂) is a floor the
/// estimator adds to a term's loss. Measured for the value-only terminal term at several K_v (against a reference
/// with 16·1024 noise vectors) and for the pde term at the main K, over fresh noise on the same 100 points.
/// This is what K_v is chosen from: far fewer samples than the Laplacian needs (results.md).
/// </summary>
internal static class EstimatorNoise
{
    /// <summary>Mean over points of the estimator's mean squared error for one K_v.</summary>
    public sealed record ValueRow(int ValueSamples, double MeanSquaredError);

    /// <summary>The measurement on one network.</summary>
    public sealed record Result(int Dim, string Network, int PdeSamples, double PdeResidualVariance, IReadOnlyList<ValueRow> Value);

    private const int Repeats = 8, Points = 100, ReferenceRuns = 16, ReferenceSamples = 1024;

    public static Result Measure(IPdeProblem problem, BaseNetwork network, string label, int pdeSamples, IReadOnlyList<int> valueSamples, Device device)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var terms = problem.Terms;
        int pde = Enumerable.Range(0, terms.Count).First(i => terms[i].Kind == TermKind.Pde);
        int value = Enumerable.Range(0, terms.Count).First(i => terms[i].Kind == TermKind.Condition && IsValueOnly(terms[i].Request));
        var dtype = network.FirstLayer.weight!.dtype;
        using var generator = RandomSource.Create(4242);

        var valuePoints = problem.Sample(value, Points, generator, device, dtype);
        var pdePoints = problem.Sample(pde, Points, generator, device, dtype);
        var request = terms[value].Request;
        // Each estimate in its own scope: under no_grad its [N, 2K+1, h] activations are garbage at once, but a scope
        // keeps every tensor made in it alive until it ends.
        Tensor Estimate(int k, long seed)
        {
            using var inner = NewDisposeScope();
            return new SteinBackend(new SteinOptions { Samples = k, Seed = seed }).Evaluate(network, valuePoints, request).RequireValue().MoveToOuterDisposeScope();
        }
        Tensor PdeResidual(long seed)
        {
            using var inner = NewDisposeScope();
            var derivatives = new SteinBackend(new SteinOptions { Samples = pdeSamples, Seed = seed }).Evaluate(network, pdePoints, terms[pde].Request);
            return problem.Residual(pde, pdePoints, derivatives).MoveToOuterDisposeScope();
        }
        var reference = stack(Enumerable.Range(0, ReferenceRuns).Select(r => Estimate(ReferenceSamples, 10_000 + r)).ToArray()).mean(new long[] { 0 });
        var rows = valueSamples.Select(k =>
        {
            var errors = stack(Enumerable.Range(0, Repeats).Select(r => Estimate(k, 100 * k + r) - reference).ToArray());
            return new ValueRow(k, errors.square().mean().ToDouble());
        }).ToList();

        var residuals = stack(Enumerable.Range(0, Repeats).Select(r => PdeResidual(500 + r)).ToArray());
        double pdeVariance = residuals.var(0L, unbiased: true).mean().ToDouble();
        return new Result(problem.InputDimension - 1, label, pdeSamples, pdeVariance, rows);
    }

    private static bool IsValueOnly(DerivativeRequest r) =>
        r.Value && r.FirstPartials.Count == 0 && r.GradientColumns.Count == 0 && !r.GradientSquaredNorm && r.LaplacianColumns.Count == 0 && r.SecondPartials.Count == 0;
}
