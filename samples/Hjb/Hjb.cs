// The paper's section 5.2 problem, written by hand exactly as the generator emits it from hjb.pde (beside this
// file). The lead switches this file to the generated partial class when the generator lands. The same problem in
// attribute form:
//
//   [Dim("n", 100)]
//   [Param("lambda", 1.0)]
//   [Param("T", 1.0)]
//   [Let("g(y) = ln((1 + |y|^2) / 2)")]
//   [Domain("t in [0, T], x in [0, 1]^n")]
//   [Pde("u_t + lap(u) - lambda*|grad u|^2 = 0")]
//   [Condition("t = T", "u = g(x)")]
//   public partial class Hjb { }
//
// Keep only the problem class in this file: everything else of the sample lives in Program.cs and ColeHopfReference.cs.
using System;
using System.Collections.Generic;
using System.Linq;
using PdeDsl;
using static TorchSharp.torch;

namespace Samples.Hjb;

/// <summary>u_t + Δu − λ|∇u|² = 0 on [0,T]×[0,1]^n with u(T, x) = ln((1+|x|²)/2).</summary>
public sealed partial class Hjb : IPdeProblem
{
    /// <summary>dim n: the spatial dimension.</summary>
    public int N { get; set; } = 100;

    /// <summary>param lambda.</summary>
    public double Lambda { get; set; } = 1.0;

    /// <summary>param T: the final time.</summary>
    public double T { get; set; } = 1.0;

    /// <inheritdoc />
    public string Name => "Hjb";

    /// <inheritdoc />
    public IReadOnlyList<CoordinateInfo> Coordinates => new[]
    {
        new CoordinateInfo("t", 0, 1, false, true, 0.0, T),
        new CoordinateInfo("x", 1, N, true, false, 0.0, 1.0),
    };

    /// <inheritdoc />
    public int InputDimension => 1 + N;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> Dims => new Dictionary<string, int> { ["n"] = N };

    /// <inheritdoc />
    public IReadOnlyDictionary<string, double> Params => new Dictionary<string, double> { ["lambda"] = Lambda, ["T"] = T };

    /// <inheritdoc />
    public void SetDim(string name, int value)
    {
        if (name != "n") throw new ArgumentException($"Problem Hjb has no dim '{name}'; its dims are: n.", nameof(name));
        if (value < 1) throw new ArgumentException($"dim n must be at least 1, not {value}.", nameof(value));
        N = value;
    }

    /// <inheritdoc />
    public void SetParam(string name, double value)
    {
        switch (name)
        {
            case "lambda": Lambda = value; break;
            case "T": T = value; break;
            default: throw new ArgumentException($"Problem Hjb has no param '{name}'; its params are: lambda, T.", nameof(name));
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<ProblemTerm> Terms
    {
        get
        {
            var x = Enumerable.Range(1, N).ToArray();
            return new[]
            {
                new ProblemTerm("pde", TermKind.Pde, "u_t + lap(u) - lambda*|grad u|^2 = 0", 10,
                    new DerivativeRequest { FirstPartials = new[] { 0 }, LaplacianColumns = x, GradientColumns = x, GradientSquaredNorm = true }),
                new ProblemTerm("t = T", TermKind.Condition, "on t = T: u = g(x)", 11, new DerivativeRequest { Value = true }),
            };
        }
    }

    /// <inheritdoc />
    public Tensor Sample(int term, int count, Generator generator, Device device, ScalarType dtype) => term switch
    {
        0 => DomainSampler.Interior(Coordinates, count, generator, device, dtype),
        1 => DomainSampler.Face(Coordinates, 0, T, count, generator, device, dtype),
        _ => throw new ArgumentOutOfRangeException(nameof(term), term, "Hjb has terms 0 (pde) and 1 (t = T)."),
    };

    /// <inheritdoc />
    public Tensor Residual(int term, Tensor points, DerivativeResult derivatives)
    {
        switch (term)
        {
            case 0:
                // |grad u|^2 comes unbiased from the backend (two independent half-sample gradients).
                return derivatives.RequireFirstPartial(0) + derivatives.RequireLaplacian() - Lambda * derivatives.RequireGradientSquaredNorm();
            case 1:
                var x = points.narrow(1, 1, N);
                return derivatives.RequireValue() - G(x);
            default:
                throw new ArgumentOutOfRangeException(nameof(term), term, "Hjb has terms 0 (pde) and 1 (t = T).");
        }
    }

    /// <summary>let g(y) = ln((1 + |y|^2) / 2), for y [N, n].</summary>
    private static Tensor G(Tensor y) => ((1 + y.square().sum(1)) / 2).log();

    /// <inheritdoc />
    public bool HasExactSolution => false;

    /// <inheritdoc />
    public Tensor ExactSolution(Tensor points) =>
        throw new NotSupportedException("Problem Hjb has no exact statement; its reference comes from the Cole-Hopf formula (ColeHopfReference).");
}
