using System;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace PdeDsl.Bench;

/// <summary>
/// A closed-form f written as a network, so the runtime's own backends estimate its derivatives: f = φ(Wx) with W the
/// all-ones row (sin of the sum of x: a rank-one Hessian) or the identity (the HJB's g = ln((1 + |x|²)/2)). Its
/// <see cref="ForwardJets"/> gives exact directional derivatives, as <see cref="Mlp.ForwardJets"/> does for an MLP.
/// </summary>
internal sealed class ClosedFormNetwork : BaseNetwork
{
    private readonly Linear layer;
    private readonly bool sine;

    private ClosedFormNetwork(int n, bool sine) : base(nameof(ClosedFormNetwork))
    {
        this.sine = sine;
        InputDimension = n;
        int width = sine ? 1 : n;
        layer = nn.Linear(n, width, hasBias: true, dtype: ScalarType.Float64);
        using (no_grad())
        {
            layer.weight!.copy_(sine ? ones(1, n, dtype: ScalarType.Float64) : eye(n, dtype: ScalarType.Float64));
            layer.bias!.zero_();
        }
        RegisterComponents();
    }

    /// <summary>sin(Σx) on R^n.</summary>
    public static ClosedFormNetwork SineOfSum(int n) => new(n, sine: true);

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
            double s = x.sum().item<double>();
            return Math.Cos(s) * s;
        }
        double r2 = x.square().sum().item<double>();
        return 2 * r2 / (1 + r2);
    }

    /// <summary>f's own Laplacian and |∇f|² at one point x [1, n] (sin: the smoothed Laplacian is this times exp(−nσ²/2)).</summary>
    public (double Laplacian, double SquaredGradient) Exact(Tensor x)
    {
        int n = InputDimension;
        if (sine)
        {
            double s = x.sum().item<double>();
            return (-n * Math.Sin(s), n * Math.Cos(s) * Math.Cos(s));
        }
        double r2 = x.square().sum().item<double>();
        return (2.0 * n / (1 + r2) - 4 * r2 / ((1 + r2) * (1 + r2)), 4 * r2 / ((1 + r2) * (1 + r2)));
    }
}
