using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using PdeDsl;
using Samples.Poisson2D;
using Xunit;
using static PdeDsl.Training.Tests.ShapeOnlyProblem;

namespace PdeDsl.Training.Tests;

public sealed class ProblemDefaultsTests
{
    private static ResolvedTraining Chosen(IPdeProblem problem) => ProblemDefaults.Resolve(problem, new TrainingOptions(), Array.Empty<string>());

    // The rules with the backend given (so the Stein rules can be checked as they were measured).
    private static ResolvedTraining ChosenFor(BackendKind backend, IPdeProblem problem) =>
        ProblemDefaults.Resolve(problem, new TrainingOptions { Backend = backend }, new[] { nameof(TrainingOptions.Backend) });

    [Fact]
    public void Jets_are_chosen_and_a_low_dimensional_problem_spends_the_budget_on_many_cheap_exact_steps()
    {
        // 2-D Poisson: every derivative along the axes (5 rows per point, no random directions), so the budget buys far
        // more steps than Stein's 2000 (each Stein step evaluates 2K + 1 = 129 rows per point).
        var small = Chosen(Box(Unit(2), null, Laplacian(2), Value)).Options;
        Assert.Equal(BackendKind.Jet, small.Backend);
        // Each term's fixed cost (ProblemDefaults.TermOverhead) is most of such a step: two terms, about 16,700 steps.
        Assert.InRange(small.Steps, 10_000, ProblemDefaults.MaximumDirectionalSteps - 1);
        // 100 wide columns: 32 random directions per evaluation, two evaluations (r1*r2): about Stein's work, so few steps.
        var wide = Chosen(Box(Unit(100), 1.0, Laplacian(100), Value)).Options;
        Assert.InRange(wide.Steps, ProblemDefaults.MinimumSteps, 2000);
        Assert.True(ProblemDefaults.RowsPerStep(Box(Unit(2), null, Laplacian(2), Value), small) < ProblemDefaults.RowsPerStep(Box(Unit(2), null, Laplacian(2), Value), small with { Backend = BackendKind.Stein }) / 10);
    }

    [Theory]
    [InlineData(SteinEstimator.Vanilla, 32, 8)]
    [InlineData(SteinEstimator.ControlVariate, 33, 9)]
    [InlineData(SteinEstimator.Antithetic, 65, 17)]
    public void The_rules_count_each_Stein_estimator_s_own_evaluations_per_point(SteinEstimator estimator, int perPoint, int value)
    {
        // f(x+σξ_k) alone (eq. 7), with f(x) (eqs. 8-9), or f(x±σξ_k) with f(x) (eqs. 10-11), at K = 32: one pde term of 100
        // points and one value-only condition of 50 points at its own K = 8 (vanilla 8, control variate 9, antithetic 17).
        var options = new TrainingOptions { Backend = BackendKind.Stein, Estimator = estimator, Samples = 32, ValueSamples = 8, InteriorPoints = 100, ConditionPoints = 50 };
        Assert.Equal(100L * perPoint + 50 * value, ProblemDefaults.RowsPerStep(Box(Unit(2), null, Laplacian(2), Value), options));
    }

    [Theory]
    [InlineData(false, 2 * 32 + 1)]
    [InlineData(true, 32 + 1)]
    public void The_rules_count_hessian_diagonals_and_quadratic_forms_as_second_order_directions(bool nonNegative, int directions)
    {
        // A weighted diagonal over 100 columns: K/2 = 32 scaled directions per evaluation (twice that for weights of either
        // sign), plus one direction for the quadratic form; 2M + 1 rows, twice under the r1*r2 loss. The value condition: 1 row.
        var pde = new DerivativeRequest
        {
            HessianDiagonals = new[] { new HessianDiagonalRequest(Enumerable.Range(0, 100).ToArray(), x => x, nonNegative) },
            QuadraticForms = new[] { new QuadraticFormRequest(new[] { 0, 1 }, x => x) },
        };
        var problem = Box(Unit(100), null, pde, Value);
        Assert.Equal(64, Chosen(problem).Options.Samples);
        Assert.False(Trainer.IsValueOnly(pde));
        var options = new TrainingOptions { Backend = BackendKind.Jet, Samples = 64, InteriorPoints = 100, ConditionPoints = 50 };
        Assert.Equal(100L * (2 * directions + 1) * 2 + 50, ProblemDefaults.RowsPerStep(problem, options));
    }

    [Fact]
    public void A_directional_derivative_costs_one_exact_direction_where_a_gradient_costs_K()
    {
        // dot(w, grad u) over 100 columns: one direction w (2 rows + f(x), exact, so no r1*r2 halves) where the gradient
        // read from random directions costs 2*32 + 1 rows for each of the r1*r2 loss's two halves of K = 64.
        var columns = Enumerable.Range(0, 100).ToArray();
        var along = new DerivativeRequest { DirectionalDerivatives = new[] { new DirectionalDerivativeRequest(columns, x => x) } };
        var gradient = new DerivativeRequest { GradientColumns = columns };
        var options = new TrainingOptions { Backend = BackendKind.Jet, Samples = 64, InteriorPoints = 100, ConditionPoints = 50 };
        Assert.False(Trainer.IsValueOnly(along));
        Assert.Equal(100L * (2 * 1 + 1) + 50, ProblemDefaults.RowsPerStep(Box(Unit(100), null, along, Value), options));
        Assert.Equal(100L * (2 * 32 + 1) * 2 + 50, ProblemDefaults.RowsPerStep(Box(Unit(100), null, gradient, Value), options));
    }

    [Fact]
    public void A_narrow_second_order_problem_gets_per_point_noise_a_small_network_and_few_value_samples()
    {
        var r = Chosen(Box(Unit(2), null, Laplacian(2), Value));
        var o = r.Options;
        Assert.Equal(NoiseMode.PerPoint, o.NoiseMode);
        Assert.Equal((3, 64), (o.HiddenLayers, o.HiddenWidth));
        Assert.Equal(64, o.Samples);
        Assert.True(o.ValueSamples is > 0 and <= 16, $"value K {o.ValueSamples}");
        Assert.Equal(0.1, o.Sigma, 12);
        Assert.Equal(1, r.Threads);
        Assert.Equal(ProblemDefaults.Chosen, r.ChosenFromProblem);
        o.Validate();
    }

    [Fact]
    public void A_wide_input_gets_shared_noise_and_the_papers_network()
    {
        var wide = Chosen(Box(Unit(100), 1.0, Laplacian(100), Value)).Options;
        Assert.Equal(NoiseMode.Shared, wide.NoiseMode);
        Assert.Equal((4, 100), (wide.HiddenLayers, wide.HiddenWidth));
        Assert.Equal(64, wide.Samples);
    }

    [Fact]
    public void Steps_fill_the_work_budget_so_costlier_steps_get_fewer_of_them_and_a_higher_learning_rate()
    {
        // Stein: Poisson2D's shape gets Poisson2D's measured 2000 steps at 1e-3.
        var poisson = ChosenFor(BackendKind.Stein, Box(Unit(2), null, Laplacian(2), Value)).Options;
        Assert.Equal((2000, 1e-3), (poisson.Steps, poisson.LearningRate));
        // Two Neumann faces need the pde's K: each step costs about three times as much, so about a third of the steps.
        var gradient = new DerivativeRequest { FirstPartials = new[] { 0 } };
        var problem = Box(Unit(2), null, Laplacian(2), Value, gradient, gradient);
        var neumann = ChosenFor(BackendKind.Stein, problem).Options;
        Assert.InRange(neumann.Steps, ProblemDefaults.MinimumSteps, 1000);
        Assert.Equal(ProblemDefaults.StepBudget / ProblemDefaults.WorkPerStep(problem, neumann), neumann.Steps, 1.0); // whole steps, rounded down
        Assert.Equal(ProblemDefaults.MaximumLearningRate, neumann.LearningRate); // a run cut short starts higher
        // A huge step is still given the fewest steps, never zero.
        Assert.Equal(ProblemDefaults.MinimumSteps, Chosen(Box(Unit(100), 1.0, Laplacian(100), Value, gradient, gradient, gradient)).Options.Steps);
    }

    [Fact]
    public void First_derivatives_alone_need_fewer_samples_than_a_laplacian()
    {
        var first = Chosen(Box(Unit(1), 1.0, new DerivativeRequest { FirstPartials = new[] { 0, 1 } }, Value)).Options;
        var second = Chosen(Box(Unit(1), 1.0, Laplacian(1), Value)).Options;
        Assert.Equal((32, 64), (first.Samples, second.Samples));
    }

    [Theory]
    [InlineData(4.0, 2.0, 0.2)]   // the narrowest range is 2: sigma = 0.1 x 2
    [InlineData(10.0, 10.0, 1.0)]
    [InlineData(0.001, 1.0, ProblemDefaults.MinimumSigma)] // never below float32's limit
    public void Sigma_is_a_tenth_of_the_narrowest_coordinates_range(double xRange, double yRange, double sigma)
    {
        var o = Chosen(Box(new[] { (-xRange / 2, xRange / 2), (0.0, yRange) }, null, Laplacian(2), Value)).Options;
        Assert.Equal(sigma, o.Sigma, 12);
    }

    [Theory]
    [InlineData(10, 0.2 / 3.1622776601683795)]     // the unit ball of R^10 (range 2): its noise, length σ√10, is a tenth of 2
    [InlineData(16, 0.05)]                          // [-1, 1]^16: 0.1 x 2 / 4
    [InlineData(1000, ProblemDefaults.MinimumSigma)] // the unit ball of R^1000 would get 0.0063: float32's limit wins
    public void A_vector_coordinates_range_counts_as_range_over_the_root_of_its_length(int length, double sigma)
    {
        var ball = new CoordinateInfo("x", 0, length, true, false, -1, 1, CoordinateSet.Ball);
        var o = Chosen(Of(new[] { ball }, Laplacian(length), Value)).Options;
        Assert.Equal(sigma, o.Sigma, 12);
    }

    [Fact]
    public void The_narrowest_of_time_and_a_vector_wins_and_an_unbounded_coordinate_does_not_count()
    {
        var time = new CoordinateInfo("t", 0, 1, false, true, 0, 1);
        // Heat5D's shape: t in [0, 1], x in [0, 1]^5: the vector's 1/√5 is narrower than t's 1.
        var box = new CoordinateInfo("x", 1, 5, true, false, 0, 1);
        Assert.Equal(0.1 / Math.Sqrt(5), Chosen(Of(new[] { time, box }, Laplacian(5), Value)).Options.Sigma, 12);
        // The HJB on R^100: x has no range, so t alone sets σ.
        var real = new CoordinateInfo("x", 1, 100, true, false, double.NegativeInfinity, double.PositiveInfinity, CoordinateSet.Real);
        Assert.Equal(0.1, Chosen(Of(new[] { time, real }, Laplacian(100), Value)).Options.Sigma, 12);
    }

    [Fact]
    public void One_thread_unless_the_user_asks_for_a_step_of_paper_size()
    {
        var problem = Box(Unit(100), 1.0, Laplacian(100), Value);
        Assert.Equal(1, Chosen(problem).Threads);
        // Stein at K = 1024: 100 x 2049 + 100 x 17 rows per step, above the threshold: all cores (0).
        var big = ProblemDefaults.Resolve(problem, new TrainingOptions { Samples = 1024, Backend = BackendKind.Stein }, new[] { nameof(TrainingOptions.Samples), nameof(TrainingOptions.Backend) });
        Assert.True(ProblemDefaults.RowsPerStep(problem, big.Options) >= ProblemDefaults.ManyRows);
        Assert.Equal(0, big.Threads);
    }

    [Fact]
    public void Validation_is_small_and_runs_about_twenty_times_a_run()
    {
        var o = Chosen(Box(Unit(2), null, Laplacian(2), Value)).Options;
        var old = new TrainingOptions();
        // Cost of one validation per term ~ points x evaluations; the old 500 x 256 cost as much as training.
        Assert.True((double)o.ValidationPoints * o.EvaluationSamples <= old.ValidationPoints * old.EvaluationSamples / 8.0);
        Assert.Equal(o.Steps / 20, o.ValidateEvery);
    }

    [Fact]
    public void Every_setting_the_user_gave_wins_over_the_rules()
    {
        var given = new TrainingOptions
        {
            Samples = 6, ValueSamples = 3, NoiseMode = NoiseMode.Shared, HiddenLayers = 2, HiddenWidth = 9, Sigma = 0.3, LearningRate = 0.02,
            Steps = 77, EvaluationSamples = 5, ValidationPoints = 11, ValidateEvery = 7,
        };
        var r = ProblemDefaults.Resolve(Box(Unit(2), null, Laplacian(2), Value), given, ProblemDefaults.Chosen.ToArray(), threads: 2);
        Assert.Equal(given, r.Options);
        Assert.Equal(2, r.Threads);
        Assert.Empty(r.ChosenFromProblem);

        var some = ProblemDefaults.Resolve(Box(Unit(2), null, Laplacian(2), Value), given, new[] { nameof(TrainingOptions.Sigma), nameof(TrainingOptions.Steps) });
        Assert.Equal((0.3, 77), (some.Options.Sigma, some.Options.Steps));
        Assert.Equal(64, some.Options.Samples);
        Assert.DoesNotContain(nameof(TrainingOptions.Sigma), some.ChosenFromProblem);
        Assert.Contains(nameof(TrainingOptions.Samples), some.ChosenFromProblem);
        Assert.Equal(77 / 20, some.Options.ValidateEvery); // the cadence follows the user's steps
    }

    [Fact]
    public void On_the_command_line_given_options_win_and_the_report_names_what_was_chosen_from_the_problem()
    {
        using var folder = new TempFolder();
        string report = folder.File("r.json");
        var output = new StringWriter();
        int code = PdeApp.Run(new Poisson2D(), new[]
        {
            "--steps", "2", "--samples", "6", "--noise", "shared", "--hidden-layers", "1", "--hidden-width", "8", "--eval-samples", "4",
            "--validation-points", "10", "--device", "cpu", "--report", report,
        }, new PdeAppOptions { Output = output, Error = output });
        Assert.True(code == 0, output.ToString());
        var json = JsonNode.Parse(File.ReadAllText(report))!.AsObject();
        Assert.Equal((6, "shared", 1, 8), ((int)json["samples"]!, (string)json["noise"]!, (int)json["hiddenLayers"]!, (int)json["hiddenWidth"]!));
        var chosen = json["chosenFromProblem"]!.AsArray().Select(n => (string)n!).ToArray();
        Assert.Equal(new[] { "backend", "valueSamples", "sigma", "learningRate", "validateEvery", "threads" }, chosen);
        Assert.Equal("jet", (string)json["backend"]!);
        Assert.Null(json["valueSamples"]);   // jets evaluate a value exactly: no samples
        Assert.Contains("Settings chosen from the problem (docs/training.md): ", output.ToString());
        Assert.Contains("--value-samples", output.ToString());
        var sources = json["settingSources"]!.AsObject();
        Assert.Equal(("command line", "rules", "library"), ((string)sources["samples"]!, (string)sources["sigma"]!, (string)sources["output-scale"]!));
    }

    [Fact]
    public void A_program_that_embeds_its_defaults_fixes_them_all()
    {
        using var folder = new TempFolder();
        string report = folder.File("r.json");
        var output = new StringWriter();
        var defaults = new TrainingOptions
        {
            Steps = 2, Samples = 6, HiddenLayers = 1, HiddenWidth = 8, EvaluationSamples = 4, ValidationPoints = 10, Device = DeviceOption.Cpu,
        };
        int code = PdeApp.Run(new Poisson2D(), new[] { "--report", report }, new PdeAppOptions { Defaults = defaults, Output = output, Error = output });
        Assert.True(code == 0, output.ToString());
        var json = JsonNode.Parse(File.ReadAllText(report))!.AsObject();
        Assert.Empty(json["chosenFromProblem"]!.AsArray());
        Assert.Equal((6, 6, "shared", 1), ((int)json["samples"]!, (int)json["valueSamples"]!, (string)json["noise"]!, (int)json["threads"]!));
    }

    [Theory]
    [InlineData(null, 4, 0.1)]       // the program fixes sigma: 0.1 whatever n
    [InlineData(null, 400, 0.1)]
    [InlineData("Sigma", 4, 0.1)]    // left to the rules: a tenth of the ball's range 2 over √n
    [InlineData("Sigma", 400, 0.01)]
    public void A_program_that_embeds_its_defaults_can_leave_sigma_to_the_problem_so_it_follows_the_dim(string? left, int n, double sigma)
    {
        using var folder = new TempFolder();
        string report = folder.File("r.json");
        var output = new StringWriter();
        var defaults = new TrainingOptions
        {
            Steps = 1, Samples = 6, Sigma = 0.1, HiddenLayers = 1, HiddenWidth = 8, EvaluationSamples = 4, ValidationPoints = 10, Device = DeviceOption.Cpu,
        };
        var app = new PdeAppOptions { Defaults = defaults, ChosenFromProblem = left is null ? Array.Empty<string>() : new[] { left }, Output = output, Error = output };
        int code = PdeApp.Run(new AnsatzBall(), new[] { "--dim", $"n={n}", "--report", report }, app);
        Assert.True(code == 0, output.ToString());
        var json = JsonNode.Parse(File.ReadAllText(report))!.AsObject();
        Assert.Equal(sigma, (double)json["sigma"]!, 12);
        Assert.Equal(left is null ? Array.Empty<string>() : new[] { "sigma" }, json["chosenFromProblem"]!.AsArray().Select(x => (string)x!).ToArray());
        Assert.Equal((6, 1), ((int)json["samples"]!, (int)json["hiddenLayers"]!)); // the rest stays fixed

        // The user's --sigma still wins, and --help says which default comes from the problem.
        int given = PdeApp.Run(new AnsatzBall(), new[] { "--dim", $"n={n}", "--sigma", "0.05", "--report", report }, app);
        Assert.True(given == 0, output.ToString());
        Assert.Equal(0.05, (double)JsonNode.Parse(File.ReadAllText(report))!["sigma"]!, 12);
        var help = new StringWriter();
        PdeApp.Run(new AnsatzBall(), new[] { "train", "--help" }, app with { Output = help });
        var sigmaLine = help.ToString().Split('\n').Single(l => l.Contains("--sigma"));
        Assert.Equal(left is not null, sigmaLine.Contains("chosen from the problem"));
    }

    [Fact]
    public void Leaving_a_setting_the_rules_do_not_choose_is_a_programming_error_that_says_which_they_choose()
    {
        var app = new PdeAppOptions { Defaults = new TrainingOptions(), ChosenFromProblem = new[] { "Seed" }, Output = TextWriter.Null };
        var e = Assert.Throws<ArgumentException>(() => PdeApp.Run(new AnsatzBall(), new[] { "--help" }, app));
        Assert.Contains("'Seed'", e.Message);
        Assert.Contains(nameof(TrainingOptions.Sigma), e.Message);
    }
}
