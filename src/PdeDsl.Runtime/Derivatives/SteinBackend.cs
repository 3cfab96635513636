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
/// Σ_i w_i ∂²_i u ≈ mean_k Σ_i w_i(ξ_ki² − 1)·t_k/σ², vᵀ∇²_C u v ≈ mean_k ((ξ_k,C·v)² − |v|²)·t_k/σ²,
/// wᵀ∇_C u ≈ mean_k (ξ_k,C·w)·s_k/σ,
/// where s_k, t_k are the estimator's signals (see <see cref="Signals"/>). Every weighted mean is a matmul over
/// the K axis. The result stays on the parameters' graph, so one backward pass trains through it.
/// </summary>
public sealed class SteinBackend : IDerivativeBackend, IDisposable
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
        int k = Options.Samples, groups = request.Groups;
        CheckSamples(request, k);
        double sigma = Options.Sigma;
        long n = points.shape[0], d = points.shape[1];
        bool shared = Options.NoiseMode == NoiseMode.Shared;

        // ξ ~ N(0, I): [K, D] shared by the batch, or [N, K, D] per point.
        var xi = RandomSource.Normal(shared ? new[] { (long)k, d } : new[] { n, k, d }, GeneratorFor(points.device), points.device, points.dtype);

        // First layer: W(x + σξ) + b = (Wx + b) + σWξ, so the noise meets the D-wide weights once. The shifts
        // of all M evaluations (0, +σWξ_k, −σWξ_k as the estimator needs) are stacked first, while small,
        // and meet the N centres in one broadcast add.
        // An input map (periodic or radial) is not affine, so there each shifted input x + δ goes through it ([N, M, D] inputs).
        // A linear map (the scaled one) keeps the factorisation, with its weight on x.
        var linear = network.InputMap is { } map ? map.LinearWeight(network.FirstLayer.weight!) : network.FirstLayer.weight!;
        var firstLayer = linear is not null
            ? network.FirstLayerOutput(points).unsqueeze(1) + Shifts(xi.matmul(linear.t()).mul(sigma))   // [N, M, h]
            : network.FirstLayerOutput(points.unsqueeze(1) + Shifts(xi.mul(sigma)));
        var f = network.ForwardFromFirstLayer(firstLayer);                          // [N, M], or [N, M, m] for m unknowns
        // Nothing keeps the sum for back-propagation (the activation keeps its own output): free it now rather than at
        // the end of the caller's dispose scope, one [N, M, h] tensor less at the peak.
        firstLayer.Dispose();
        var fields = Fields(request, points, xi);
        if (network.Outputs == 1) return FromEvaluations(f, xi, fields, request, k);
        // Several unknowns: every output from the same pass and the same noise, each estimated as if alone.
        return DerivativeResult.OfUnknowns(Enumerable.Range(0, network.Outputs)
            .Select(j => FromEvaluations(f.select(-1, j), xi, fields, request, k)).ToArray());
    }

    /// <summary>
    /// The weights per sample, [N or 1, K] each, of the Hessian diagonals and quadratic forms (even signal, before the
    /// 1/σ²), then the directional derivatives (odd signal, before the 1/σ): Σ_i w_i(ξ_i² − 1), since
    /// E[t (ξ_i² − 1)]/σ² = ∂²u/∂x_i²; (ξ_C·v)² − |v|², since E[t(ξ_aξ_b − [a=b])]/σ² = ∂_a∂_b u; and ξ_C·w, since
    /// E[s ξ_i]/σ = ∂u/∂x_i (eqs. 7, 8, 10). Each a matmul of the noise with the weights or the direction, not a loop over columns.
    /// </summary>
    private static Tensor[] Fields(DerivativeRequest request, Tensor points, Tensor xi)
    {
        var diagonals = request.HessianDiagonals.Select((h, i) =>
            Columns(xi, h.Columns.ToArray()).square().sub(1).matmul(HessianFields.Weights(h, points, i).unsqueeze(-1)).squeeze(-1));
        var directional = HessianFields.Directions(request, points).Zip(HessianFields.DirectionFields(request), (v, f) =>
        {
            var along = Columns(xi, f.Field.Columns.ToArray()).matmul(v.unsqueeze(-1)).squeeze(-1);   // ξ_C·v, [N or 1, K]
            return f.Field is QuadraticFormRequest ? along.square().sub(v.square().sum(-1, keepdim: true)) : along;
        });
        return diagonals.Concat(directional).ToArray();
    }

    /// <summary>The estimates of one output from its M evaluations per point, f [N, M]: all K samples, and the groups.</summary>
    private DerivativeResult FromEvaluations(Tensor f, Tensor xi, Tensor[] fields, DerivativeRequest request, int k)
    {
        int groups = request.Groups;
        var signals = Signals(f, k);
        if (groups == 1)
            return Estimate(signals, xi, fields, request, 0, k);
        if (!Options.IndependentGroups)
        {
            var all = Estimate(signals, xi, fields, request, 0, k);
            return all.WithGroups(Enumerable.Repeat(all, groups).ToArray());
        }

        // Group g uses samples [g·K/G, (g+1)·K/G) of the same pass: disjoint noise, so its estimates are independent of
        // every other group's, and a product of factors from different groups is unbiased. No extra network evaluations.
        var parts = new DerivativeResult[groups];
        var counts = new int[groups];
        for (int g = 0; g < groups; g++)
        {
            int from = (int)((long)g * k / groups), to = (int)((long)(g + 1) * k / groups);
            counts[g] = to - from;
            parts[g] = Estimate(signals, xi, fields, request, from, counts[g]);
        }
        return Pool(parts, counts, request);
    }

    private static void CheckSamples(DerivativeRequest request, int k)
    {
        if (request.Groups == 1 && request.GradientSquaredNorm && k < 2)
            throw new ArgumentException($"An unbiased |grad u|^2 splits the noise vectors in two halves, so it needs K >= 2 samples, not {k}.", nameof(request));
        int perGroup = request.GradientSquaredNorm ? 2 : 1;
        if (k < perGroup * request.Groups)
            throw new ArgumentException(
                $"{request.Groups} independent groups of the noise vectors (for unbiased products of estimates)"
                + (request.GradientSquaredNorm ? ", each split in two halves for an unbiased |grad u|^2," : "")
                + $" need K >= {perGroup * request.Groups} samples, not {k}.", nameof(request));
    }

    /// <summary>
    /// Every requested quantity from samples [<paramref name="from"/>, from + <paramref name="count"/>) of the K axis:
    /// the mean of the value signal, first partials and ∇ from the odd signal (eqs. 7, 8, 10), Δ and second partials
    /// from the even signal (eqs. 9, 11), each a weighted mean over the slice.
    /// </summary>
    private DerivativeResult Estimate((Tensor Value, Tensor Odd, Tensor Even) signals, Tensor allXi, Tensor[] fields, DerivativeRequest request, int from, int count)
    {
        double sigma = Options.Sigma;
        var odd = signals.Odd.narrow(1, from, count);
        var even = signals.Even.narrow(1, from, count);
        var xi = allXi.narrow(-2, from, count);                                     // the K axis: [K, D] or [N, K, D]

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
                // |∇u|² as ĝ_A·ĝ_B from the two halves of the samples (eqs. 7, 8, 10 on each half): independent
                // and unbiased, so their product is unbiased, where |ĝ|² would add tr Var(ĝ) ≈ (D+1)/K·|∇u|².
                int half = count / 2;
                var a = WeightedMean(odd[.., ..half], weights.narrow(-2, 0, half)).div(sigma);
                var b = WeightedMean(odd[.., half..(2 * half)], weights.narrow(-2, half, half)).div(sigma);
                gradientSquaredNorm = a.mul(b).sum(-1);
                // For an even count the full-sample mean is the mean of the two half means: no third N·K·G product.
                gradient = count % 2 == 0 ? a.add(b).div(2) : WeightedMean(odd, weights).div(sigma);
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

        // Hessian diagonals, then quadratic forms: mean_k t_k·weight_k/σ² with their weights from Fields, over the slice.
        // Then directional derivatives: mean_k s_k·weight_k/σ.
        int diagonals = request.HessianDiagonals.Count, evens = diagonals + request.QuadraticForms.Count;
        var fieldEstimates = fields.Select((weight, i) => i < evens
            ? even.mul(weight.narrow(1, from, count)).mean(new long[] { 1 }).div(sigma * sigma)
            : odd.mul(weight.narrow(1, from, count)).mean(new long[] { 1 }).div(sigma)).ToArray();
        return new DerivativeResult
        {
            Value = request.Value ? signals.Value.narrow(1, from, count).mean(new long[] { 1 }) : null,
            FirstPartials = firstPartials,
            Gradient = gradient,
            GradientSquaredNorm = gradientSquaredNorm,
            Laplacian = laplacian,
            SecondPartials = secondPartials,
            HessianDiagonals = fieldEstimates[..diagonals],
            QuadraticForms = fieldEstimates[diagonals..evens],
            DirectionalDerivatives = fieldEstimates[evens..],
        };
    }

    /// <summary>
    /// The all-sample result from the groups': every estimate above is a mean over its samples, so the mean over all K
    /// is the count-weighted mean of the group means (no second pass over the K axis). |∇u|² is ĝ_A·ĝ_B with ĝ_A pooled
    /// from the first ⌊G/2⌋ groups and ĝ_B from the rest: disjoint samples, so still unbiased.
    /// </summary>
    private static DerivativeResult Pool(DerivativeResult[] parts, int[] counts, DerivativeRequest request)
    {
        Tensor Mean(Func<DerivativeResult, Tensor> pick, int from, int to)
        {
            Tensor? sum = null;
            int total = 0;
            for (int g = from; g < to; g++)
            {
                var term = pick(parts[g]).mul(counts[g]);
                sum = sum is null ? term : sum + term;
                total += counts[g];
            }
            return sum!.div(total);
        }
        Tensor All(Func<DerivativeResult, Tensor> pick) => Mean(pick, 0, parts.Length);

        int half = parts.Length / 2;
        return new DerivativeResult
        {
            Value = request.Value ? All(r => r.Value!) : null,
            FirstPartials = request.FirstPartials.Distinct().ToDictionary(c => c, c => All(r => r.FirstPartials[c])),
            Gradient = request.GradientColumns.Count > 0 ? All(r => r.Gradient!) : null,
            GradientSquaredNorm = request.GradientSquaredNorm
                ? Mean(r => r.Gradient!, 0, half).mul(Mean(r => r.Gradient!, half, parts.Length)).sum(-1)
                : null,
            Laplacian = request.LaplacianColumns.Count > 0 ? All(r => r.Laplacian!) : null,
            SecondPartials = request.SecondPartials.Distinct().ToDictionary(p => p, p => All(r => r.SecondPartials[p])),
            HessianDiagonals = Enumerable.Range(0, request.HessianDiagonals.Count).Select(i => All(r => r.HessianDiagonals[i])).ToArray(),
            QuadraticForms = Enumerable.Range(0, request.QuadraticForms.Count).Select(i => All(r => r.QuadraticForms[i])).ToArray(),
            DirectionalDerivatives = Enumerable.Range(0, request.DirectionalDerivatives.Count).Select(i => All(r => r.DirectionalDerivatives[i])).ToArray(),
            Groups = parts,
        };
    }

    /// <summary>
    /// From f at the M evaluations per point: the value signal and the first- and second-order signals, each [N, K];
    /// an estimate is the (weighted) mean of a signal over the samples it uses.
    /// Vanilla (eq. 7): v = s = t = f(x+δ). Control variate (eqs. 8, 9): v = f(x+δ), s = t = f(x+δ) − f(x).
    /// Antithetic (eqs. 10, 11): v = (f(x+δ) + f(x−δ))/2, s = (f(x+δ) − f(x−δ))/2, t = (f(x+δ) + f(x−δ) − 2f(x))/2.
    /// </summary>
    private (Tensor Value, Tensor Odd, Tensor Even) Signals(Tensor f, int k)
    {
        switch (Options.Estimator)
        {
            case SteinEstimator.Vanilla:
                return (f, f, f);
            case SteinEstimator.ControlVariate:
                {
                    var plus = f[.., 1..];
                    var diff = plus - f[.., 0..1];
                    return (plus, diff, diff);
                }
            default:
                {
                    var f0 = f[.., 0..1];
                    var plus = f[.., 1..(k + 1)];
                    var minus = f[.., (k + 1)..];
                    var sum = plus + minus;
                    return (sum.div(2), (plus - minus).div(2), (sum - 2 * f0).div(2));
                }
        }
    }

    // mean_k signal[n, k] · weights[(n,) k, c] as one matmul: shared [N, K] @ [K, C], per point a batched
    // [N, 1, K] @ [N, K, C] (a broadcast batch would copy the shared weights N times).
    private static Tensor WeightedMean(Tensor signal, Tensor weights) =>
        (weights.dim() == 2 ? signal.matmul(weights) : signal.unsqueeze(-2).bmm(weights).squeeze(-2)).div(signal.shape[1]);

    // ξ restricted to the columns (a view for the usual ∇ and Δ over x).
    private static Tensor Columns(Tensor xi, int[] columns) => ColumnSelection.Of(xi, -1, columns);

    /// <summary>Frees the noise generators (one per device).</summary>
    public void Dispose()
    {
        foreach (var generator in generators.Values) generator.Dispose();
        generators.Clear();
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

    // The estimator's M shifts of one noise tensor [K, ·] or [N, K, ·]: 0, +δ, −δ as it needs, along the K axis.
    private Tensor Shifts(Tensor shift)
    {
        var zero = zeros_like(shift.narrow(-2, 0, 1));
        return Options.Estimator switch
        {
            SteinEstimator.Vanilla => shift,
            SteinEstimator.ControlVariate => cat(new[] { zero, shift }, -2),
            _ => cat(new[] { zero, shift, shift.neg() }, -2),
        };
    }
}
