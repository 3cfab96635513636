using System;
using System.Collections.Generic;
using System.Linq;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace PdeDsl;

public sealed partial class Trainer
{
    private (string Name, Parameter Value)[] _learned = Array.Empty<(string, Parameter)>();

    /// <summary>The current values of the learned params (<c>param p = v learn</c>), by name; empty when the problem learns none.</summary>
    public IReadOnlyDictionary<string, double> LearnedParams => _learned.ToDictionary(p => p.Name, p => _problem.Params[p.Name]);

    // One [1] tensor per learned param, starting at the param's current value, attached to the problem so residuals read it.
    private Parameter[] CreateLearnedParams()
    {
        if (_problem is not ILearnedParams learning || learning.LearnedParams.Count == 0) return Array.Empty<Parameter>();
        _learned = learning.LearnedParams
            .Select(name => (name, new Parameter(tensor(new[] { _problem.Params[name] }, dtype: DType, device: Device))))
            .ToArray();
        foreach (var (name, value) in _learned) learning.AttachLearnedParam(name, value);
        return _learned.Select(p => p.Value).ToArray();
    }

    // The problem's properties follow the tensors (reports, progress, checkpoints read them there).
    private void SyncLearnedParams()
    {
        foreach (var (name, value) in _learned) _problem.SetParam(name, value.ToDouble());
    }

    // Restores learned values from a checkpoint written by a run that learned them.
    private void RestoreLearnedParams(IReadOnlyDictionary<string, double>? values)
    {
        if (_learned.Length == 0) return;
        using (no_grad())
        {
            foreach (var (name, value) in _learned)
                if (values is not null && values.TryGetValue(name, out var v)) value.fill_(v);
        }
        SyncLearnedParams();
    }

    /// <summary>Detaches the learned params' tensors from the problem (it reads its properties again).</summary>
    private void DetachLearnedParams()
    {
        if (_problem is not ILearnedParams learning) return;
        foreach (var (name, _) in _learned) learning.AttachLearnedParam(name, null);
    }

    private TrainingHistoryEntry Entry(int step, double trainLoss, double validation, double? mse, double seconds) =>
        new(step, trainLoss, validation, mse, seconds) { LearnedParams = _learned.Length == 0 ? null : LearnedParams };
}
