using System;
using TorchSharp;
using static TorchSharp.torch;

namespace PdeDsl;

public sealed partial class Trainer
{
    // Network evaluations per chunk: bounds memory for large K (each evaluation keeps a hidden-width row per layer).
    private const long EvaluationsPerChunk = 1L << 16;

    /// <summary>
    /// The loss on the hold-out validation set: Σ_terms weight·mean(residual²) plus each observation file's misfit over all its rows, with the evaluation backend
    /// (K = <see cref="TrainingOptions.EvaluationSamples"/> for Stein).
    /// </summary>
    public double ValidationLoss() => ValidationLossOf(_model);

    // The same loss with network standing in for the trained one (the output scale's constant networks).
    private double ValidationLossOf(BaseNetwork network)
    {
        var terms = _problem.Terms;
        var losses = TermLossesOf(network);
        double total = 0;
        for (int i = 0; i < terms.Count; i++) total += Weight(terms[i]) * losses[i];
        LoadObservations();
        return total + DataValidationLoss(network);
    }

    // Each term's mean squared residual on its validation points, unweighted.
    private double[] TermLossesOf(BaseNetwork network)
    {
        var terms = _problem.Terms;
        var losses = new double[terms.Count];
        for (int i = 0; i < terms.Count; i++)
        {
            var points = _validationPoints[i];
            double sum = 0;
            using var lease = EvaluationBackend();
            var backend = lease.Backend;
            ForEachChunk(points, chunk =>
            {
                var derivatives = backend.Evaluate(network, chunk, terms[i].Request);
                sum += _problem.Residual(i, chunk, derivatives).detach().square().sum().ToDouble();
            });
            losses[i] = sum / points.shape[0];
        }
        return losses;
    }

    /// <summary>
    /// The learned solution u at <paramref name="points"/> [N, D] as a detached tensor [N] (through the problem's
    /// <see cref="IPdeProblem.Solution"/>, the ansatz when it has one). For Stein backends the network's value is the
    /// smoothed model E f(x+δ), estimated with K = <see cref="TrainingOptions.EvaluationSamples"/>: the pde constrains u, not f,
    /// and f differs from u by about σ²/2·Δf, which is as large as the errors being measured. For autograd it is f itself.
    /// </summary>
    public Tensor Predict(Tensor points) => PredictUnknown(points, 0);

    // Unknown k's value [N] at points [N, D] from the network's value for it [N]: an ansatz (u = A + B*net, exp(net)) turns the network's
    // value into the solution (it constrains u, the first unknown); every other unknown is the network's value itself. Every
    // place that reads an unknown's value (predictions, the data misfit) goes through here.
    private Tensor SolutionValue(Tensor points, Tensor network, int unknown) =>
        unknown == 0 ? _problem.Solution(points, network) : network;

    private Tensor PredictUnknown(Tensor points, int unknown) => OverChunks(points, withGraph: false, (backend, chunk) =>
        SolutionValue(chunk, backend.Evaluate(_model, chunk, ValueOnly).Unknown(unknown).RequireValue().detach(), unknown).detach());

    // The gradient [N, D] of unknown k's value (what PredictUnknown returns) with respect to the points, by back-propagation
    // through that value: exact for jets and autograd, whose value is the network itself; for Stein, the gradient of the
    // K-sample estimate of E f(x+δ), an unbiased estimate of ∇u (docs/compiler.md).
    internal Tensor PredictGradient(Tensor points, int unknown)
    {
        using var enabled = enable_grad();
        return OverChunks(points, withGraph: true, (backend, chunk) =>
        {
            var x = chunk.detach().requires_grad_(true);
            var value = SolutionValue(x, backend.Evaluate(_model, x, ValueOnly).Unknown(unknown).RequireValue(), unknown).sum();
            // A value that does not depend on the points (a constant network, no ansatz) has gradient 0; asking libtorch
            // for it would abort the process.
            return (value.requires_grad ? autograd.grad(new[] { value }, new[] { x })[0] : zeros_like(x)).detach();
        });
    }

    private static readonly DerivativeRequest ValueOnly = new() { Value = true };

    // perChunk's results over the rows of points [N, D], chunk by chunk with the evaluation backend, concatenated.
    private Tensor OverChunks(Tensor points, bool withGraph, Func<IDerivativeBackend, Tensor, Tensor> perChunk)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.dim() != 2 || points.shape[1] != _problem.InputDimension)
            throw new ArgumentException($"Points must have shape [N, {_problem.InputDimension}] for problem '{_problem.Name}'; got [{string.Join(", ", points.shape)}].", nameof(points));
        var input = points.to(DType).to(Device);
        var parts = new System.Collections.Generic.List<Tensor>();
        using var lease = EvaluationBackend();
        var backend = lease.Backend;
        ForEachChunk(input, chunk => parts.Add(perChunk(backend, chunk).MoveToOuterDisposeScope()), withGraph);
        var result = parts.Count == 0 ? zeros(0, dtype: DType, device: Device) : cat(parts.ToArray(), 0);
        foreach (var p in parts) p.Dispose();
        if (!ReferenceEquals(input, points)) input.Dispose();
        return result;
    }

    /// <summary>
    /// Mean squared error of <see cref="Predict(Tensor)"/> against the exact solution over the validation points of the first
    /// pde term; null when the problem has no exact solution.
    /// </summary>
    public double? MeanSquaredError() => ErrorsAgainstExact()?.Mse;

    /// <summary>
    /// The relative L2 error ‖u − u*‖₂/‖u*‖₂ of <see cref="Predict(Tensor)"/> against the exact solution u* over the validation points
    /// of the first pde term (drawn from the problem's own laws); null when the problem has no exact solution.
    /// </summary>
    public double? RelativeL2Error() => RelativeL2ErrorEstimate()?.Value;

    /// <summary>
    /// <see cref="RelativeL2Error"/> with its standard error over the validation points (<see cref="RelativeL2.Estimate"/>):
    /// when the error is large next to it, ask for more <see cref="TrainingOptions.ValidationPoints"/>; null without an exact solution.
    /// </summary>
    public RelativeL2Estimate? RelativeL2ErrorEstimate() => ErrorsAgainstExact()?.Relative;

    // The MSE (in the run's precision) and the relative L2 estimate (in float64) from one prediction over the pde's
    // validation points: a prediction of a Stein run costs K evaluations per point, so the end of a run makes it once.
    private (double Mse, RelativeL2Estimate Relative)? ErrorsAgainstExact()
    {
        if (!_problem.HasExactSolution) return null;
        using var scope = NewDisposeScope();
        var points = _validationPoints[PdeTermIndex()];
        var predicted = Predict(points);
        var exact = _problem.ExactSolution(points);
        double mse = (predicted - exact.to(DType)).square().mean().ToDouble();
        return (mse, RelativeL2.Estimate(predicted, exact));
    }

    /// <summary>The index of the first pde term (0 if there is none).</summary>
    public int PdeTermIndex()
    {
        for (int i = 0; i < _problem.Terms.Count; i++)
            if (_problem.Terms[i].Kind == TermKind.Pde) return i;
        return 0;
    }

    // A fresh evaluation backend (fixed seed), disposed with its generators when the evaluation is done.
    private BackendLease EvaluationBackend() => new(_backends.CreateEvaluation());

    private readonly struct BackendLease(IDerivativeBackend backend) : IDisposable
    {
        public IDerivativeBackend Backend { get; } = backend;

        public void Dispose() => (Backend as IDisposable)?.Dispose();
    }

    // Runs body over row chunks inside their own dispose scopes; Stein needs no graph here, autograd needs the input graph,
    // and so does a gradient with respect to the points (withGraph).
    private void ForEachChunk(Tensor points, Action<Tensor> body, bool withGraph = false)
    {
        long rows = points.shape[0];
        long chunk = Math.Max(1, EvaluationsPerChunk / _backends.EvaluationsPerPoint);
        for (long start = 0; start < rows; start += chunk)
        {
            using var scope = NewDisposeScope();
            using var noGrad = withGraph || _backends.NeedsInputGraph ? null : no_grad();
            body(points.narrow(0, start, Math.Min(chunk, rows - start)));
        }
    }
}
