using System;

namespace PdeDsl;

/// <summary>
/// Everything a training run can be told: the optimiser and its schedule, the batch sizes, the
/// derivative backend and its Stein settings, the hold-out validation set, the network, seeds,
/// device and precision, and where to checkpoint. Defaults follow the paper (section 5.1) except K,
/// which samples choose by measurement (see docs/training.md).
/// </summary>
public sealed record TrainingOptions
{
    /// <summary>Optimisation steps (Adam updates).</summary>
    public int Steps { get; init; } = 2000;

    /// <summary>The initial learning rate; it decays linearly to 0 over <see cref="Steps"/> (paper: 1e-3).</summary>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>
    /// Initial learning rate of Adam for learned params (<c>param p = v learn</c>), decayed like <see cref="LearningRate"/>;
    /// 0: ten times <see cref="LearningRate"/> (a scalar coefficient has further to go than each weight).
    /// </summary>
    public double LearnedParamLearningRate { get; init; }

    /// <summary>The learned params' initial rate: <see cref="LearnedParamLearningRate"/>, or ten times <see cref="LearningRate"/> when it is 0.</summary>
    public double EffectiveLearnedParamLearningRate => LearnedParamLearningRate > 0 ? LearnedParamLearningRate : 10 * LearningRate;

    /// <summary>N1: interior points drawn for each pde term per step.</summary>
    public int InteriorPoints { get; init; } = 100;

    /// <summary>N2: points drawn for each condition term per step.</summary>
    public int ConditionPoints { get; init; } = 100;

    /// <summary>
    /// The weight of each condition's loss (and of each observation file's misfit) relative to the pde's; null: chosen
    /// from the problem at the first step (<see cref="Trainer.ConditionWeight"/>; docs/training.md, "Condition weight"):
    /// 1, unless the pde's forcing dwarfs the conditions' data.
    /// </summary>
    public double? ConditionWeight { get; init; }

    /// <summary>How derivatives are obtained: Stein's identity on the smoothed model, or autograd on the base network.</summary>
    public BackendKind Backend { get; init; } = BackendKind.Stein;

    /// <summary>The law of the random directions of the jet and difference backends: Rademacher (default), Gaussian or Axes.</summary>
    public DirectionKind Directions { get; init; } = DirectionKind.Rademacher;

    /// <summary>The Stein estimator (paper eqs. 7, 8-9, 10-11).</summary>
    public SteinEstimator Estimator { get; init; } = SteinEstimator.Antithetic;

    /// <summary>σ, the smoothing noise level (paper: 0.1).</summary>
    public double Sigma { get; init; } = 0.1;

    /// <summary>
    /// Whether the K noise vectors are shared by the batch (cheap first layer for wide inputs) or drawn per point (errors
    /// independent across points, so a batch's gradient is far less noisy; costs N·K·D·h in the first layer).
    /// </summary>
    public NoiseMode NoiseMode { get; init; } = NoiseMode.Shared;

    /// <summary>
    /// Stein only: estimate each derivative term's residual² as the product r₁·r₂ of two residuals from independent halves
    /// of the K noise vectors. Squaring one estimate adds its variance Var(r̂) ≈ c·|Hessian|²/K to the loss, whose gradient
    /// then flattens the solution (Poisson2D at K = 64: MSE stalls near 1e-3); the product is unbiased for r², so the
    /// minimiser is the pde's solution. Same number of network evaluations.
    /// </summary>
    public bool UnbiasedResidualSquare { get; init; } = true;

    /// <summary>
    /// Give the first layer each vector coordinate's |x_C|²/s as one more input beside x, s the mean of |x_C|² over the
    /// problem's points, so the feature is about 1 there (<see cref="RadialInputMap"/>): a tanh network in many dimensions does not learn |x|² from samples, and solutions on
    /// R^n or in a ball often depend on it. Every backend differentiates through the map. Off by default; not with
    /// periodic coordinates. <see cref="RadialFeatureMode.Only"/> gives the first layer |x_C|² instead of x_C, for
    /// solutions that are radial by symmetry.
    /// </summary>
    public RadialFeatureMode RadialFeature { get; init; }

    /// <summary>
    /// Stein only: where the compiler split a product of estimates (u·lap u, u², u·u_x) over noise groups, the groups use
    /// disjoint noise samples, so the product is unbiased (default). False reads every group from all samples: the
    /// same-sample product, biased by the factors' covariance, for comparison (see <see cref="SteinOptions.IndependentGroups"/>).
    /// </summary>
    public bool IndependentGroups { get; init; } = true;

    /// <summary>K, noise vectors per point for terms that need derivatives.</summary>
    public int Samples { get; init; } = 128;

    /// <summary>K for terms that need only the value u (a value needs far fewer samples than a Laplacian); 0 uses <see cref="Samples"/>.</summary>
    public int ValueSamples { get; init; }

    /// <summary>K used for the validation loss and the model's values in MSE and evaluation.</summary>
    public int EvaluationSamples { get; init; } = 256;

    /// <summary>Hold-out validation points per term, drawn once with <see cref="ValidationSeed"/>.</summary>
    public int ValidationPoints { get; init; } = 500;

    /// <summary>The seed of the hold-out validation set (fixed, so runs compare on the same points).</summary>
    public long ValidationSeed { get; init; } = 20_231_001;

    /// <summary>Steps between validations (and periodic checkpoints); 0 picks about 50 over the run.</summary>
    public int ValidateEvery { get; init; }

    /// <summary>Hidden layers of the base MLP (paper: 4 hidden layers, 5 affine layers).</summary>
    public int HiddenLayers { get; init; } = 4;

    /// <summary>Neurons per hidden layer (paper: 100).</summary>
    public int HiddenWidth { get; init; } = 100;

    /// <summary>
    /// A fixed factor on every network output (the solution asks the network for outputs of its size divided by this);
    /// null: chosen from the problem at the first step, the size of the constant that fits its data and forcing best when
    /// that is 2 or more, else 1 (docs/training.md, "Output scale").
    /// </summary>
    public double? OutputScale { get; init; }

    /// <summary>
    /// Off (default): every coordinate as it is. Auto: a vector coordinate whose components are small where the problem
    /// lives (root mean square below 1/4 over its points: the unit ball of R^n for n of 8 or more) is read divided by that
    /// size, so the network sees components of size 1, but by at most 8 times (0.125 in the unit ball of R^n from n = 22);
    /// not with periodic coordinates or the radial feature. It helps some problems and hurts others (docs/training.md,
    /// "Input scale"), so it is a choice.
    /// </summary>
    public InputScaleMode InputScale { get; init; } = InputScaleMode.Off;

    /// <summary>
    /// A factor on the first hidden layer's initial weights (PyTorch's U(−1/√fan_in, 1/√fan_in) times this; biases and
    /// later layers as they are); default 1. Below 1 (0.1 to 0.3) the network starts nearly linear in its inputs, and its
    /// first-layer features grow along the directions the problem asks for instead of starting spread over all of them:
    /// it helped the Kolmogorov samples on R^100, whose solutions vary along few directions, and hurt every problem of
    /// another shape measured (docs/training.md, "First-layer gain"), so it is a choice, not a rule.
    /// </summary>
    public double FirstLayerGain { get; init; } = 1;

    /// <summary>Seed of the network's initial weights, the training points and the noise.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>auto (CUDA when available), cpu or cuda.</summary>
    public DeviceOption Device { get; init; } = DeviceOption.Auto;

    /// <summary>float32 (default) or float64.</summary>
    public Precision Precision { get; init; } = Precision.Float32;

    /// <summary>
    /// Whether a problem too large for this machine's memory is refused before anything is allocated
    /// (<see cref="InputWidthCheck"/>; the command line's <c>--no-memory-check</c> turns it off). Default true.
    /// </summary>
    public bool CheckMemory { get; init; } = true;

    /// <summary>Checkpoint file written at each validation and at the end; null: none.</summary>
    public string? CheckpointPath { get; init; }

    /// <summary>Where observation files are (<c>--data NAME=PATH</c>): by the name an <c>observe</c> statement gives, or that name without extension; null: as written.</summary>
    public System.Collections.Generic.IReadOnlyDictionary<string, string>? DataFiles { get; init; }

    /// <summary>Stop at the first validation whose loss is at or below this value (null: no such target; <c>--until loss=V</c>).</summary>
    public double? UntilValidationLoss { get; init; }

    /// <summary>Stop at the first validation whose MSE against the exact solution is at or below this value (null: none; <c>--until mse=V</c>).</summary>
    public double? UntilMse { get; init; }

    /// <summary>
    /// Stop when this many validations in a row brought no improvement of at least 1% over the best so far (0: never;
    /// <c>--until plateau=N</c>). The MSE is watched when the problem has an exact solution, else the validation loss.
    /// </summary>
    public int Patience { get; init; }

    /// <summary>The validation interval actually used.</summary>
    public int EffectiveValidateEvery => ValidateEvery > 0 ? ValidateEvery : Math.Max(1, Steps / 50);

    /// <summary>K actually used for value-only terms.</summary>
    public int EffectiveValueSamples => ValueSamples > 0 ? ValueSamples : Samples;

    /// <summary>Throws an ArgumentException naming the first option out of range.</summary>
    public void Validate()
    {
        Require(Steps >= 0, nameof(Steps), Steps, "must be 0 or more");
        Require(LearningRate > 0 && double.IsFinite(LearningRate), nameof(LearningRate), LearningRate, "must be a positive number");
        Require(LearnedParamLearningRate >= 0 && double.IsFinite(LearnedParamLearningRate), nameof(LearnedParamLearningRate), LearnedParamLearningRate, "must be 0 (ten times the learning rate) or a positive number");
        Require(InteriorPoints > 0, nameof(InteriorPoints), InteriorPoints, "must be at least 1");
        Require(ConditionPoints > 0, nameof(ConditionPoints), ConditionPoints, "must be at least 1");
        Require(ConditionWeight is null || (ConditionWeight >= 0 && double.IsFinite(ConditionWeight.Value)), nameof(ConditionWeight), ConditionWeight!, "must be 0 or more (or null: chosen from the problem)");
        Require(Sigma > 0 && double.IsFinite(Sigma), nameof(Sigma), Sigma, "must be a positive number");
        Require(Samples > 0, nameof(Samples), Samples, "must be at least 1");
        Require(ValueSamples >= 0, nameof(ValueSamples), ValueSamples, "must be 0 (same as Samples) or more");
        Require(EvaluationSamples > 0, nameof(EvaluationSamples), EvaluationSamples, "must be at least 1");
        Require(ValidationPoints > 0, nameof(ValidationPoints), ValidationPoints, "must be at least 1");
        Require(ValidateEvery >= 0, nameof(ValidateEvery), ValidateEvery, "must be 0 (automatic) or more");
        Require(UntilValidationLoss is null || (UntilValidationLoss >= 0 && double.IsFinite(UntilValidationLoss.Value)), nameof(UntilValidationLoss), UntilValidationLoss!, "must be a finite number, 0 or more");
        Require(UntilMse is null || (UntilMse >= 0 && double.IsFinite(UntilMse.Value)), nameof(UntilMse), UntilMse!, "must be a finite number, 0 or more");
        Require(Patience >= 0, nameof(Patience), Patience, "must be 0 (never) or more");
        Require(OutputScale is null || (OutputScale > 0 && double.IsFinite(OutputScale.Value)), nameof(OutputScale), OutputScale!, "must be a positive number (or null: chosen from the problem)");
        Require(FirstLayerGain > 0 && double.IsFinite(FirstLayerGain), nameof(FirstLayerGain), FirstLayerGain, "must be a positive number");
        Require(HiddenLayers >= 1, nameof(HiddenLayers), HiddenLayers, "must be at least 1");
        Require(HiddenWidth >= 1, nameof(HiddenWidth), HiddenWidth, "must be at least 1");
        Require(Enum.IsDefined(Device), nameof(Device), Device, "must be auto, cpu or cuda");
        Require(Enum.IsDefined(Precision), nameof(Precision), Precision, "must be float32 or float64");
        Require(Enum.IsDefined(Estimator), nameof(Estimator), Estimator, "must be vanilla, control-variate or antithetic");
        Require(Enum.IsDefined(NoiseMode), nameof(NoiseMode), NoiseMode, "must be shared or per-point");
        Require(Enum.IsDefined(Backend), nameof(Backend), Backend, "must be jet, difference, stein or autograd");
        Require(Enum.IsDefined(Directions), nameof(Directions), Directions, "must be rademacher, gaussian or axes");
    }

    private static void Require(bool ok, string name, object value, string rule)
    {
        if (!ok) throw new InvalidSettingException($"Training option {name} = {value} {rule}.", name);
    }
}
