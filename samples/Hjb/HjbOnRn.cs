using System;
using System.Collections.Generic;
using PdeDsl;
using static TorchSharp.torch;

namespace Samples.Hjb;

/// <summary>
/// TEMPORARY, hand-written: the HJB problem of the paper's section 5.2 stated on R^n, as the generator will emit it from
/// <code>
/// problem HjbOnRn {
///   dim   n = 100
///   param lambda = 1.0
///   param T = 1.0
///   let   g(y) = ln((1 + |y|^2) / 2)
///   domain t in [0, T], x in R^n
///   sample x ~ normal(0, sqrt(2*t))
///   pde   u_t + lap(u) - lambda*|grad u|^2 = 0
///   on t = T: u = g(x)
/// }
/// </code>
/// (language-2.md part A). The law x ~ N(0, 2t I) is that of the forward process X_t = √2 W_t, so the points cover where
/// the solution at (0, 0) depends on them, and the terminal points are x ~ N(0, 2T I). Replace this class with the
/// generated one (a .pde with the text above) once the language compiles `x in R^n` and `sample`; it is modelled on the
/// generated box class (tests/PdeDsl.Generator.Tests/SnapshotTests.Hjb_file.approved.cs) and draws with <see cref="LawSampler"/>.
/// </summary>
public sealed class HjbOnRn : IPdeProblem
{
    private int _n = 100;

    /// <inheritdoc/>
    public string Name => "HjbOnRn";

    /// <summary>The dim <c>n</c> (default 100). At least 1.</summary>
    public int N
    {
        get => _n;
        set => _n = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The dim n must be at least 1.");
    }

    /// <summary>The param <c>lambda</c> (default 1).</summary>
    public double Lambda { get; set; } = 1.0;

    /// <summary>The param <c>T</c> (default 1).</summary>
    public double T { get; set; } = 1.0;

    private const int OffsetT = 0;
    private const int OffsetX = 1;

    /// <inheritdoc/>
    public int InputDimension => 1 + N;

    /// <inheritdoc/>
    public IReadOnlyList<CoordinateInfo> Coordinates => new CoordinateInfo[]
    {
        new("t", OffsetT, 1, false, true, 0.0, T),
        new("x", OffsetX, N, true, false, double.NegativeInfinity, double.PositiveInfinity, CoordinateSet.Real),
    };

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, int> Dims => new Dictionary<string, int> { ["n"] = N };

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, double> Params => new Dictionary<string, double> { ["lambda"] = Lambda, ["T"] = T };

    /// <inheritdoc/>
    public void SetDim(string name, int value)
    {
        if (name == "n") N = value;
        else throw new ArgumentException($"The problem {Name} has no dim '{name}'; its dims are: n.", nameof(name));
    }

    /// <inheritdoc/>
    public void SetParam(string name, double value)
    {
        switch (name)
        {
            case "lambda": Lambda = value; break;
            case "T": T = value; break;
            default: throw new ArgumentException($"The problem {Name} has no param '{name}'; its params are: lambda, T.", nameof(name));
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<ProblemTerm> Terms
    {
        get
        {
            var spatial = DomainSampler.SpatialColumns(Coordinates);
            return new ProblemTerm[]
            {
                new("pde", TermKind.Pde, "pde u_t + lap(u) - lambda*|grad u|^2 = 0", 8, new DerivativeRequest
                {
                    FirstPartials = new[] { OffsetT },
                    GradientColumns = spatial,
                    GradientSquaredNorm = true,
                    LaplacianColumns = spatial,
                }),
                new("on t = T", TermKind.Condition, "on t = T: u = g(x)", 9, new DerivativeRequest { Value = true }),
            };
        }
    }

    /// <inheritdoc/>
    public Tensor Sample(int term, int count, Generator generator, Device device, ScalarType dtype)
    {
        using var scope = NewDisposeScope();
        var t = term switch
        {
            0 => LawSampler.Uniform(count, 1, 0.0, T, generator, device, dtype),
            1 => full(new long[] { count, 1 }, T, dtype: dtype, device: device),   // a condition on t = T draws the rest at t = T
            _ => throw new ArgumentOutOfRangeException(nameof(term), term, $"The problem {Name} has 2 terms."),
        };
        var x = LawSampler.Normal(count, N, tensor(0.0, dtype: dtype, device: device), t.mul(2.0).sqrt(), generator, device, dtype);
        return cat(new[] { t, x }, 1).MoveToOuterDisposeScope();
    }

    /// <inheritdoc/>
    public Tensor Residual(int term, Tensor points, DerivativeResult derivatives) => term switch
    {
        0 => derivatives.RequireFirstPartial(OffsetT).add(derivatives.RequireLaplacian()).sub(derivatives.RequireGradientSquaredNorm().mul(Lambda)),
        1 => derivatives.RequireValue().sub(points.narrow(1, OffsetX, N).square().sum(1).add(1.0).div(2.0).log()),
        _ => throw new ArgumentOutOfRangeException(nameof(term), term, $"The problem {Name} has 2 terms."),
    };

    /// <inheritdoc/>
    public bool HasExactSolution => false;

    /// <inheritdoc/>
    public Tensor ExactSolution(Tensor points) =>
        throw new NotSupportedException($"The problem {Name} has no exact solution (add an 'exact' statement).");
}
