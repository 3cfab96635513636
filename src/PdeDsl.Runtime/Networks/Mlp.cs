using System;
using System.Collections.Generic;
using System.Linq;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// A fully connected base network f: R^D -> R: <c>depth</c> hidden layers of <c>width</c> units with one
/// activation, then a linear output. The paper's default is 5 hidden layers of 100 tanh units.
/// Weights are Glorot-normal and biases zero, drawn from a generator seeded with <c>seed</c>, so the
/// same seed gives the same network on every device and precision.
/// </summary>
public sealed class Mlp : BaseNetwork
{
    private readonly ModuleList<Linear> hidden;
    private readonly Linear output;

    /// <summary>Creates the network on <paramref name="device"/> (CPU when null) in <paramref name="precision"/>.</summary>
    public Mlp(int inputDimension, int width = 100, int depth = 5, Activation activation = Activation.Tanh,
        long seed = 0, Precision precision = Precision.Float32, Device? device = null)
        : base(nameof(Mlp))
    {
        if (inputDimension < 1) throw new ArgumentException($"The input dimension must be at least 1, not {inputDimension}.", nameof(inputDimension));
        if (width < 1) throw new ArgumentException($"The width must be at least 1, not {width}.", nameof(width));
        if (depth < 1) throw new ArgumentException($"The depth (number of hidden layers) must be at least 1, not {depth}.", nameof(depth));
        InputDimension = inputDimension;
        Width = width;
        Depth = depth;
        Activation = activation;
        ActivationFunctions.Apply(activation, zeros(1)).Dispose(); // rejects an undefined enum value early

        var dtype = precision.ToScalarType();
        var layers = new List<Linear>();
        for (int l = 0; l < depth; l++)
            layers.Add(nn.Linear(l == 0 ? inputDimension : width, width, hasBias: true, dtype: dtype));
        hidden = nn.ModuleList(layers.ToArray());
        output = nn.Linear(width, 1, hasBias: true, dtype: dtype);
        RegisterComponents();
        Initialise(seed);
        if (device is not null && device.type != DeviceType.CPU) this.to(device);
    }

    /// <inheritdoc />
    public override int InputDimension { get; }

    /// <summary>Units per hidden layer.</summary>
    public int Width { get; }

    /// <summary>Number of hidden layers.</summary>
    public int Depth { get; }

    /// <summary>The hidden-layer nonlinearity.</summary>
    public Activation Activation { get; }

    /// <inheritdoc />
    public override Linear FirstLayer => hidden[0];

    /// <summary>The hidden layers in order (the first is <see cref="FirstLayer"/>).</summary>
    public IReadOnlyList<Linear> HiddenLayers => hidden.ToArray();

    /// <summary>The final linear layer, width -> 1.</summary>
    public Linear OutputLayer => output;

    /// <inheritdoc />
    public override Tensor ForwardFromFirstLayer(Tensor firstLayerOutput)
    {
        var h = ActivationFunctions.Apply(Activation, firstLayerOutput);
        for (int l = 1; l < hidden.Count; l++)
            h = ActivationFunctions.Apply(Activation, hidden[l].forward(h));
        return output.forward(h).squeeze(-1);
    }

    /// <summary>
    /// The exact Laplacian Δf of the base network (not of the smoothed u) over <paramref name="columns"/>
    /// (all columns when null) at points [N, D], in one forward sweep without back-propagation: each layer
    /// carries its units' values, their Laplacians and the Gram matrix G = J Jᵀ of their Jacobians, since
    /// Δφ(z) = φ′(z) Δz + φ″(z) |∇z|² and |∇z_i|² = (W G Wᵀ)_ii. Cost O(depth·width³) per point after one
    /// width²·D product, so it stays cheap at large D; the ablation uses it as an oracle. Returns [N].
    /// </summary>
    public Tensor ForwardLaplacian(Tensor points, IReadOnlyList<int>? columns = null)
    {
        Tensor w1 = FirstLayer.weight!;
        if (columns is not null)
            w1 = w1.index_select(1, tensor(columns.Select(c => (long)c).ToArray(), device: w1.device));
        var gram = w1.matmul(w1.t());                         // [h, h], the same at every point
        var z = FirstLayer.forward(points);                   // [N, h]
        var (d1, d2) = ActivationFunctions.Derivatives(Activation, z);
        var lap = d2 * gram.diagonal();                       // [N, h]; Δz = 0 for an affine first layer
        var g = d1.unsqueeze(-1) * gram * d1.unsqueeze(-2);   // [N, h, h]
        var h = ActivationFunctions.Apply(Activation, z);
        for (int l = 1; l < hidden.Count; l++)
        {
            var w = hidden[l].weight!;
            z = hidden[l].forward(h);
            var lapZ = lap.matmul(w.t());
            var gZ = w.matmul(g).matmul(w.t());               // [N, h, h]
            (d1, d2) = ActivationFunctions.Derivatives(Activation, z);
            lap = d1 * lapZ + d2 * gZ.diagonal(0, -2, -1);
            g = d1.unsqueeze(-1) * gZ * d1.unsqueeze(-2);
            h = ActivationFunctions.Apply(Activation, z);
        }
        return lap.matmul(output.weight!.t()).squeeze(-1);
    }

    // Glorot (Xavier) normal weights and zero biases: the usual PINN choice for tanh networks.
    private void Initialise(long seed)
    {
        using var _ = no_grad();
        var generator = new Generator(unchecked((ulong)seed));
        foreach (var layer in AllLayers())
        {
            var w = layer.weight!;
            double std = Math.Sqrt(2.0 / (w.shape[0] + w.shape[1]));
            w.copy_(randn(w.shape, dtype: ScalarType.Float64, generator: generator) * std); // drawn in float64: one network per seed in every precision
            layer.bias!.zero_();
        }
    }

    private IEnumerable<Linear> AllLayers()
    {
        foreach (var layer in hidden) yield return layer;
        yield return output;
    }
}
