using System.Collections.Generic;

namespace PdeDsl;

/// <summary>What a checkpoint says about itself: enough to rebuild the network and to refuse a mismatched problem.</summary>
public sealed record CheckpointInfo
{
    /// <summary>The problem's name.</summary>
    public required string Problem { get; init; }

    /// <summary>Steps completed when it was written.</summary>
    public required int Step { get; init; }

    /// <summary>The total steps of the run that wrote it (the learning-rate schedule depends on it).</summary>
    public required int Steps { get; init; }

    /// <summary>The network's input width.</summary>
    public required int InputDimension { get; init; }

    /// <summary>Hidden layers of the MLP.</summary>
    public required int HiddenLayers { get; init; }

    /// <summary>Neurons per hidden layer.</summary>
    public required int HiddenWidth { get; init; }

    /// <summary>"float32" or "float64".</summary>
    public required string Precision { get; init; }

    /// <summary>"stein", "autograd", "jet" or "difference": the solution is the smoothed network for stein, the network itself for the others.</summary>
    public required string Backend { get; init; }

    /// <summary>σ of the smoothed model.</summary>
    public required double Sigma { get; init; }

    /// <summary>The dims of the problem it was trained on.</summary>
    public required Dictionary<string, int> Dims { get; init; }

    /// <summary>The params of the problem it was trained on.</summary>
    public required Dictionary<string, double> Params { get; init; }

    /// <summary>The learned params' values when it was written (<c>param p = v learn</c>); null when the problem learns none.</summary>
    public Dictionary<string, double>? LearnedParams { get; init; }

    /// <summary>The factor on each unknown's network output (<see cref="Trainer.OutputScales"/>); null in older checkpoints: 1.</summary>
    public double[]? OutputScales { get; init; }

    /// <summary>The vector params' values (<c>param c[n] ~ normal(m, s)</c> as drawn for that run); empty in older checkpoints.</summary>
    public Dictionary<string, double[]> VectorParams { get; init; } = new();

    /// <summary>
    /// The network's input map as text: periodic columns as "column:origin:period" (<see cref="PeriodicInputMap"/>), a
    /// radial feature as "radial:first..last:scale" or "radial-only:..." (<see cref="RadialInputMap"/>), or null when it has none (and in older
    /// checkpoints): the weights read x through this map, so a run with another one cannot use them.
    /// </summary>
    public string? Periodic { get; init; }
}
