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
/// Weights and biases are drawn as PyTorch's nn.Linear does by default, U(−1/√fan_in, 1/√fan_in), from a
/// generator seeded with <c>seed</c> (in float64, then rounded), so the same seed gives the same network on
/// every device and in both precisions.
/// </summary>
public sealed class Mlp : BaseNetwork
{
    private readonly ModuleList<Linear> hidden;
    private readonly Linear output;

    /// <summary>Creates the network on <paramref name="device"/> (CPU when null) in <paramref name="precision"/>.</summary>
    public Mlp(int inputDimension, int width = 100, int depth = 5, Activation activation = Activation.Tanh,
        long seed = 0, Precision precision = Precision.Float32, Device? device = null, int outputs = 1, InputMap? inputMap = null,
        double firstLayerGain = 1)
        : base(nameof(Mlp))
    {
        if (inputDimension < 1) throw new ArgumentException($"The input dimension must be at least 1, not {inputDimension}.", nameof(inputDimension));
        if (width < 1) throw new ArgumentException($"The width must be at least 1, not {width}.", nameof(width));
        if (depth < 1) throw new ArgumentException($"The depth (number of hidden layers) must be at least 1, not {depth}.", nameof(depth));
        if (outputs < 1) throw new ArgumentException($"The network needs at least 1 output, not {outputs}.", nameof(outputs));
        if (inputMap is not null && inputMap.InputDimension != inputDimension)
            throw new ArgumentException($"The input map is for {inputMap.InputDimension} inputs, not {inputDimension}.", nameof(inputMap));
        Outputs = outputs;
        InputDimension = inputDimension;
        InputMap = inputMap;
        Width = width;
        Depth = depth;
        if (!Enum.IsDefined(activation)) throw new ArgumentException($"Unknown activation {activation}.", nameof(activation));
        if (!(firstLayerGain > 0) || !double.IsFinite(firstLayerGain))
            throw new ArgumentException($"The first layer's gain must be a positive number, not {firstLayerGain}.", nameof(firstLayerGain));
        Activation = activation;

        var dtype = precision.ToScalarType();
        var layers = new List<Linear>();
        for (int l = 0; l < depth; l++)
            layers.Add(nn.Linear(l == 0 ? inputMap?.FeatureDimension ?? inputDimension : width, width, hasBias: true, dtype: dtype));
        hidden = nn.ModuleList(layers.ToArray());
        output = nn.Linear(width, outputs, hasBias: true, dtype: dtype);
        RegisterComponents();
        Initialise(seed, firstLayerGain);
        if (device is not null && device.type != DeviceType.CPU) this.to(device);
    }

    /// <inheritdoc />
    public override int InputDimension { get; }

    /// <inheritdoc />
    public override int Outputs { get; }

    /// <inheritdoc />
    public override InputMap? InputMap { get; }

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
            h = ActivationFunctions.ApplyInPlace(Activation, hidden[l].forward(h));   // the layer's output is ours alone
        var f = output.forward(h);
        return Outputs == 1 ? f.squeeze(-1) : f;
    }

    /// <inheritdoc />
    public override bool SupportsJets => true;

    /// <inheritdoc />
    /// <remarks>
    /// Each layer carries (z, ż, z̈) to (φ(z), φ′(z)ż, φ″(z)ż² + φ′(z)z̈), and an affine layer maps ż and z̈ by W alone, so
    /// a direction costs two rows through every matmul: the cost of the two evaluations f(x ± hv) of a second difference,
    /// with neither its O(h²) bias nor float32's cancellation.
    /// </remarks>
    public override (Tensor Value, Tensor First, Tensor Second) ForwardJets(Tensor firstLayerOutput, Tensor firstLayerTangents, Tensor? firstLayerCurvature = null)
    {
        var z = firstLayerOutput;                                         // [N, h]
        var (d1, d2) = ActivationFunctions.Derivatives(Activation, z);
        var y = ActivationFunctions.Apply(Activation, z);
        var a0 = d1.unsqueeze(1);
        var first = a0 * firstLayerTangents;                               // [N, M, h]
        var second = d2.unsqueeze(1) * firstLayerTangents.square();        // z̈ = 0 after an affine first layer on x
        if (firstLayerCurvature is not null) second = second + a0 * firstLayerCurvature;
        int m = (int)first.shape[1];
        for (int l = 1; l < hidden.Count; l++)
        {
            var w = hidden[l].weight!.t();
            z = hidden[l].forward(y);
            // ż and z̈ through W in one product: [N, 2M, h] @ [h, h].
            var both = cat(new[] { first, second }, 1).matmul(w);
            var dz = both.narrow(1, 0, m);
            var ddz = both.narrow(1, m, m);
            (d1, d2) = ActivationFunctions.Derivatives(Activation, z);
            y = ActivationFunctions.Apply(Activation, z);
            var a1 = d1.unsqueeze(1);
            first = a1 * dz;
            second = d2.unsqueeze(1) * dz.square() + a1 * ddz;
        }
        var wo = output.weight!.t();
        var value = output.forward(y);                                     // [N, m]
        var outs = cat(new[] { first, second }, 1).matmul(wo);             // [N, 2M, m]
        var df = outs.narrow(1, 0, m);
        var ddf = outs.narrow(1, m, m);
        return Outputs == 1 ? (value.squeeze(-1), df.squeeze(-1), ddf.squeeze(-1)) : (value, df, ddf);
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
        if (InputMap is not null) throw new NotSupportedException("The forward Laplacian assumes an affine first layer on x; this network has an input map.");
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
            // W G Wᵀ as (G Wᵀ)ᵀ Wᵀ (G and the result are symmetric): two plain [N·h, h] @ [h, h] products.
            var gZ = g.matmul(w.t()).transpose(-1, -2).matmul(w.t());
            (d1, d2) = ActivationFunctions.Derivatives(Activation, z);
            lap = d1 * lapZ + d2 * gZ.diagonal(0, -2, -1);
            g = gZ.mul_(d1.unsqueeze(-1)).mul_(d1.unsqueeze(-2));   // in place: [N, h, h] is the big tensor here
            h = ActivationFunctions.Apply(Activation, z);
        }
        return lap.matmul(output.weight!.t()).squeeze(-1);
    }

    // PyTorch's default nn.Linear initialisation (as in the paper's setting), reproducible from the seed.
    private void Initialise(long seed, double firstLayerGain)
    {
        using var _ = no_grad();
        var generator = new Generator(unchecked((ulong)seed));
        foreach (var layer in AllLayers())
        {
            double bound = 1 / Math.Sqrt(layer.weight!.shape[1]);
            foreach (var p in new[] { layer.weight!, layer.bias! })
                p.copy_((rand(p.shape, dtype: ScalarType.Float64, generator: generator) * 2 - 1) * bound);
        }
        // After every draw, so a gain changes no other weight of the same seed.
        if (firstLayerGain != 1) hidden[0].weight!.mul_(firstLayerGain);
    }

    private IEnumerable<Linear> AllLayers()
    {
        foreach (var layer in hidden) yield return layer;
        yield return output;
    }
}
