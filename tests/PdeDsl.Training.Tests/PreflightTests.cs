using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using PdeDsl;
using Samples.Hjb;
using Samples.Poisson2D;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Training.Tests;

/// <summary>
/// Everything that can be known before training is refused at start with one line and exit 2: outputs that cannot be
/// written, option combinations that cannot run, and runs that would not fit in memory. None of these may train first.
/// </summary>
public sealed class PreflightTests
{
    private static (int Code, string Output, string Error) Run(IPdeProblem problem, params string[] args) => CliTests.Run(problem, args);

    // Stein's split |grad u|^2 is what sets these minimums, so these runs name the Stein backend.
    private static readonly string[] Tiny =
    {
        "--backend", "stein", "--steps", "2", "--samples", "4", "--value-samples", "2", "--eval-samples", "8", "--validation-points", "20",
        "--hidden-layers", "1", "--hidden-width", "8", "--device", "cpu",
    };

    private static string[] With(string[] args, string option, string value)
    {
        var copy = (string[])args.Clone();
        copy[Array.IndexOf(copy, option) + 1] = value;
        return copy;
    }

    private static void AssertRefusedAtStart((int Code, string Output, string Error) run, params string[] named)
    {
        Assert.Equal(2, run.Code);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        foreach (var text in named) Assert.Contains(text, line);
        Assert.DoesNotContain("Training ", run.Output); // refused before the trainer was even built
    }

    [Theory]
    [InlineData("--report", "/proc/r.json")]
    [InlineData("--checkpoint", "/proc/pdedsl/run.ckpt")]
    [InlineData("--plot", "/proc/loss.png")]
    public void An_output_in_a_folder_that_takes_no_files_is_refused_at_start(string option, string path) =>
        AssertRefusedAtStart(Run(new Poisson2D(), Tiny.Concat(new[] { option, path }).ToArray()), option, path);

    [Fact]
    public void An_output_whose_folder_is_a_file_or_that_is_a_folder_is_refused_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        string file = folder.File("taken");
        File.WriteAllText(file, "user data");
        AssertRefusedAtStart(Run(new Poisson2D(), Tiny.Concat(new[] { "--report", Path.Combine(file, "r.json") }).ToArray()), "--report", "taken");
        AssertRefusedAtStart(Run(new Poisson2D(), Tiny.Concat(new[] { "--checkpoint", folder.Path }).ToArray()), "--checkpoint", "is a folder");
        // One bad output refuses the run before the good ones are touched.
        string report = folder.File("good.json");
        AssertRefusedAtStart(Run(new Poisson2D(), Tiny.Concat(new[] { "--report", report, "--plot", "/proc/x.png" }).ToArray()), "--plot");
        Assert.False(File.Exists(report));
        Assert.Equal("user data", File.ReadAllText(file));
        Assert.Equal(new[] { "taken" }, Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName).ToArray()); // no probe left behind
    }

    [Fact]
    public void A_missing_output_folder_is_made_and_the_run_writes_into_it()
    {
        using var folder = new TempFolder();
        string report = Path.Combine(folder.Path, "new", "deeper", "r.json");
        var (code, _, error) = Run(new Poisson2D(), Tiny.Concat(new[] { "--report", report }).ToArray());
        Assert.True(code == 0, error);
        Assert.True(File.Exists(report));
        Assert.Single(Directory.GetFileSystemEntries(Path.GetDirectoryName(report)!)); // the probe was removed
    }

    [Theory]
    [InlineData("3", null, "at least 4")]
    [InlineData("2", null, "at least 4")]
    [InlineData("1", "false", "at least 2")]
    public void Too_few_samples_for_the_split_gradient_name_the_real_minimum_before_training(string samples, string? unbiased, string minimum)
    {
        var args = With(Tiny, "--samples", samples).Concat(new[] { "--dim", "n=2" }).Concat(unbiased is null ? Array.Empty<string>() : new[] { "--unbiased-square", unbiased }).ToArray();
        AssertRefusedAtStart(Run(new Hjb(), args), "--samples " + samples, minimum);
    }

    [Theory]
    [InlineData("4", null)]
    [InlineData("2", "false")]
    public void The_named_minimum_trains(string samples, string? unbiased)
    {
        var args = With(Tiny, "--samples", samples).Concat(new[] { "--dim", "n=2" }).Concat(unbiased is null ? Array.Empty<string>() : new[] { "--unbiased-square", unbiased }).ToArray();
        var (code, _, error) = Run(new Hjb(), args);
        Assert.True(code == 0, error);
    }

    [Fact]
    public void The_evaluation_samples_of_a_split_gradient_need_two()
    {
        var args = With(Tiny, "--eval-samples", "1").Concat(new[] { "--dim", "n=2" }).ToArray();
        AssertRefusedAtStart(Run(new Hjb(), args), "--eval-samples 1", "at least 2");
    }

    [Fact]
    public void A_param_that_empties_the_domain_is_refused_at_start()
    {
        // Poisson2D has no param that moves its bounds; a hand-written problem with a bad box stands in for one.
        AssertRefusedAtStart(Run(new EmptyBoxProblem(), Tiny), "Coordinate x", "lower <= upper");
    }

    [Fact]
    public void A_step_that_cannot_fit_in_memory_is_refused_with_the_estimate_and_what_would_fit()
    {
        // n = 100,000 with autograd keeps one [N, n] graph per Laplacian column: petabytes, on any machine.
        var autograd = Run(new Hjb(), "--dim", "n=100000", "--backend", "autograd", "--device", "cpu");
        AssertRefusedAtStart(autograd, "GiB", "--backend stein", "--no-memory-check");

        // Stein at a huge batch: the message names smaller options, and those options pass the same check.
        var stein = Run(new Hjb(), "--dim", "n=1000", "--interior-points", "2000000", "--samples", "1024", "--device", "cpu", "--steps", "1");
        AssertRefusedAtStart(stein, "GiB", "would fit");
        var line = stein.Error.Trim();
        var suggestion = line[(line.IndexOf("; ", StringComparison.Ordinal) + 2)..line.IndexOf(" would fit", StringComparison.Ordinal)].Split(' ');
        var options = new TrainingOptions { InteriorPoints = 2_000_000, Samples = 1024 };
        for (int i = 0; i < suggestion.Length; i += 2)
        {
            int value = int.Parse(suggestion[i + 1]);
            options = suggestion[i] switch
            {
                "--interior-points" => options with { InteriorPoints = value },
                "--condition-points" => options with { ConditionPoints = value },
                "--samples" => options with { Samples = value },
                "--eval-samples" => options with { EvaluationSamples = value },
                "--validation-points" => options with { ValidationPoints = value },
                _ => throw new Xunit.Sdk.XunitException($"unexpected option {suggestion[i]} in '{line}'"),
            };
        }
        var hjb = new Hjb();
        hjb.SetDim("n", 1000);
        Assert.True(MemoryEstimate.Bytes(hjb, options) <= MemoryEstimate.AvailableBytes(), line);
        Assert.True(MemoryEstimate.Bytes(hjb, new TrainingOptions { InteriorPoints = 2_000_000, Samples = 1024 }) > MemoryEstimate.AvailableBytes());
    }

    [Fact]
    public void The_jet_memory_estimate_counts_the_directions_of_Hessian_diagonals()
    {
        // 200 spatial columns: the Laplacian takes K random directions, a signed weighted diagonal 2K more (its w⁺ and w⁻
        // blocks), a non-negative one K more; the estimate's [N, M, h] blocks grow with M accordingly.
        var columns = Enumerable.Range(0, 200).ToArray();
        static Tensor Weights(Tensor p) => p;
        ShapeOnlyProblem With(params HessianDiagonalRequest[] diagonals) => ShapeOnlyProblem.Box(ShapeOnlyProblem.Unit(200), null,
            new DerivativeRequest { LaplacianColumns = columns, HessianDiagonals = diagonals });
        var o = new TrainingOptions { Backend = BackendKind.Jet, Samples = 64, InteriorPoints = 1000, ConditionPoints = 1, ValidationPoints = 1, UnbiasedResidualSquare = false };
        double Net(IPdeProblem p) => MemoryEstimate.Bytes(p, o) - MemoryEstimate.FixedBytes;
        double lap = Net(With()), signed = Net(With(new HessianDiagonalRequest(columns, Weights))), positive = Net(With(new HessianDiagonalRequest(columns, Weights, true)));
        Assert.InRange(signed / lap, 2.5, 3.1);
        Assert.InRange(positive / lap, 1.7, 2.1);
    }

    [Fact]
    public void The_memory_estimate_grows_linearly_with_points_samples_and_autograd_columns()
    {
        var hjb = new Hjb();
        hjb.SetDim("n", 50);
        var small = new TrainingOptions { InteriorPoints = 1000, ConditionPoints = 1, Samples = 256, ValueSamples = 1, ValidationPoints = 1 };
        double Net(TrainingOptions o) => MemoryEstimate.Bytes(hjb, o) - MemoryEstimate.Bytes(hjb, o with { InteriorPoints = 1, ConditionPoints = 1 });
        // Stein: [N, M, h] blocks, M = 2 (2(K/2) + 1) evaluations per point with the split loss: doubling N or K doubles it.
        Assert.Equal(2.0, Net(small with { InteriorPoints = 2000 }) / Net(small), 2);
        double k = MemoryEstimate.Bytes(hjb, small with { Samples = 512 }) / MemoryEstimate.Bytes(hjb, small);
        Assert.InRange(k, 1.9, 2.0);
        double tensors(TrainingOptions o) => MemoryEstimate.Bytes(hjb, o) - MemoryEstimate.FixedBytes;
        Assert.Equal(2.0, tensors(small with { Precision = Precision.Float64 }) / tensors(small), 6);
        // Autograd: one graph row per Laplacian column, each with [N, n + 1] and [N, h] blocks: quadratic in n, so doubling n
        // gives between 2x (the [N, h] blocks dominate) and 4x (the [N, n + 1] blocks do), nearer 4x as n grows.
        var autograd = new TrainingOptions { Backend = BackendKind.Autograd, ValidationPoints = 100 };
        double Ratio(int n)
        {
            hjb.SetDim("n", n);
            double one = tensors(autograd);
            hjb.SetDim("n", 2 * n);
            return tensors(autograd) / one;
        }
        Assert.InRange(Ratio(50), 2.0, 4.0);
        Assert.InRange(Ratio(20_000), 3.8, 4.0);
        Assert.True(Ratio(2000) > Ratio(50));
    }

    [Fact]
    public void The_memory_check_refuses_exactly_when_the_estimate_exceeds_the_memory_available_and_can_be_turned_off()
    {
        var problem = new Poisson2D();
        var options = new TrainingOptions { Device = DeviceOption.Cpu };
        double need = MemoryEstimate.Bytes(problem, options);
        OptionValidation.CheckMemory(problem, options, need);
        var refused = Assert.Throws<ArgumentException>(() => OptionValidation.CheckMemory(problem, options, need * 0.99));
        Assert.Contains("would fit", refused.Message);

        // The flag is accepted and the run trains (the check is off, so nothing refuses it).
        var (code, output, error) = Run(new Poisson2D(), Tiny.Concat(new[] { "--no-memory-check" }).ToArray());
        Assert.True(code == 0, error);
        Assert.Contains("Training ", output);
    }

    private sealed class EmptyBoxProblem : IPdeProblem
    {
        private readonly Poisson2D inner = new();
        public string Name => "EmptyBox";
        public System.Collections.Generic.IReadOnlyList<CoordinateInfo> Coordinates =>
            new[] { new CoordinateInfo("x", 0, 1, false, false, 1.0, 0.0), new CoordinateInfo("y", 1, 1, false, false, 0.0, 1.0) };
        public int InputDimension => 2;
        public System.Collections.Generic.IReadOnlyDictionary<string, int> Dims => inner.Dims;
        public System.Collections.Generic.IReadOnlyDictionary<string, double> Params => inner.Params;
        public void SetDim(string name, int value) => inner.SetDim(name, value);
        public void SetParam(string name, double value) => inner.SetParam(name, value);
        public System.Collections.Generic.IReadOnlyList<ProblemTerm> Terms => inner.Terms;
        public TorchSharp.torch.Tensor Sample(int term, int count, TorchSharp.torch.Generator generator, TorchSharp.torch.Device device, TorchSharp.torch.ScalarType dtype) =>
            DomainSampler.Interior(Coordinates, count, generator, device, dtype);
        public TorchSharp.torch.Tensor Residual(int term, TorchSharp.torch.Tensor points, DerivativeResult derivatives) => inner.Residual(term, points, derivatives);
        public bool HasExactSolution => false;
        public TorchSharp.torch.Tensor ExactSolution(TorchSharp.torch.Tensor points) => throw new NotSupportedException();
    }
}
