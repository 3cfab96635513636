using System;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace PdeDsl.Runtime.Tests;

/// <summary>
/// f(x) = Σ_j c_j sin(a_j·x + b_j), written as a network whose first layer is the (a_j, b_j) Linear so shared
/// noise applies. Its smoothing is exact: u(x) = Σ_j c_j exp(−σ²|a_j|²/2) sin(a_j·x + b_j) (E cos(σ a·ξ) =
/// exp(−σ²|a|²/2), E sin(σ a·ξ) = 0), so every derivative of u is known in closed form; σ = 0 gives f.
/// The a_j put most of their weight on the first <see cref="Concentrated"/> columns, the rest spread thinly,
/// so per-coordinate derivatives there are O(1) at any D while the noise still lives in all D columns.
/// </summary>
internal sealed class SineNetwork : BaseNetwork
{
    public const int Concentrated = 3;
    private readonly Linear layer;
    private readonly Tensor c;

    public SineNetwork(int dimension, int terms = 3, long seed = 1, double frequency = 1.2, ScalarType dtype = ScalarType.Float64) : base(nameof(SineNetwork))
    {
        InputDimension = dimension;
        var g = new Generator((ulong)seed);
        layer = nn.Linear(dimension, terms, hasBias: true, dtype: dtype);
        c = (rand(terms, dtype: dtype, generator: g) * 0.5 + 0.5) * (randint(0, 2, terms, generator: g).to_type(dtype) * 2 - 1);
        using (no_grad())
        {
            var a = randn(new long[] { terms, dimension }, dtype: dtype, generator: g) * (0.3 / Math.Sqrt(dimension));
            int head = Math.Min(Concentrated, dimension);
            a[.., ..head] = randn(new long[] { terms, head }, dtype: dtype, generator: g) * frequency;
            layer.weight!.copy_(a);
            layer.bias!.copy_(rand(terms, dtype: dtype, generator: g) * 2 * Math.PI);
        }
        RegisterComponents();
    }

    public override int InputDimension { get; }

    public override Linear FirstLayer => layer;

    public Tensor A => layer.weight!.detach();

    public Tensor B => layer.bias!.detach();

    public Tensor C => c;

    public override Tensor ForwardFromFirstLayer(Tensor firstLayerOutput) => (firstLayerOutput.sin() * c).sum(-1);

    public override bool SupportsJets => true;

    // One sine layer: (sin z, cos z·ż, −sin z·ż²) summed with the weights c.
    public override (Tensor Value, Tensor First, Tensor Second) ForwardJets(Tensor firstLayerOutput, Tensor firstLayerTangents)
    {
        var z = firstLayerOutput.unsqueeze(1);
        return ((firstLayerOutput.sin() * c).sum(-1), (z.cos() * firstLayerTangents * c).sum(-1), (-z.sin() * firstLayerTangents.square() * c).sum(-1));
    }

    /// <summary>∇²u at each point, [N, D, D] (σ = 0: ∇²f).</summary>
    public Tensor Hessian(Tensor x, double sigma = 0) => -einsum("nj,j,ja,jb->nab", Phase(x).sin(), Damping(sigma), A, A);

    /// <summary>∇f at each point, [N, D] (σ = 0).</summary>
    public Tensor Gradient(Tensor x) => (Phase(x).cos() * c).matmul(A);

    private Tensor Damping(double sigma) => (-(sigma * sigma) / 2 * A.square().sum(1)).exp() * c;   // [J]

    private Tensor Phase(Tensor x) => x.matmul(A.t()) + B;                                          // [N, J]

    public Tensor Value(Tensor x, double sigma) => (Phase(x).sin() * Damping(sigma)).sum(-1);

    public Tensor Partial(Tensor x, double sigma, int i) => (Phase(x).cos() * Damping(sigma) * A[.., i]).sum(-1);

    public Tensor SecondPartial(Tensor x, double sigma, int a, int b) => -(Phase(x).sin() * Damping(sigma) * A[.., a] * A[.., b]).sum(-1);

    public Tensor Laplacian(Tensor x, double sigma, int[] columns) =>
        -(Phase(x).sin() * Damping(sigma) * A.index_select(1, tensor(Array.ConvertAll(columns, v => (long)v))).square().sum(1)).sum(-1);
}
