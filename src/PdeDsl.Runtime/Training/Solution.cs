using System;
using System.Collections.Generic;
using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// A trained solution held in code: every unknown at points of your own, the learned params, saved and loaded as a
/// checkpoint. <see cref="Load"/> rebuilds it from a checkpoint file (its dims, params and drawn vector params are put
/// back on the problem); <see cref="Trainer.Solution"/> is the solution a trainer holds now. The command line's
/// <c>eval</c> is built on it.
/// </summary>
public sealed class Solution : IDisposable
{
    private readonly Trainer _trainer;
    private readonly bool _ownsTrainer;

    internal Solution(Trainer trainer, bool ownsTrainer)
    {
        _trainer = trainer;
        _ownsTrainer = ownsTrainer;
    }

    /// <summary>
    /// The solution stored in <paramref name="checkpoint"/> for <paramref name="problem"/> (an ArgumentException when the
    /// file is for another problem or is not a checkpoint). <paramref name="evaluationSamples"/> is K for the smoothed
    /// model of a Stein run (the value of a jet or autograd run is the network itself and needs none).
    /// </summary>
    public static Solution Load(IPdeProblem problem, string checkpoint, int evaluationSamples = 256, DeviceOption device = DeviceOption.Auto)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var info = Checkpoint.ReadInfo(checkpoint);
        if (info.Problem != problem.Name)
            throw new ArgumentException($"Checkpoint '{checkpoint}' is for problem {info.Problem}, not {problem.Name}.", nameof(checkpoint));
        foreach (var (name, value) in info.Dims) problem.SetDim(name, value);
        foreach (var (name, value) in info.Params) problem.SetParam(name, value);
        // Drawn vector params are the run's: the checkpoint holds them, whatever the seed.
        foreach (var (name, values) in info.VectorParams) problem.SetVectorParam(name, values);
        // The network reads its input through the map it was trained with (periodic maps come from the problem itself).
        string map = info.Periodic ?? "";
        var options = new TrainingOptions
        {
            InputScale = map.StartsWith(ScaledInputMap.Tag + ":", StringComparison.Ordinal) ? InputScaleMode.Auto : InputScaleMode.Off,
            RadialFeature = map.StartsWith(RadialInputMap.OnlyTag + ":", StringComparison.Ordinal) ? RadialFeatureMode.Only
                : map.StartsWith(RadialInputMap.Tag + ":", StringComparison.Ordinal) ? RadialFeatureMode.Beside : RadialFeatureMode.Off,
            Steps = Math.Max(info.Steps, 1),
            HiddenLayers = info.HiddenLayers,
            HiddenWidth = info.HiddenWidth,
            Precision = PrecisionExtensions.ParsePrecision(info.Precision),
            Backend = BackendNames.Parse(info.Backend),
            Sigma = info.Sigma,
            EvaluationSamples = evaluationSamples,
            Device = device,
            ValidationPoints = 1,
        };
        var trainer = new Trainer(problem, options);
        try
        {
            trainer.LoadCheckpoint(checkpoint);
        }
        catch
        {
            trainer.Dispose();
            throw;
        }
        return new Solution(trainer, ownsTrainer: true);
    }

    /// <summary>The problem solved.</summary>
    public IPdeProblem Problem => _trainer.Problem;

    /// <summary>The unknowns in output order (u first).</summary>
    public IReadOnlyList<string> Unknowns => _trainer.Unknowns;

    /// <summary>The learned params' values (empty when the problem learns none).</summary>
    public IReadOnlyDictionary<string, double> LearnedParams => _trainer.LearnedParams;

    /// <summary>The precision and device the network computes in (float32 unless the run chose float64).</summary>
    public ScalarType DType => _trainer.DType;

    /// <summary>Where the network lives.</summary>
    public Device Device => _trainer.Device;

    /// <summary>The input columns, in order: each coordinate, a vector coordinate as one column per component.</summary>
    public int InputDimension => _trainer.Problem.InputDimension;

    /// <summary>
    /// <paramref name="unknown"/> (u by default) at the rows of <paramref name="points"/> [N, <see cref="InputDimension"/>],
    /// in the problem's coordinate order (t before x for the HJB).
    /// </summary>
    public double[] Evaluate(double[,] points, string unknown = "u")
    {
        using var scope = NewDisposeScope();
        return Evaluate(Rows(points), unknown);
    }

    /// <summary><paramref name="unknown"/> at <paramref name="points"/> [N, <see cref="InputDimension"/>] (any precision and device).</summary>
    public double[] Evaluate(Tensor points, string unknown = "u")
    {
        ArgumentNullException.ThrowIfNull(points);
        int index = IndexOf(unknown);
        using var scope = NewDisposeScope();
        return _trainer.Predict(points, index).to(ScalarType.Float64).cpu().data<double>().ToArray();
    }

    /// <summary>
    /// The gradient of <paramref name="unknown"/> at the rows of <paramref name="points"/>: [N, <see cref="InputDimension"/>],
    /// column j the derivative along input column j (the problem's coordinate order; a vector coordinate one column per
    /// component). It is the derivative of what <see cref="Evaluate(double[,], string)"/> returns, by back-propagation:
    /// exact for a jet or autograd run; for a Stein run, the gradient of the K-sample estimate of the smoothed model.
    /// </summary>
    public double[,] Gradient(double[,] points, string unknown = "u")
    {
        using var scope = NewDisposeScope();
        var gradient = _trainer.PredictGradient(Rows(points), IndexOf(unknown)).to(ScalarType.Float64).cpu().data<double>().ToArray();
        var result = new double[points.GetLength(0), InputDimension];
        Buffer.BlockCopy(gradient, 0, result, 0, sizeof(double) * gradient.Length);
        return result;
    }

    /// <summary><paramref name="unknown"/> at <paramref name="points"/>, given by coordinate name (<see cref="PointSet"/>).</summary>
    public double[] Evaluate(PointSet points, string unknown = "u") => Evaluate(Checked(points).ToArray(), unknown);

    /// <summary>The gradient of <paramref name="unknown"/> at <paramref name="points"/>, given by coordinate name (<see cref="PointSet"/>).</summary>
    public double[,] Gradient(PointSet points, string unknown = "u") => Gradient(Checked(points).ToArray(), unknown);

    /// <summary>The validation history of the run that trained this solution (empty for a solution loaded from a checkpoint).</summary>
    public IReadOnlyList<TrainingHistoryEntry> History => _trainer.History;

    // points [N, D] as a float64 tensor, in the caller's dispose scope.
    private Tensor Rows(double[,] points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.GetLength(1) != InputDimension)
            throw new ArgumentException($"Points of {Problem.Name} have {InputDimension} columns, not {points.GetLength(1)}.", nameof(points));
        return AsTensor(points);
    }

    /// <summary><paramref name="points"/> [N, D] as a float64 tensor on the CPU, in the caller's dispose scope.</summary>
    internal static Tensor AsTensor(double[,] points)
    {
        var flat = new double[points.Length];
        Buffer.BlockCopy(points, 0, flat, 0, sizeof(double) * points.Length);
        return tensor(flat, dtype: ScalarType.Float64).reshape(points.GetLength(0), points.GetLength(1));
    }

    private PointSet Checked(PointSet points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (!points.Fits(Problem))
            throw new ArgumentException($"The points are laid out for another problem's coordinates; make them with new PointSet({Problem.Name} instance, count).", nameof(points));
        return points;
    }

    private int IndexOf(string unknown)
    {
        int index = _trainer.Unknowns.ToList().IndexOf(unknown);
        return index >= 0 ? index
            : throw new ArgumentException($"Problem {Problem.Name} has no unknown '{unknown}'; its unknowns are {string.Join(", ", Unknowns)}.", nameof(unknown));
    }

    /// <summary>Writes the solution (weights, settings header) to <paramref name="checkpoint"/>, atomically; <see cref="Load"/> reads it back.</summary>
    public void Save(string checkpoint) => _trainer.SaveCheckpoint(checkpoint);

    /// <summary>Frees the network a loaded solution holds (a trainer's own solution leaves the trainer alone).</summary>
    public void Dispose()
    {
        if (_ownsTrainer) _trainer.Dispose();
    }
}
