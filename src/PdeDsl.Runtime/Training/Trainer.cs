using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// Trains the base network of a problem so that the smoothed model satisfies the pde and its conditions:
/// each step draws N1 interior points per pde term and N2 points per condition, asks the backend for
/// exactly the derivatives each term needs (one batched evaluation per term), and takes one Adam step on
/// mean(residual²) summed over terms (conditions weighted). The learning rate decays linearly to 0.
/// A hold-out validation set, drawn once with a fixed seed, measures progress.
/// </summary>
public sealed partial class Trainer : IDisposable
{
    private readonly IPdeProblem _problem;
    private readonly TrainerBackends _backends;
    private readonly Adam _optimizer;
    private readonly Generator _sampling;
    private readonly Tensor[] _validationPoints;
    private readonly List<TrainingHistoryEntry> _history = new();
    private readonly List<double> _stepLosses = new();
    private double _lastSquareLoss = double.NaN;
    private readonly double[] _initialRates;
    private readonly bool _ownsBackends;

    /// <summary>
    /// A trainer for <paramref name="problem"/> with the settings <c>PdeApp.Run(problem, args)</c> trains with when given
    /// no arguments: the problem's train statement, then the rules for every setting it leaves open (docs/training.md,
    /// "Defaults chosen from the problem"). The problem's dims and params must already be set.
    /// </summary>
    public Trainer(IPdeProblem problem)
        : this(problem, TrainingSettings.For(problem).Options)
    {
    }

    /// <summary>
    /// A trainer for <paramref name="problem"/> with the settings of <see cref="Trainer(IPdeProblem)"/> and the program's
    /// own on top, typed: <c>new Trainer(problem, o =&gt; o with { Steps = 200, Seed = 3 })</c>. What
    /// <paramref name="settings"/> sets wins over the train statement, and the rules choose only what neither set
    /// (<see cref="TrainingSettings.For"/>).
    /// </summary>
    public Trainer(IPdeProblem problem, Func<TrainingOptions, TrainingOptions> settings)
        : this(problem, TrainingSettings.For(problem, settings ?? throw new ArgumentNullException(nameof(settings))).Options)
    {
    }

    /// <summary>
    /// A trainer for <paramref name="problem"/> with the runtime's MLP and backends as <paramref name="options"/> say.
    /// The problem's dims and params must already be set: they fix the input width.
    /// </summary>
    public Trainer(IPdeProblem problem, TrainingOptions options)
        : this(problem, options, CreateNetwork(problem, options), null, networkHasTheMap: true)
    {
    }

    /// <summary>
    /// A trainer with a network and backends of your own (for example a custom architecture).
    /// <paramref name="backends"/> null: the backends <paramref name="options"/> name.
    /// </summary>
    public Trainer(IPdeProblem problem, TrainingOptions options, BaseNetwork network, TrainerBackends? backends)
        : this(problem, options, network, backends, networkHasTheMap: false)
    {
    }

    // networkHasTheMap: the network was built here from the problem's own map (CreateNetwork), so the map (which draws
    // points for the radial feature's scale) is not built a second time to compare.
    private Trainer(IPdeProblem problem, TrainingOptions options, BaseNetwork network, TrainerBackends? backends, bool networkHasTheMap)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(network);
        options.Validate();
        if (problem.Terms.Count == 0)
            throw new ArgumentException($"Problem '{problem.Name}' has no terms to train on.", nameof(problem));
        if (network.InputDimension != problem.InputDimension)
            throw new ArgumentException($"The network takes {network.InputDimension} inputs but problem '{problem.Name}' has {problem.InputDimension}.", nameof(network));
        if (network.Outputs != UnknownNames(problem).Count)
            throw new ArgumentException($"The network has {network.Outputs} outputs but problem '{problem.Name}' has {UnknownNames(problem).Count} unknowns (one output each).", nameof(network));
        // A periodic coordinate is periodic through the network's input map: a network without the problem's map would train
        // a solution that does not repeat, silently.
        if (!networkHasTheMap && TrainerBackends.InputMap(problem, options)?.ToString() is var map && map != network.InputMap?.ToString())
            throw new ArgumentException($"Problem '{problem.Name}' with these options reads its input through the map {map ?? "none"} but the network's input map is {network.InputMap?.ToString() ?? "none"}: build it with TrainerBackends.CreateNetwork(problem.InputDimension, options, outputs, TrainerBackends.InputMap(problem, options)).", nameof(network));
        UntilTargets.RequireExactForMse(options, problem.HasExactSolution);

        AllocatorTuning.Apply();
        _problem = problem;
        Options = options;
        Device = DeviceSelection.Resolve(options.Device);
        DType = options.Precision.ToScalarType();
        Network = network;
        Network.to(DType).to(Device);
        _model = network;
        _backends = backends ?? TrainerBackends.Create(options, Device);
        _ownsBackends = backends is null;
        // Learned params (param p = v learn) train on the same optimiser (same steps, schedule and all-reduce), in a group
        // of their own with their own rate: one scalar has far to go compared with each weight.
        var learned = CreateLearnedParams();
        _optimizer = learned.Length == 0
            ? optim.Adam(Network.parameters(), options.LearningRate)
            : optim.Adam(new[]
            {
                new Adam.ParamGroup(Network.parameters(), lr: options.LearningRate),
                new Adam.ParamGroup(learned, lr: options.EffectiveLearnedParamLearningRate),
            }, options.LearningRate);
        _initialRates = _optimizer.ParamGroups.Select(g => g.LearningRate).ToArray();
        _sampling = RandomSource.Create(options.Seed * 7919 + 17);
        _validationPoints = DrawValidationSet();
    }

    /// <summary>The problem being trained.</summary>
    public IPdeProblem Problem => _problem;

    /// <summary>The options of this run.</summary>
    public TrainingOptions Options { get; }

    /// <summary>The base network f (the solution is its Gaussian smoothing for Stein backends, f itself for the others).</summary>
    public BaseNetwork Network { get; }

    /// <summary>Where tensors live.</summary>
    public Device Device { get; }

    /// <summary>float32 or float64.</summary>
    public ScalarType DType { get; }

    /// <summary>Optimisation steps done so far, counting those restored from a checkpoint.</summary>
    public int CompletedSteps { get; private set; }

    /// <summary>Validation history so far.</summary>
    public IReadOnlyList<TrainingHistoryEntry> History => _history;

    /// <summary>The training loss of every step of this run (for loss curves).</summary>
    public IReadOnlyList<double> StepLosses => _stepLosses;

    /// <summary>The hold-out validation points of term <paramref name="term"/>, [P, D].</summary>
    public Tensor ValidationPoints(int term) => _validationPoints[term];

    /// <summary>
    /// Runs from <see cref="CompletedSteps"/> to <see cref="TrainingOptions.Steps"/>. Stops early, cleanly, when
    /// <paramref name="cancellation"/> fires, a validation meets an <c>--until</c> target or plateau, or a loss is not finite (then the weights stay those of the last
    /// finite loss and no checkpoint is written over the last good one).
    /// </summary>
    public TrainingResult Train(CancellationToken cancellation = default, Action<TrainingProgress>? progress = null)
    {
        var reason = TrainingStopReason.Completed;
        string? message = null;
        int every = Options.EffectiveValidateEvery, firstStep = CompletedSteps;
        double lastLoss = double.NaN;
        double? lastValidation = null;
        var clock = Stopwatch.StartNew();
        var until = new UntilTargets(Options, _problem.HasExactSolution);
        LoadObservations();
        ChooseOutputScales();
        ChooseConditionWeight();
        var runningSquare = new RunningMean(50);
        // In a group only rank 0 validates: a target it meets is carried by the next step's all-reduce, so every rank
        // stops after that same step (one step past the validation), with rank 0's reason in its report.
        (TrainingStopReason Reason, string Message)? agreedStop = null;
        if (CompletedSteps == 0 && _history.Count == 0 && Options.Steps > 0 && IsLeader)
        {
            // Where the run starts from: the curves and the report show how far training moved.
            _history.Add(Entry(0, double.NaN, ValidationLoss(), MeanSquaredError(), 0));
        }

        while (CompletedSteps < Options.Steps)
        {
            // Ranks of a group stop together, at the step where any of them was asked to (agreed in its all-reduce).
            if (_averager is null ? cancellation.IsCancellationRequested : _stopAgreed)
            {
                (reason, message) = agreedStop
                    ?? (_targetAgreed
                        ? (TrainingStopReason.TargetReached, $"Rank 0's validation met an --until target; stopped with it after step {CompletedSteps}.")
                        : (TrainingStopReason.Cancelled, $"Training was cancelled after step {CompletedSteps} of {Options.Steps}."));
                break;
            }

            double loss;
            try
            {
                loss = TakeStep(cancellation.IsCancellationRequested, targetMet: agreedStop is not null);
            }
            catch (ExternalException e) when (_averager is null)
            {
                // A failure inside libtorch after minutes of training should not take them with it: stop as a cancel
                // does, with the weights of the last completed step. (A rank of a group rethrows: the others wait on it.)
                reason = TrainingStopReason.Failed;
                message = $"Training stopped at step {CompletedSteps + 1}: libtorch failed ({ExceptionText.FirstLine(e.Message).Trim()}). The weights of step {CompletedSteps} were kept"
                    + (Options.CheckpointPath is null ? "." : $" and written to the checkpoint '{Options.CheckpointPath}'.");
                break;
            }
            if (!double.IsFinite(loss))
            {
                reason = TrainingStopReason.NonFiniteLoss;
                message = $"Training stopped at step {CompletedSteps + 1}: the loss was {loss}. The weights after step {CompletedSteps} were kept"
                    + (Options.CheckpointPath is null ? "." : $" and the last good checkpoint '{Options.CheckpointPath}' was left as it was.")
                    + " Try a smaller learning rate (LearningRate, --lr), a larger sigma (Sigma, --sigma) or more samples (Samples, --samples).";
                break;
            }

            CompletedSteps++;
            lastLoss = loss;
            _stepLosses.Add(loss);
            if (IsLeader && (CompletedSteps % every == 0 || CompletedSteps == Options.Steps))
            {
                double validation = ValidationLoss();
                lastValidation = validation;
                double? mse = MeanSquaredError();
                _history.Add(Entry(CompletedSteps, loss, validation, mse, clock.Elapsed.TotalSeconds));
                if (Options.CheckpointPath is not null && double.IsFinite(validation)) SaveCheckpoint(Options.CheckpointPath);
                if (until.Check(CompletedSteps, validation, mse) is { } stop)
                {
                    if (_averager is null) (reason, message) = stop;
                    else agreedStop = stop;
                }
            }
            double seconds = clock.Elapsed.TotalSeconds;
            runningSquare.Add(_lastSquareLoss);
            progress?.Invoke(new TrainingProgress(CompletedSteps, Options.Steps, loss, lastValidation, seconds, (CompletedSteps - firstStep) / Math.Max(seconds, 1e-9))
            {
                RunningSquareLoss = runningSquare.Value,
                LearnedParams = _learned.Length == 0 ? null : LearnedParams,
            });
            if (reason != TrainingStopReason.Completed) break;
        }

        double trainSeconds = clock.Elapsed.TotalSeconds;
        double finalValidation = IsLeader ? ValidationLoss() : double.NaN;
        if (reason != TrainingStopReason.NonFiniteLoss && Options.CheckpointPath is not null && double.IsFinite(finalValidation))
            SaveCheckpoint(Options.CheckpointPath);
        if (IsLeader && reason is TrainingStopReason.Cancelled or TrainingStopReason.Failed && CompletedSteps > firstStep && (_history.Count == 0 || _history[^1].Step != CompletedSteps))
            _history.Add(Entry(CompletedSteps, lastLoss, finalValidation, MeanSquaredError(), trainSeconds));

        int ran = CompletedSteps - firstStep;
        var errors = IsLeader ? ErrorsAgainstExact() : null;
        return new TrainingResult
        {
            StopReason = reason,
            Message = message,
            StepsCompleted = CompletedSteps,
            Seconds = trainSeconds,
            StepsPerSecond = ran / Math.Max(trainSeconds, 1e-9),
            FinalValidationLoss = finalValidation,
            Mse = errors?.Mse,
            RelativeL2Error = errors?.Relative.Value,
            RelativeL2StandardError = errors?.Relative.StandardError,
            History = _history.ToArray(),
        };
    }

    /// <summary>One Adam step on a fresh batch; returns the loss before the update (NaN/∞: no update was made).</summary>
    private double TakeStep(bool stopRequested, bool targetMet)
    {
        using var scope = NewDisposeScope();
        // Linear decay to 0 (paper, section 5.1): update k of S uses lr·(1 − k/S).
        double decay = 1.0 - (double)CompletedSteps / Options.Steps;
        int g = 0;
        foreach (var group in _optimizer.ParamGroups) group.LearningRate = _initialRates[g++] * decay;

        _optimizer.zero_grad();
        var terms = _problem.Terms;
        Tensor? total = null, plain = null;
        for (int i = 0; i < terms.Count; i++)
        {
            int count = terms[i].Kind == TermKind.Pde ? Options.InteriorPoints : Options.ConditionPoints;
            var points = _problem.Sample(i, count, _sampling, Device, DType);
            var backend = BackendFor(terms[i], _backends.Training);
            var residual = _problem.Residual(i, points, backend.Evaluate(_model, points, terms[i].Request));
            // r₁·r₂ from independent noise is unbiased for r²; r̂² would add Var(r̂) (see TrainingOptions.UnbiasedResidualSquare).
            var squared = _backends.SplitResiduals && !IsValueOnly(terms[i].Request) && !backend.IsExact(terms[i].Request)
                ? residual * _problem.Residual(i, points, backend.Evaluate(_model, points, terms[i].Request))
                : residual.square();
            var termLoss = squared.mean() * Weight(terms[i]);
            total = total is null ? termLoss : total + termLoss;
            var plainTerm = residual.detach().square().mean() * Weight(terms[i]);
            plain = plain is null ? plainTerm : plain + plainTerm;
        }
        if (DataLoss(out var plainData) is { } data)
        {
            total = total! + data;
            plain = plain! + plainData!;
        }
        // A loss with no path to the weights would fail in libtorch's backward with a message about tensors.
        if (!total!.requires_grad)
            throw new InvalidOperationException($"The loss of problem '{_problem.Name}' does not depend on the network: its residuals do not read u (is net multiplied by 0 in the ansatz?), so there is nothing to train.");
        double loss = total!.ToDouble();
        _lastSquareLoss = plain!.ToDouble();
        if (_averager is not null)
        {
            // Every rank joins the all-reduce, even with a non-finite loss (then the mean is not finite and no rank updates).
            if (double.IsFinite(loss)) total!.backward();
            loss = AverageOverRanks(loss, stopRequested, targetMet);
            if (double.IsFinite(loss)) _optimizer.step();
            SyncLearnedParams();
            return loss;
        }
        if (!double.IsFinite(loss)) return loss;
        total!.backward();
        _optimizer.step();
        SyncLearnedParams();
        return loss;
    }

    private double Weight(ProblemTerm term) => term.Kind == TermKind.Pde ? 1.0 : ConditionWeight;

    // A term that needs only u is served by the value backend, which may use fewer samples.
    private IDerivativeBackend BackendFor(ProblemTerm term, IDerivativeBackend full) =>
        IsValueOnly(term.Request) && ReferenceEquals(full, _backends.Training) ? _backends.Value : full;

    internal static bool IsValueOnly(DerivativeRequest r) => r.IsValueOnly;

    private Tensor[] DrawValidationSet()
    {
        var points = new Tensor[_problem.Terms.Count];
        for (int i = 0; i < points.Length; i++)
        {
            var generator = RandomSource.Create(Options.ValidationSeed + 1000 * i);
            using var drawn = _problem.Sample(i, Options.ValidationPoints, generator, Device, DType);
            points[i] = drawn.detach();
            generator.Dispose();
        }
        return points;
    }

    private static BaseNetwork CreateNetwork(IPdeProblem problem, TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        // Refused before the first layer (or anything as wide as the input) is allocated.
        if (options.CheckMemory) InputWidthCheck.Check(problem, options.HiddenWidth, options.Precision);
        manual_seed(options.Seed);
        return TrainerBackends.CreateNetwork(problem.InputDimension, options, UnknownNames(problem).Count, TrainerBackends.InputMap(problem, options));
    }

    /// <summary>Frees the optimiser, the generator and the validation tensors.</summary>
    public void Dispose()
    {
        DetachLearnedParams();
        foreach (var t in _validationPoints) t.Dispose();
        foreach (var t in _observedRows) t.Dispose();
        _optimizer.Dispose();
        _sampling.Dispose();
        // Backends passed in belong to the caller; those the trainer made (and their generators) are its own.
        if (_ownsBackends)
        {
            (_backends.Training as IDisposable)?.Dispose();
            if (!ReferenceEquals(_backends.Value, _backends.Training)) (_backends.Value as IDisposable)?.Dispose();
        }
    }
}
