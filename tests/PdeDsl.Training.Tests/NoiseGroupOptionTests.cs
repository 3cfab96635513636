using System;
using System.Collections.Generic;
using PdeDsl;
using Samples.Poisson2D;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Training.Tests;

/// <summary>
/// The option checks know noise groups: G groups need K >= G per evaluation (2G with |grad u|^2, whose groups each
/// split in halves), doubled by the r1*r2 loss, and the value and evaluation backends need their own G.
/// </summary>
public sealed class NoiseGroupOptionTests
{
    private static readonly TrainingOptions Fitting = new() { Samples = 6, ValueSamples = 2, EvaluationSamples = 3 };

    [Fact]
    public void The_minimum_K_counts_the_groups_and_the_split_loss()
    {
        var problem = new GroupedProblem(pdeGroups: 3, gradientSquaredNorm: false);
        Assert.Equal(6, OptionValidation.MinimumSamples(problem, new TrainingOptions()));
        Assert.Equal(3, OptionValidation.MinimumSamples(problem, new TrainingOptions { UnbiasedResidualSquare = false }));
        Assert.Equal(1, OptionValidation.MinimumSamples(problem, new TrainingOptions { Backend = BackendKind.Autograd }));
        Assert.Equal(12, OptionValidation.MinimumSamples(new GroupedProblem(pdeGroups: 3, gradientSquaredNorm: true), new TrainingOptions()));
        OptionValidation.Check(problem, Fitting, memoryCheck: false);
    }

    [Theory]
    [InlineData("samples", "--samples 5", "at least 6")]
    [InlineData("value", "--value-samples 1", "at least 2")]
    [InlineData("eval", "--eval-samples 2", "at least 3")]
    public void Too_few_samples_for_the_groups_name_the_option_and_the_minimum(string which, string option, string minimum)
    {
        var options = which switch
        {
            "samples" => Fitting with { Samples = 5 },
            "value" => Fitting with { ValueSamples = 1 },
            _ => Fitting with { EvaluationSamples = 2 },
        };
        var ex = Assert.Throws<ArgumentException>(() => OptionValidation.Check(new GroupedProblem(pdeGroups: 3, gradientSquaredNorm: false), options, memoryCheck: false));
        Assert.Contains(option, ex.Message);
        Assert.Contains(minimum, ex.Message);
        Assert.Contains("independent groups", ex.Message);
    }

    // Poisson2D with a pde term of G groups and a value-only condition of 2.
    private sealed class GroupedProblem(int pdeGroups, bool gradientSquaredNorm) : IPdeProblem
    {
        private readonly Poisson2D inner = new();
        public string Name => "Grouped";
        public IReadOnlyList<CoordinateInfo> Coordinates => inner.Coordinates;
        public int InputDimension => inner.InputDimension;
        public IReadOnlyDictionary<string, int> Dims => inner.Dims;
        public IReadOnlyDictionary<string, double> Params => inner.Params;
        public void SetDim(string name, int value) => inner.SetDim(name, value);
        public void SetParam(string name, double value) => inner.SetParam(name, value);
        public IReadOnlyList<ProblemTerm> Terms => new[]
        {
            new ProblemTerm("pde", TermKind.Pde, "pde u*lap(u) = 1", 1, new DerivativeRequest
            {
                Value = true, LaplacianColumns = new[] { 0, 1 }, Groups = pdeGroups,
                GradientColumns = gradientSquaredNorm ? new[] { 0, 1 } : Array.Empty<int>(), GradientSquaredNorm = gradientSquaredNorm,
            }),
            new ProblemTerm("on boundary", TermKind.Condition, "on boundary: u^2 = 1", 2, new DerivativeRequest { Value = true, Groups = 2 }),
        };
        public Tensor Sample(int term, int count, Generator generator, Device device, ScalarType dtype) => inner.Sample(0, count, generator, device, dtype);
        public Tensor Residual(int term, Tensor points, DerivativeResult derivatives) => throw new NotSupportedException();
        public bool HasExactSolution => false;
        public Tensor ExactSolution(Tensor points) => throw new NotSupportedException();
    }
}
