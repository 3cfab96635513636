using System;
using System.Collections.Generic;
using System.Linq;
using PdeDsl;
using static TorchSharp.torch;

namespace PdeDsl.Training.Tests;

/// <summary>
/// A problem that has only a shape: coordinates and the terms' derivative requests, which is all
/// <see cref="ProblemDefaults"/> reads. It cannot be trained (sampling and residuals throw).
/// </summary>
internal sealed class ShapeOnlyProblem : IPdeProblem
{
    private ShapeOnlyProblem(CoordinateInfo[] coordinates, ProblemTerm[] terms)
    {
        Coordinates = coordinates;
        Terms = terms;
    }

    /// <summary><paramref name="spatial"/> columns, each over its (lower, upper), plus time over [0, <paramref name="time"/>] when given.</summary>
    public static ShapeOnlyProblem Box((double Lower, double Upper)[] spatial, double? time, DerivativeRequest pde, params DerivativeRequest[] conditions)
    {
        var coordinates = new List<CoordinateInfo>();
        if (time is double t) coordinates.Add(new CoordinateInfo("t", 0, 1, false, true, 0, t));
        foreach (var (lower, upper) in spatial) coordinates.Add(new CoordinateInfo($"x{coordinates.Count}", coordinates.Count, 1, false, false, lower, upper));
        return Of(coordinates.ToArray(), pde, conditions);
    }

    /// <summary>A problem over the given <paramref name="coordinates"/> (vectors, balls, R^n as the binder makes them).</summary>
    public static ShapeOnlyProblem Of(CoordinateInfo[] coordinates, DerivativeRequest pde, params DerivativeRequest[] conditions)
    {
        var terms = new[] { new ProblemTerm("pde", TermKind.Pde, "pde", 1, pde) }
            .Concat(conditions.Select((c, i) => new ProblemTerm($"condition {i}", TermKind.Condition, "on", 2 + i, c))).ToArray();
        return new ShapeOnlyProblem(coordinates, terms);
    }

    /// <summary>The unit box in <paramref name="d"/> dimensions.</summary>
    public static (double, double)[] Unit(int d) => Enumerable.Repeat((0.0, 1.0), d).ToArray();

    public static DerivativeRequest Laplacian(int columns) => new() { LaplacianColumns = Enumerable.Range(0, columns).ToArray() };

    public static DerivativeRequest Value => new() { Value = true };

    public string Name => "Shape";
    public IReadOnlyList<CoordinateInfo> Coordinates { get; }
    public int InputDimension => Coordinates.Sum(c => c.Length);
    public IReadOnlyDictionary<string, int> Dims => new Dictionary<string, int>();
    public IReadOnlyDictionary<string, double> Params => new Dictionary<string, double>();
    public void SetDim(string name, int value) => throw new ArgumentException("no dims");
    public void SetParam(string name, double value) => throw new ArgumentException("no params");
    public IReadOnlyList<ProblemTerm> Terms { get; }
    public Tensor Sample(int term, int count, Generator generator, Device device, ScalarType dtype) => throw new NotSupportedException();
    public Tensor Residual(int term, Tensor points, DerivativeResult derivatives) => throw new NotSupportedException();
    public bool HasExactSolution => false;
    public Tensor ExactSolution(Tensor points) => throw new NotSupportedException();
}
