using System;
using System.Collections.Generic;
using PdeDsl;
using static TorchSharp.torch;

namespace Samples.PlateWithHole;

/// <summary>
/// Poisson on the unit plate with a hole of radius 0.2 at its centre, written in C# against the runtime's
/// <see cref="Region"/> (the language has no CSG domains yet; docs/runtime.md, "Regions"): lap(u) = f inside, u = u* on
/// the plate's edges, and the Neumann condition grad u · n = grad u* · n on the hole's circle, n the region's outward
/// normal (into the hole). The manufactured solution is u* = sin(2x) cos(y) + x y.
/// </summary>
public sealed class PlateWithHole : IPdeProblem
{
    private static readonly Region Plate = Region.Box(new[] { 0.0, 0.0 }, new[] { 1.0, 1.0 }, "plate").Minus(Region.Disk(0.5, 0.5, 0.2, "hole"));

    public string Name => "PlateWithHole";
    public IReadOnlyList<CoordinateInfo> Coordinates { get; } = new[]
    {
        new CoordinateInfo("x", 0, 1, false, false, 0, 1),
        new CoordinateInfo("y", 1, 1, false, false, 0, 1),
    };
    public int InputDimension => 2;
    public IReadOnlyDictionary<string, int> Dims { get; } = new Dictionary<string, int>();
    public IReadOnlyDictionary<string, double> Params { get; } = new Dictionary<string, double>();
    public void SetDim(string name, int value) => throw new ArgumentException($"PlateWithHole has no dim '{name}'.");
    public void SetParam(string name, double value) => throw new ArgumentException($"PlateWithHole has no param '{name}'.");

    public IReadOnlyList<ProblemTerm> Terms { get; } = new[]
    {
        new ProblemTerm("pde", TermKind.Pde, "lap(u) = -5*sin(2*x)*cos(y)", 1, new DerivativeRequest { LaplacianColumns = new[] { 0, 1 } }),
        new ProblemTerm("on boundary of plate", TermKind.Condition, "u = u*", 2, new DerivativeRequest { Value = true }),
        new ProblemTerm("on boundary of hole", TermKind.Condition, "grad u . n = grad u* . n", 3, new DerivativeRequest { GradientColumns = new[] { 0, 1 } }),
    };

    public Tensor Sample(int term, int count, Generator generator, Device device, ScalarType dtype) => term switch
    {
        0 => Plate.SampleInterior(count, generator, device, dtype),
        1 => Plate.SampleBoundary(count, generator, device, dtype, "plate").Points,
        _ => Plate.SampleBoundary(count, generator, device, dtype, "hole").Points,
    };

    public Tensor Residual(int term, Tensor points, DerivativeResult derivatives)
    {
        var (x, y) = (points[.., 0], points[.., 1]);
        switch (term)
        {
            case 0:
                return derivatives.Laplacian! + 5 * sin(2 * x) * cos(y);
            case 1:
                return derivatives.Value! - ExactSolution(points);
            default:
                // n = -(p - c)/r on the hole's circle: the region's outward normal.
                var nx = -(x - 0.5) / 0.2;
                var ny = -(y - 0.5) / 0.2;
                var gradient = derivatives.Gradient!;
                var exactX = 2 * cos(2 * x) * cos(y) + y;
                var exactY = -sin(2 * x) * sin(y) + x;
                return gradient[.., 0] * nx + gradient[.., 1] * ny - (exactX * nx + exactY * ny);
        }
    }

    public bool HasExactSolution => true;

    public Tensor ExactSolution(Tensor points) => sin(2 * points[.., 0]) * cos(points[.., 1]) + points[.., 0] * points[.., 1];
}
