using System;
using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// The derivative backends of a run: one for training steps, one for value-only terms (a value needs far fewer
/// noise samples than a Laplacian), and a factory for evaluation backends (validation loss, MSE, eval), which are
/// made afresh with a fixed seed so every validation sees the same noise and differences come from the weights.
/// </summary>
public sealed class TrainerBackends
{
    private readonly Func<IDerivativeBackend> _evaluation;

    /// <summary>Backends of your own; <paramref name="evaluationsPerPoint"/> bounds evaluation chunks (2K+1 for antithetic Stein).</summary>
    public TrainerBackends(IDerivativeBackend training, IDerivativeBackend value, Func<IDerivativeBackend> evaluation, long evaluationsPerPoint, bool needsInputGraph)
    {
        Training = training ?? throw new ArgumentNullException(nameof(training));
        Value = value ?? throw new ArgumentNullException(nameof(value));
        _evaluation = evaluation ?? throw new ArgumentNullException(nameof(evaluation));
        if (evaluationsPerPoint < 1) throw new ArgumentOutOfRangeException(nameof(evaluationsPerPoint), evaluationsPerPoint, "Must be at least 1.");
        EvaluationsPerPoint = evaluationsPerPoint;
        NeedsInputGraph = needsInputGraph;
    }

    /// <summary>The backend of training steps.</summary>
    public IDerivativeBackend Training { get; }

    /// <summary>The backend of terms that need only u.</summary>
    public IDerivativeBackend Value { get; }

    /// <summary>Network evaluations per point of an evaluation backend.</summary>
    public long EvaluationsPerPoint { get; }

    /// <summary>Whether evaluation differentiates through the inputs (autograd), so it cannot run under no_grad.</summary>
    public bool NeedsInputGraph { get; }

    /// <summary>Whether derivative terms are trained on r₁·r₂ from two independent evaluations (see <see cref="TrainingOptions.UnbiasedResidualSquare"/>).</summary>
    public bool SplitResiduals { get; init; }

    /// <summary>A fresh evaluation backend.</summary>
    public IDerivativeBackend CreateEvaluation() => _evaluation();

    /// <summary>The backends <paramref name="options"/> name.</summary>
    public static TrainerBackends Create(TrainingOptions options, Device device)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Backend == BackendKind.Autograd)
        {
            var autograd = new AutogradBackend();
            return new TrainerBackends(autograd, autograd, () => autograd, 1, needsInputGraph: true);
        }
        if (options.Backend.IsDirectional()) return CreateDirectional(options);
        var stein = new SteinOptions
        {
            Estimator = options.Estimator,
            Sigma = options.Sigma,
            Samples = options.Samples,
            NoiseMode = options.NoiseMode,
            Seed = options.Seed,
            IndependentGroups = options.IndependentGroups,
        };
        // Split residuals draw two independent halves of K, so each half-backend uses K/2: the same evaluations per step.
        var training = options.UnbiasedResidualSquare ? stein with { Samples = Math.Max(1, options.Samples / 2) } : stein;
        var evaluation = stein with { Samples = options.EvaluationSamples, Seed = options.ValidationSeed };
        long perPoint = options.Estimator.EvaluationsPerPoint(options.EvaluationSamples);
        return Sampled(options, new SteinBackend(training), new SteinBackend(stein with { Samples = options.EffectiveValueSamples, Seed = options.Seed + 1 }),
            () => new SteinBackend(evaluation), perPoint);
    }

    // Backends that sample (Stein's noise, random directions): evaluated without an input graph, trained on r1*r2 when asked.
    private static TrainerBackends Sampled(TrainingOptions options, IDerivativeBackend training, IDerivativeBackend value, Func<IDerivativeBackend> evaluation, long perPoint) =>
        new(training, value, evaluation, perPoint, needsInputGraph: false) { SplitResiduals = options.UnbiasedResidualSquare };

    // Jets or differences of f: K random directions for wide sets (halved per evaluation under the r1*r2 loss, like Stein's
    // K, so a step costs the same); a set of at most K columns is taken along every axis, exactly, at either K.
    private static TrainerBackends CreateDirectional(TrainingOptions options)
    {
        var directional = new DirectionalOptions
        {
            Method = options.Backend == BackendKind.Jet ? DirectionalMethod.Jet : DirectionalMethod.Difference,
            Directions = options.Directions,
            Samples = options.Samples,
            ExactColumns = options.Samples,
            Step = options.Sigma,
            NoiseMode = options.NoiseMode,
            Seed = options.Seed,
        };
        var training = options.UnbiasedResidualSquare ? directional with { Samples = Math.Max(1, options.Samples / 2) } : directional;
        // Validation averages over its points, so directions shared by the chunk serve it as well as per-point ones, and
        // keep the D-wide first layer out of the N·K product (at n = 1000 that was most of a validation's time).
        var evaluation = directional with
        {
            Samples = options.EvaluationSamples, ExactColumns = Math.Max(options.Samples, options.EvaluationSamples), Seed = options.ValidationSeed, NoiseMode = NoiseMode.Shared,
        };
        // A value is exact (no directions drawn), so the value backend is the training one's settings with its own seed.
        return Sampled(options, new DirectionalBackend(training), new DirectionalBackend(directional with { Seed = options.Seed + 1 }),
            () => new DirectionalBackend(evaluation), 2L * options.EvaluationSamples + 1);
    }

    /// <summary>The runtime's MLP with the options' width, depth, seed, precision and device.</summary>
    public static BaseNetwork CreateNetwork(int inputDimension, TrainingOptions options) => CreateNetwork(inputDimension, options, 1);

    /// <summary>
    /// The runtime's MLP with <paramref name="outputs"/> outputs (one per unknown) and the options' width, depth, seed,
    /// precision and device, reading its input through <paramref name="inputMap"/> (see <see cref="InputMap(IPdeProblem, TrainingOptions)"/>).
    /// </summary>
    public static BaseNetwork CreateNetwork(int inputDimension, TrainingOptions options, int outputs, InputMap? inputMap = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Mlp(inputDimension, options.HiddenWidth, options.HiddenLayers, Activation.Tanh, options.Seed, options.Precision, DeviceSelection.Resolve(options.Device), outputs, inputMap,
            options.FirstLayerGain);
    }

    /// <summary>
    /// The network's input map for <paramref name="problem"/> and <paramref name="options"/>: the periodic coordinates' map,
    /// or with <see cref="TrainingOptions.RadialFeature"/> each vector coordinate's scaled |x|² beside x (or instead of it),
    /// or with <see cref="TrainingOptions.InputScale"/> (auto) the small vector coordinates divided by their size
    /// (by at most 8 times); null when
    /// none applies. Periodic and radial at once is refused (an ArgumentException).
    /// </summary>
    public static InputMap? InputMap(IPdeProblem problem, TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var periodic = InputMap(problem);
        if (options.RadialFeature == RadialFeatureMode.Off)
        {
            // The scale is for a problem with no other map: the periodic and radial maps read their coordinates their own way.
            if (periodic is null && options.InputScale == InputScaleMode.Auto && CoordinateScales(problem) is { Length: > 0 } scales)
                return new ScaledInputMap(problem.InputDimension, scales);
            return periodic;
        }
        var vectors = problem.Coordinates.Where(c => c.IsVector).ToArray();
        if (vectors.Length == 0)
            throw new ArgumentException($"The radial feature (RadialFeature, --radial-feature) needs a vector coordinate (x in R^n or a ball), and problem '{problem.Name}' has none.", nameof(options));
        if (periodic is not null)
            throw new ArgumentException($"Problem '{problem.Name}' has periodic coordinates; the radial feature (RadialFeature, --radial-feature) cannot be combined with them.", nameof(options));
        return new RadialInputMap(problem.InputDimension, RadialScales(problem, vectors), options.RadialFeature == RadialFeatureMode.Only);
    }

    // Each feature's scale: the mean of |x_C|² over the problem's points (MeanSquaredNorms), so the feature is about 1
    // where the problem lives: |x|²/n on R^n with x ~ N(0, I), 3|x|² in the unit ball with `sample x ~ radial`.
    private static RadialGroup[] RadialScales(IPdeProblem problem, CoordinateInfo[] vectors)
    {
        var norms = MeanSquaredNorms(problem, vectors, seed: 4242);
        return vectors.Select((c, i) => new RadialGroup(c.Offset, c.Length, FourDigits(norms[i]))).ToArray();
    }

    // Components this small reach the tanh units nearly linearly (measured: the two-body problem in the unit ball of R^20,
    // components of size 0.13, relative L2 0.21 read as they are, 4.1e-2 read at size 1).
    private const double SmallestUnscaledComponent = 0.25;

    // Reading x/s multiplies the first layer's effective learning rate by 1/s (Adam moves each weight by about lr), so the
    // factor stops at 8: at n = 1000 in the unit ball the full 53 hurt (docs/training.md, "Input scale").
    private const double LargestFactor = 8;

    // The vector coordinates whose components' root mean square over the problem's points (MeanSquaredNorms, a generator
    // of its own) is below SmallestUnscaledComponent, each with the scale it is read at: that rms, or 1/LargestFactor.
    private static CoordinateScale[] CoordinateScales(IPdeProblem problem)
    {
        var vectors = problem.Coordinates.Where(c => c.IsVector).ToArray();
        if (vectors.Length == 0) return Array.Empty<CoordinateScale>();
        var norms = MeanSquaredNorms(problem, vectors, seed: 4243);
        return vectors.Select((c, i) => (Coordinate: c, Rms: Math.Sqrt(norms[i] / c.Length)))
            .Where(v => v.Rms < SmallestUnscaledComponent)
            .Select(v => new CoordinateScale(v.Coordinate.Offset, v.Coordinate.Length, FourDigits(Math.Max(v.Rms, 1 / LargestFactor))))
            .ToArray();
    }

    // Each vector coordinate's mean of |x_C|² over 256 of the first pde term's points, drawn from a fixed generator of its
    // own (the training's draws are untouched), so a map built from it depends on the problem only.
    private static double[] MeanSquaredNorms(IPdeProblem problem, CoordinateInfo[] vectors, long seed)
    {
        int term = Enumerable.Range(0, problem.Terms.Count).FirstOrDefault(i => problem.Terms[i].Kind == TermKind.Pde);
        using var scope = NewDisposeScope();
        using var generator = RandomSource.Create(seed);
        var points = problem.Sample(term, 256, generator, CPU, ScalarType.Float64);
        return vectors.Select(c => points.narrow(1, c.Offset, c.Length).square().sum(1).mean().item<double>()).ToArray();
    }

    // A map's scale rounded to 4 significant digits (1 when not a positive finite number), so a checkpoint's map compares
    // equal in any run of the problem, on any machine (the last bits of a sampler's float64 arithmetic may differ between
    // CPUs and libtorch builds).
    private static double FourDigits(double scale) =>
        scale > 1e-12 && double.IsFinite(scale)
            ? double.Parse(scale.ToString("G4", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture)
            : 1.0;

    /// <summary>The input map of <paramref name="problem"/>'s periodic coordinates (each over its interval), or null when it has none.</summary>
    public static PeriodicInputMap? InputMap(IPdeProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var periodic = problem.Coordinates.Where(c => c.Periodic)
            .Select(c => c.IsVector || c.Length != 1 || !double.IsFinite(c.Lower) || !double.IsFinite(c.Upper) || !(c.Upper > c.Lower)
                ? throw new ArgumentException($"The periodic coordinate {c.Name} must be a scalar over a finite interval, not [{c.Lower}, {c.Upper}].", nameof(problem))
                : new PeriodicColumn(c.Offset, c.Lower, c.Upper - c.Lower))
            .ToArray();
        return periodic.Length == 0 ? null : new PeriodicInputMap(problem.InputDimension, periodic);
    }
}
