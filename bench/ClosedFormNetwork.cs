using System;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace PdeDsl.Bench;

/// <summary>
/// A closed-form f written as a network, so the runtime's own backends estimate its derivatives: f = φ(Wx) with W one
/// row a (sin(a·x): a rank-one Hessian, the same on every axis for a = the all-ones row, on one axis for a = e_1) or the
/// identity (the HJB's g = ln((1 + |x|²)/2)). Its
/// <see cref="ForwardJets"/> gives exact directional derivatives, as <see cref="Mlp.ForwardJets"/> does for an MLP.
/// </summary>
internal sealed class ClosedFormNetwork : BaseNetwork
{
    private readonly Linear layer;
    private readonly bool sine;

    private ClosedFormNetwork(int n, bool sine, bool firstOnly = false) : base(nameof(ClosedFormNetwork))
    {
        this.sine = sine;
        SquaredFrequency = sine ? (firstOnly ? 1 : n) : 0;
        InputDimension = n;
        int width = sine ? 1 : n;
        layer = nn.Linear(n, width, hasBias: true, dtype: ScalarType.Float64);
        using (no_grad())
        {
            var row = firstOnly ? zeros(1, n, dtype: ScalarType.Float64).index_fill_(1, tensor(new long[] { 0 }), 1.0) : ones(1, n, dtype: ScalarType.Float64);
            layer.weight!.copy_(sine ? row : eye(n, dtype: ScalarType.Float64));
            layer.bias!.zero_();
        }
        RegisterComponents();
    }

    /// <summary>sin(Σx) on R^n.</summary>
    public static ClosedFormNetwork SineOfSum(int n) => new(n, sine: true);

    /// <summary>sin(x_1) on R^n: it bends along one axis of the n.</summary>
    public static ClosedFormNetwork SineOfFirst(int n) => new(n, sine: true, firstOnly: true);

    /// <summary>|a|² of sin(a·x) (n or 1; 0 for the log): Stein's smoothing multiplies its Laplacian by exp(−σ²|a|²/2).</summary>
    public double SquaredFrequency { get; }

    /// <summary>ln((1 + |x|²)/2) on R^n.</summary>
    public static ClosedFormNetwork LogNorm(int n) => new(n, sine: false);

    public override int InputDimension { get; }

    public override Linear FirstLayer => layer;

    public override bool SupportsJets => true;

    public override Tensor ForwardFromFirstLayer(Tensor z) =>
        sine ? z.squeeze(-1).sin() : z.square().sum(-1).add(1).div(2).log();

    public override (Tensor Value, Tensor First, Tensor Second) ForwardJets(Tensor z, Tensor tangents, Tensor? curvature = null)
    {
        if (sine)
        {
            var s = z.squeeze(-1).unsqueeze(1);                           // [N, 1]
            var t = tangents.squeeze(-1);                                  // [N or 1, M]
            var second = -s.sin() * t.square();
            return (z.squeeze(-1).sin(), s.cos() * t, curvature is null ? second : second + s.cos() * curvature.squeeze(-1));
        }
        var q = z.square().sum(-1).add(1);                                 // 1 + |x|², [N]
        var dot = (z.unsqueeze(1) * tangents).sum(-1);                     // x·v, [N, M]
        var qq = q.unsqueeze(1);
        var bend = tangents.square().sum(-1).mul(2).div(qq) - dot.square().mul(4).div(qq.square());
        // A curved input adds ∇f·z̈ = 2 x·z̈/(1 + |x|²).
        return (q.div(2).log(), dot.mul(2).div(qq), curvature is null ? bend : bend + (z.unsqueeze(1) * curvature).sum(-1).mul(2).div(qq));
    }

    /// <summary>f's own drift x·∇f at one point x [1, n] (sin: the smoothed one is this times exp(−nσ²/2)).</summary>
    public double Drift(Tensor x)
    {
        if (sine)
        {
            double s = A(x);
            return Math.Cos(s) * s;
        }
        double r2 = x.square().sum().item<double>();
        return 2 * r2 / (1 + r2);
    }

    /// <summary>The point the bench reads [1, n]: a·x = 0.7 for the sines (x = 0.7/n on every axis, x_1 = 0.7 for sin(x_1)), a point of N(0, I) for the log.</summary>
    public Tensor Point()
    {
        int n = InputDimension;
        if (!sine) return randn(new long[] { 1, n }, dtype: ScalarType.Float64, generator: new Generator(5));
        var x = full(1, n, 0.7 / n, dtype: ScalarType.Float64);
        return SquaredFrequency == n ? x : x.index_fill_(1, tensor(new long[] { 0 }), 0.7);
    }

    private double A(Tensor x) => x.matmul(layer.weight!.detach().t()).sum().item<double>();   // a·x

    /// <summary>f's own Laplacian and |∇f|² at one point x [1, n] (sin: the smoothed Laplacian is this times exp(−nσ²/2)).</summary>
    public (double Laplacian, double SquaredGradient) Exact(Tensor x)
    {
        int n = InputDimension;
        if (sine)
        {
            double s = A(x), a2 = SquaredFrequency;
            return (-a2 * Math.Sin(s), a2 * Math.Cos(s) * Math.Cos(s));
        }
        double r2 = x.square().sum().item<double>();
        return (2.0 * n / (1 + r2) - 4 * r2 / ((1 + r2) * (1 + r2)), 4 * r2 / ((1 + r2) * (1 + r2)));
    }
}
