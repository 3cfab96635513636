// The paper's section 5.1 problem. Written by hand exactly as the generator emits it from this attribute form
// (the lead switches this file to the generated partial class when the generator lands):
//
//   [Domain("x in [0, 1], y in [0, 1]")]
//   [Pde("lap(u) = -sin(x + y)")]
//   [Condition("boundary", "u = 0.5*sin(x + y)")]
//   [Exact("0.5*sin(x + y)")]
//   public partial class Poisson2D { }
//
// Keep only the problem class in this file: everything else of the sample lives in Program.cs.
using System;
using System.Collections.Generic;
using PdeDsl;
using static TorchSharp.torch;

namespace Samples.Poisson2D;

/// <summary>Δu = −sin(x+y) on [0,1]², u = ½ sin(x+y) on the boundary; exact solution ½ sin(x+y).</summary>
public sealed partial class Poisson2D : IPdeProblem
{
    private static readonly CoordinateInfo[] CoordinateList =
    {
        new("x", 0, 1, false, false, 0.0, 1.0),
        new("y", 1, 1, false, false, 0.0, 1.0),
    };

    private static readonly ProblemTerm[] TermList =
    {
        new("pde", TermKind.Pde, "lap(u) = -sin(x + y)", 3, new DerivativeRequest { LaplacianColumns = new[] { 0, 1 } }),
        new("boundary", TermKind.Condition, "on boundary: u = 0.5*sin(x + y)", 4, new DerivativeRequest { Value = true }),
    };

    /// <inheritdoc />
    public string Name => "Poisson2D";

    /// <inheritdoc />
    public IReadOnlyList<CoordinateInfo> Coordinates => CoordinateList;

    /// <inheritdoc />
    public int InputDimension => 2;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> Dims { get; } = new Dictionary<string, int>();

    /// <inheritdoc />
    public IReadOnlyDictionary<string, double> Params { get; } = new Dictionary<string, double>();

    /// <inheritdoc />
    public void SetDim(string name, int value) =>
        throw new ArgumentException($"Problem Poisson2D has no dim '{name}'; it declares no dims.", nameof(name));

    /// <inheritdoc />
    public void SetParam(string name, double value) =>
        throw new ArgumentException($"Problem Poisson2D has no param '{name}'; it declares no params.", nameof(name));

    /// <inheritdoc />
    public IReadOnlyList<ProblemTerm> Terms => TermList;

    /// <inheritdoc />
    public Tensor Sample(int term, int count, Generator generator, Device device, ScalarType dtype) => term switch
    {
        0 => DomainSampler.Interior(CoordinateList, count, generator, device, dtype),
        1 => DomainSampler.Boundary(CoordinateList, count, generator, device, dtype),
        _ => throw new ArgumentOutOfRangeException(nameof(term), term, "Poisson2D has terms 0 (pde) and 1 (boundary)."),
    };

    /// <inheritdoc />
    public Tensor Residual(int term, Tensor points, DerivativeResult derivatives)
    {
        var x = points[TensorIndex.Colon, 0];
        var y = points[TensorIndex.Colon, 1];
        return term switch
        {
            0 => derivatives.RequireLaplacian() - (-(x + y).sin()),
            1 => derivatives.RequireValue() - 0.5 * (x + y).sin(),
            _ => throw new ArgumentOutOfRangeException(nameof(term), term, "Poisson2D has terms 0 (pde) and 1 (boundary)."),
        };
    }

    /// <inheritdoc />
    public bool HasExactSolution => true;

    /// <inheritdoc />
    public Tensor ExactSolution(Tensor points) => 0.5 * (points[TensorIndex.Colon, 0] + points[TensorIndex.Colon, 1]).sin();
}
