using System;
using System.IO;
using System.Linq;
using System.Text;

namespace PdeDsl;

public sealed partial class Trainer
{
    /// <summary>The header this trainer writes into its checkpoints.</summary>
    public CheckpointInfo CheckpointInfo() => new()
    {
        Problem = _problem.Name,
        Step = CompletedSteps,
        Steps = Options.Steps,
        InputDimension = _problem.InputDimension,
        HiddenLayers = Options.HiddenLayers,
        HiddenWidth = Options.HiddenWidth,
        Precision = Options.Precision == PdeDsl.Precision.Float64 ? "float64" : "float32",
        Backend = Options.Backend.ToName(),
        Sigma = Options.Sigma,
        Dims = _problem.Dims.ToDictionary(p => p.Key, p => p.Value),
        Params = _problem.Params.ToDictionary(p => p.Key, p => p.Value),
        LearnedParams = _learned.Length == 0 ? null : LearnedParams.ToDictionary(p => p.Key, p => p.Value),
        VectorParams = _problem.VectorParams.ToDictionary(p => p.Key, p => p.Value),
        OutputScales = OutputScales.ToArray(),
        Periodic = Network.InputMap?.ToString(),
    };

    /// <summary>Writes the weights, the optimiser state and the step to <paramref name="path"/>, atomically.</summary>
    public void SaveCheckpoint(string path)
    {
        var info = CheckpointInfo();
        Checkpoint.WriteAtomically(path, stream =>
        {
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            Checkpoint.WriteHeader(writer, info);
            Network.save(writer);
            _optimizer.save_state_dict(writer);
            writer.Flush();
        });
    }

    /// <summary>
    /// Restores weights, optimiser state and step from <paramref name="path"/>. An ArgumentException says what differs
    /// when the checkpoint belongs to another problem, input width or architecture.
    /// </summary>
    public void LoadCheckpoint(string path)
    {
        using var stream = Checkpoint.OpenRead(path);
        LoadCheckpoint(stream, path);
    }

    // path names the checkpoint in messages (rank 0 reads the file; other ranks load its bytes).
    private void LoadCheckpoint(Stream stream, string path)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var info = Checkpoint.ReadHeader(reader, path);
        var mine = CheckpointInfo();
        void Same<T>(string what, T theirs, T ours)
        {
            if (!Equals(theirs, ours))
                throw new ArgumentException($"Checkpoint '{path}' has {what} {theirs} but this run has {ours}; use another checkpoint file (CheckpointPath, --checkpoint) or the same settings.", nameof(path));
        }
        Same("problem", info.Problem, mine.Problem);
        Same("input width", info.InputDimension, mine.InputDimension);
        Same("hidden layers", info.HiddenLayers, mine.HiddenLayers);
        Same("hidden width", info.HiddenWidth, mine.HiddenWidth);
        Same("precision", info.Precision, mine.Precision);
        Same("input map (periodic column:origin:period, radial:first..last:scale, or scaled:first..last:scale from --input-scale)", info.Periodic ?? "none", mine.Periodic ?? "none");
        // The run's problem is the checkpoint's: its drawn vector params too, whatever this run's seed.
        foreach (var (name, values) in info.VectorParams) _problem.SetVectorParam(name, values);
        Network.load(reader);
        SetOutputScales(info.OutputScales is { } scales && scales.Length == Network.Outputs ? scales : Enumerable.Repeat(1.0, Network.Outputs).ToArray());
        _optimizer.load_state_dict(reader);
        RestoreLearnedParams(info.LearnedParams);
        CompletedSteps = info.Step;
    }
}
