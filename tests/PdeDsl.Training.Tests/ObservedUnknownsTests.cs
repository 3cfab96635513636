using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PdeDsl;
using Samples.Biharmonic;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Training.Tests;

/// <summary>observe "file.csv": u, v on a problem of two unknowns: each column is compared with its own output.</summary>
public sealed class ObservedUnknownsTests
{
    /// <summary>The generated Biharmonic with an observation of both unknowns added (as <c>observe "uv.csv": v, u</c> would).</summary>
    private sealed class ObservedBiharmonic(Biharmonic inner) : IPdeProblem, IUnknowns, IObservedProblem
    {
        public string Name => inner.Name;
        public IReadOnlyList<CoordinateInfo> Coordinates => inner.Coordinates;
        public int InputDimension => inner.InputDimension;
        public IReadOnlyDictionary<string, int> Dims => inner.Dims;
        public IReadOnlyDictionary<string, double> Params => inner.Params;
        public void SetDim(string name, int value) => inner.SetDim(name, value);
        public void SetParam(string name, double value) => inner.SetParam(name, value);
        public IReadOnlyList<ProblemTerm> Terms => inner.Terms;
        public Tensor Sample(int term, int count, Generator generator, Device device, ScalarType dtype) => inner.Sample(term, count, generator, device, dtype);
        public Tensor Residual(int term, Tensor points, DerivativeResult derivatives) => inner.Residual(term, points, derivatives);
        public bool HasExactSolution => inner.HasExactSolution;
        public Tensor ExactSolution(Tensor points) => inner.ExactSolution(points);
        public IReadOnlyList<string> Unknowns => inner.Unknowns;
        public bool HasExactSolutionOf(int unknown) => inner.HasExactSolutionOf(unknown);
        public Tensor ExactSolutionOf(int unknown, Tensor points) => inner.ExactSolutionOf(unknown, points);
        public IReadOnlyList<Observation> Observations { get; } = new[] { new Observation("uv.csv", new[] { "v", "u" }, 1) };
    }

    [Fact]
    public void The_data_term_compares_each_observed_column_with_its_own_unknown()
    {
        using var folder = new TempFolder();
        var path = folder.File("uv.csv");
        var rows = new[] { (0.25, 0.5, 0.1, -1.0), (0.75, 0.5, 0.2, -2.0), (0.5, 0.125, -0.3, 0.5) }; // x, y, u, v
        var text = new StringBuilder("x,y,u,v\n");
        foreach (var (x, y, uValue, vValue) in rows) text.Append(string.Create(CultureInfo.InvariantCulture, $"{x},{y},{uValue},{vValue}\n"));
        File.WriteAllText(path, text.ToString());
        var options = TinySettings.Options(0) with { Backend = BackendKind.Autograd, Precision = Precision.Float64, DataFiles = new Dictionary<string, string> { ["uv"] = path } };

        using var plain = new Trainer(new Biharmonic(), options with { DataFiles = null });
        using var observed = new Trainer(new ObservedBiharmonic(new Biharmonic()), options);
        double data = observed.ValidationLoss() - plain.ValidationLoss(); // same seed: same network and validation points

        var points = tensor(rows.SelectMany(r => new[] { r.Item1, r.Item2 }).ToArray(), new long[] { 3, 2 }, dtype: ScalarType.Float64);
        var u = observed.Predict(points, 0);
        var v = observed.Predict(points, 1);
        var expectedU = tensor(rows.Select(r => r.Item3).ToArray(), dtype: ScalarType.Float64);
        var expectedV = tensor(rows.Select(r => r.Item4).ToArray(), dtype: ScalarType.Float64);
        double expected = observed.ConditionWeight * ((u - expectedU).square().sum() + (v - expectedV).square().sum()).item<double>() / 6;
        Assert.Equal(expected, data, 9);
        Assert.Equal(new[] { "v", "u" }, observed.Observations[0].Unknowns);
        Assert.Equal(new[] { -1.0, 0.1, -2.0, 0.2, 0.5, -0.3 }, observed.Observations[0].Values); // in the statement's order
    }
}
