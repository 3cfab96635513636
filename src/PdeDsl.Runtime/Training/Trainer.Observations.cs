using System;
using System.Collections.Generic;
using System.Linq;
using TorchSharp;
using static TorchSharp.torch;

namespace PdeDsl;

public sealed partial class Trainer
{
    private ObservedData[]? _observed;
    private Tensor[] _observedRows = Array.Empty<Tensor>();

    /// <summary>The observation files read for this run (<c>observe</c>); empty before <see cref="LoadObservations"/> or without any.</summary>
    public IReadOnlyList<ObservedData> Observations => _observed ?? Array.Empty<ObservedData>();

    /// <summary>
    /// Reads the problem's observation files (<c>observe "file.csv": u</c>; <see cref="TrainingOptions.DataFiles"/> may move
    /// them) once. Training calls it first; call it earlier to fail before anything else starts: a missing file or column, a
    /// value that is not a number or a row of the wrong width is an ArgumentException naming the file, row and column.
    /// </summary>
    public void LoadObservations()
    {
        if (_observed is not null) return;
        var observations = _problem is IObservedProblem observed ? observed.Observations : Array.Empty<Observation>();
        ObservationFile.CheckNames(_problem, Options.DataFiles);
        var data = observations.Select(o => ObservationFile.Read(_problem, o, ObservationFile.Resolve(o, Options.DataFiles))).ToArray();
        // One tensor per file, [rows, D + unknowns]: the points, then the observed values (chunked and batched together).
        _observedRows = data.Select(d =>
        {
            var points = tensor(d.Points, new long[] { d.Rows, _problem.InputDimension }, dtype: DType, device: Device);
            var values = tensor(d.Values, new long[] { d.Rows, d.Unknowns.Count }, dtype: DType, device: Device);
            var rows = cat(new[] { points, values }, 1).detach();
            points.Dispose();
            values.Dispose();
            return rows;
        }).ToArray();
        _observed = data;
    }

    // Rows of the data term per step: all of a small file, a fresh random batch of a large one.
    private long DataBatch(long rows) => Math.Min(rows, Math.Max(Options.InteriorPoints, Options.ConditionPoints));

    /// <summary>The data-misfit terms of one step: weight·mean((u − observed)²) over a batch of each file's rows.</summary>
    private Tensor? DataLoss(out Tensor? plain)
    {
        Tensor? total = null;
        plain = null;
        for (int i = 0; i < _observedRows.Length; i++)
        {
            var rows = _observedRows[i];
            long count = rows.shape[0], batch = DataBatch(count);
            var chosen = batch == count ? rows : rows.index_select(0, randperm(count, generator: _sampling, device: Device).narrow(0, 0, batch));
            var misfit = Misfit(_model, chosen, _backends.Value, _observed![i].Unknowns).square().mean() * ConditionWeight;
            total = total is null ? misfit : total + misfit;
            var detached = misfit.detach();
            plain = plain is null ? detached : plain + detached;
        }
        return total;
    }

    /// <summary>The data terms over every row, with the evaluation backend (part of <see cref="ValidationLoss"/>).</summary>
    private double DataValidationLoss(BaseNetwork network)
    {
        double total = 0;
        for (int i = 0; i < _observedRows.Length; i++)
        {
            var rows = _observedRows[i];
            double sum = 0;
            using var lease = EvaluationBackend();
            var backend = lease.Backend;
            ForEachChunk(rows, chunk => sum += Misfit(network, chunk, backend, _observed![i].Unknowns).detach().square().sum().ToDouble());
            total += ConditionWeight * sum / (rows.shape[0] * (rows.shape[1] - _problem.InputDimension));
        }
        return total;
    }

    // The observed unknowns at the rows' points minus the observed values, [rows, observed unknowns]: one evaluation for all.
    // Each unknown's value is the solution's, as Predict gives it (u through the ansatz when there is one), not the network's.
    private Tensor Misfit(BaseNetwork network, Tensor rows, IDerivativeBackend backend, IReadOnlyList<string> observed)
    {
        var points = rows.narrow(1, 0, _problem.InputDimension);
        var values = rows.narrow(1, _problem.InputDimension, rows.shape[1] - _problem.InputDimension);
        var result = backend.Evaluate(network, points, new DerivativeRequest { Value = true });
        var predicted = stack(observed.Select(name =>
        {
            int k = IndexOfUnknown(name);
            return SolutionValue(points, result.Unknown(k).RequireValue(), k);
        }).ToArray(), 1);
        return predicted - values;
    }

    private int IndexOfUnknown(string name)
    {
        for (int k = 0; k < Unknowns.Count; k++)
            if (Unknowns[k] == name) return k;
        throw new ArgumentException($"Problem '{_problem.Name}' has no unknown '{name}' to observe; its unknowns are {string.Join(", ", Unknowns)}.");
    }
}
