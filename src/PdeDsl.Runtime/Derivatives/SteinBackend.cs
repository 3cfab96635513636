using System;
using System.Collections.Generic;
using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// Derivatives of the Gaussian-smoothed u(x) = E_{δ~N(0,σ²I)} f(x+δ) by Stein's identity, from ONE batched
/// forward pass of f over [N, M, h] first-layer outputs (M = K, K+1 or 2K+1 by estimator). With δ = σξ,
/// the estimator weights are written in ξ so σ⁴ never appears on its own (better in float32):
/// ∂_i u ≈ mean_k ξ_ki·s_k/σ, Δ_C u ≈ mean_k (|ξ_k,C|² − |C|)·t_k/σ², ∂_a∂_b u ≈ mean_k (ξ_kaξ_kb − [a=b])·t_k/σ²,
/// where s_k, t_k are the estimator's signals (see <see cref="Signals"/>). Every weighted mean is a matmul over
/// the K axis. The result stays on the parameters' graph, so one backward pass trains through it.
/// </summary>
public sealed class SteinBackend : IDerivativeBackend
{
    private readonly Dictionary<string, Generator> generators = new();

    /// <summary>Creates the backend; bad options are an ArgumentException.</summary>
    public SteinBackend(SteinOptions? options = null)
    {
        Options = options ?? new SteinOptions();
        Options.Validate();
    }

    /// <summary>The settings in use.</summary>
    public SteinOptions Options { get; }

    /// <inheritdoc />
    public string Name => "stein";

    /// <inheritdoc />
    public DerivativeResult Evaluate(BaseNetwork network, Tensor points, DerivativeRequest request)
    {
        RequestValidation.Validate(network, points, request);
        int k = Options.Samples;
        if (request.GradientSquaredNorm && k < 2)
            throw new ArgumentException($"An unbiased |grad u|^2 splits the noise vectors in two halves, so it needs K >= 2 samples, not {k}.", nameof(request));
        double sigma = Options.Sigma;
        long n = points.shape[0], d = points.shape[1];
        bool shared = Options.NoiseMode == NoiseMode.Shared;

        // ξ ~ N(0, I): [K, D] shared by the batch, or [N, K, D] per point.
        var xi = RandomSource.Normal(shared ? new[] { (long)k, d } : new[] { n, k, d }, GeneratorFor(points.device), points.device, points.dtype);

        // First layer: W(x + σξ) + b = (Wx + b) + σWξ, so the noise meets the D-wide weights once. The shifts
        // of all M evaluations (0, +σWξ_k, −σWξ_k as the estimator needs) are stacked first, while small,
        // and meet the N centres in one broadcast add.
        var center = network.FirstLayer.forward(points).unsqueeze(1);               // [N, 1, h]
        var shift = xi.matmul(network.FirstLayer.weight!.t()).mul(sigma);           // [K, h] or [N, K, h]
        var zero = zeros_like(shift.narrow(-2, 0, 1));
        var shifts = Options.Estimator switch
        {
            SteinEstimator.Vanilla => shift,
            SteinEstimator.ControlVariate => cat(new[] { zero, shift }, -2),
            _ => cat(new[] { zero, shift, shift.neg() }, -2),
        };
        var firstLayer = center + shifts;                                           // [N, M, h]
        var f = network.ForwardFromFirstLayer(firstLayer);                          // [N, M]
        // Nothing keeps the sum for back-propagation (the activation keeps its own output): free it now rather than at
        // the end of the caller's dispose scope, one [N, M, h] tensor less at the peak.
        firstLayer.Dispose();
        var (value, odd, even) = Signals(f, k);

        var firstPartials = new Dictionary<int, Tensor>();
        Tensor? gradient = null;
        Tensor? gradientSquaredNorm = null;
        if (request.FirstPartials.Count > 0)
        {
            var estimates = WeightedMean(odd, Columns(xi, request.FirstPartials.ToArray())).div(sigma);   // [N, F]
            for (int i = 0; i < request.FirstPartials.Count; i++)
                firstPartials[request.FirstPartials[i]] = estimates[.., i];
        }
        if (request.GradientColumns.Count > 0)
        {
            var weights = Columns(xi, request.GradientColumns.ToArray());          // [.., K, G]
            if (request.GradientSquaredNorm)
            {
                // |∇u|² as ĝ_A·ĝ_B from the two halves of the K samples (eqs. 7, 8, 10 on each half): independent
                // and unbiased, so their product is unbiased, where |ĝ|² would add tr Var(ĝ) ≈ (D+1)/K·|∇u|².
                int half = k / 2;
                var a = WeightedMean(odd[.., ..half], weights.narrow(-2, 0, half)).div(sigma);
                var b = WeightedMean(odd[.., half..(2 * half)], weights.narrow(-2, half, half)).div(sigma);
                gradientSquaredNorm = a.mul(b).sum(-1);
                // For even K the full-sample mean is the mean of the two half means: no third N·K·G product.
                gradient = k % 2 == 0 ? a.add(b).div(2) : WeightedMean(odd, weights).div(sigma);
            }
            else
            {
                gradient = WeightedMean(odd, weights).div(sigma);                   // [N, G]
            }
        }

        Tensor? laplacian = null;
        var secondPartials = new Dictionary<(int A, int B), Tensor>();
        var evenWeights = new List<Tensor>();
        if (request.LaplacianColumns.Count > 0)
        {
            var xiC = Columns(xi, request.LaplacianColumns.ToArray());
            evenWeights.Add(xiC.square().sum(-1).sub(request.LaplacianColumns.Count));  // |ξ_C|² − |C|
        }
        foreach (var (a, b) in request.SecondPartials)
        {
            var w = xi.select(-1, a).mul(xi.select(-1, b));                           // ξ_a ξ_b − [a=b]
            evenWeights.Add(a == b ? w.sub(1) : w);
        }
        if (evenWeights.Count > 0)
        {
            var estimates = WeightedMean(even, stack(evenWeights, -1)).div(sigma * sigma);
            int column = 0;
            if (request.LaplacianColumns.Count > 0) laplacian = estimates[.., column++];
            foreach (var pair in request.SecondPartials) secondPartials[pair] = estimates[.., column++];
        }

        return new DerivativeResult
        {
            Value = request.Value ? value : null,
            FirstPartials = firstPartials,
            Gradient = gradient,
            GradientSquaredNorm = gradientSquaredNorm,
            Laplacian = laplacian,
            SecondPartials = secondPartials,
        };
    }

    /// <summary>
    /// From f at the M evaluations per point: the value estimate [N] and the first- and second-order signals [N, K].
    /// Vanilla (eq. 7): s = t = f(x+δ). Control variate (eqs. 8, 9): s = t = f(x+δ) − f(x).
    /// Antithetic (eqs. 10, 11): s = (f(x+δ) − f(x−δ))/2, t = (f(x+δ) + f(x−δ) − 2f(x))/2.
    /// </summary>
    private (Tensor Value, Tensor Odd, Tensor Even) Signals(Tensor f, int k)
    {
        switch (Options.Estimator)
        {
            case SteinEstimator.Vanilla:
                return (f.mean(new long[] { 1 }), f, f);
            case SteinEstimator.ControlVariate:
                {
                    var plus = f[.., 1..];
                    var diff = plus - f[.., 0..1];
                    return (plus.mean(new long[] { 1 }), diff, diff);
                }
            default:
                {
                    var f0 = f[.., 0..1];
                    var plus = f[.., 1..(k + 1)];
                    var minus = f[.., (k + 1)..];
                    var sum = plus + minus;
                    return (sum.mean(new long[] { 1 }).div(2), (plus - minus).div(2), (sum - 2 * f0).div(2));
                }
        }
    }

    // mean_k signal[n, k] · weights[(n,) k, c] as one matmul: shared [N, K] @ [K, C], per point a batched
    // [N, 1, K] @ [N, K, C] (a broadcast batch would copy the shared weights N times).
    private static Tensor WeightedMean(Tensor signal, Tensor weights) =>
        (weights.dim() == 2 ? signal.matmul(weights) : signal.unsqueeze(-2).bmm(weights).squeeze(-2)).div(signal.shape[1]);

    // ξ restricted to the columns; a view, not a copy, when they are one ascending run (the usual ∇ and Δ over x).
    private static Tensor Columns(Tensor xi, int[] columns)
    {
        bool run = columns.Length > 0 && columns.Select((c, i) => c == columns[0] + i).All(same => same);
        return run
            ? xi.narrow(-1, columns[0], columns.Length)
            : xi.index_select(-1, tensor(columns.Select(c => (long)c).ToArray(), device: xi.device));
    }

    private Generator GeneratorFor(Device device)
    {
        var key = device.ToString();
        if (!generators.TryGetValue(key, out var generator))
        {
            generator = RandomSource.Create(Options.Seed);
            generators[key] = generator;
        }
        return generator;
    }
}
