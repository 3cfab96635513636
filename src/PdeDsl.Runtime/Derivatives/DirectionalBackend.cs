using System;
using System.Collections.Generic;
using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// Derivatives of the base network f itself (the solution is f, as for autograd) from forward passes only, along
/// directions v: ∂_v f = vᵀ∇f and ∂²_v f = vᵀ∇²f v, by Taylor-mode jets (exact) or central differences (O(h²) bias).
/// Low-dimensional column sets (time, a 2-D x, any first or second partial) are taken along every axis, exactly and
/// without noise; a gradient or Laplacian over more than <see cref="DirectionalOptions.EffectiveExactColumns"/> columns
/// along K random directions with E vvᵀ = I (docs/runtime.md, "Directional estimators"):
/// Δ_C f ≈ mean_k ∂²_{v_k} f (Hutchinson: Var = 2Σ_{i≠j}H_ij² per direction for Rademacher v, not growing with |C|),
/// |∇f|² ≈ mean_k (∂_{v_k} f)² (unbiased on its own), ∇f ≈ mean_k v_k ∂_{v_k} f; a weighted Hessian diagonal along
/// per-point scaled directions √w±∘z (Σ w_i H_ii ≈ mean_k ∂²_{√w⁺∘z_k} f − mean_k ∂²_{√w⁻∘z_k} f), or with
/// <see cref="DirectionKind.Axes"/> along axes drawn by weight, √W±·e_i with P(i) = w±_i/W±, a quadratic form
/// vᵀHv along v itself (exact), a directional derivative wᵀ∇f along w itself (exact).
/// One batched pass, no back-propagation: the result stays on the parameters' graph, so one backward pass trains.
/// </summary>
public sealed class DirectionalBackend : IDerivativeBackend, IDisposable
{
    private readonly Generator _generator;

    /// <summary>Creates the backend; bad options are an ArgumentException.</summary>
    public DirectionalBackend(DirectionalOptions? options = null)
    {
        Options = options ?? new DirectionalOptions();
        Options.Validate();
        _generator = RandomSource.Create(Options.Seed);
    }

    /// <summary>The settings in use.</summary>
    public DirectionalOptions Options { get; }

    /// <inheritdoc />
    public string Name => Options.Method == DirectionalMethod.Jet ? "jet" : "difference";

    /// <summary>Whether <paramref name="request"/> is answered without random directions (then two evaluations agree).</summary>
    public bool IsExact(DerivativeRequest request) => DirectionPlan.For(request, Options.Samples, Options.EffectiveExactColumns).IsExact;

    /// <inheritdoc />
    public DerivativeResult Evaluate(BaseNetwork network, Tensor points, DerivativeRequest request)
    {
        RequestValidation.Validate(network, points, request);
        if (Options.Method == DirectionalMethod.Jet && !network.SupportsJets)
            throw new ArgumentException($"The jet estimators need a network with a Taylor-mode forward pass; {network.GetType().Name} has none (use the difference estimators).", nameof(network));
        var plan = DirectionPlan.For(request, Options.Samples, Options.EffectiveExactColumns);
        if (!plan.IsExact && request.Groups > plan.K)
            throw new ArgumentException($"{request.Groups} independent groups of the random directions (for unbiased products of estimates) need K >= {request.Groups}, not {plan.K}.", nameof(request));

        long n = points.shape[0];
        var center = network.FirstLayerOutput(points);                              // [N, h]
        var randoms = plan.RandomSets.Select(set => DrawDirections(set.Length, n, points)).ToArray();
        var weights = request.HessianDiagonals.Select((h, i) => HessianFields.Weights(h, points, i)).ToArray();   // [N or 1, |C|]
        var first = new FirstLayerTangents(network, points);
        AddBaseDirections(first, plan, randoms);
        AddDiagonalDirections(first, plan, request, weights, n, points);
        // One direction per quadratic form, then per directional derivative: v or w itself, [N or 1, 1, |C|].
        foreach (var (direction, (field, _)) in HessianFields.Directions(request, points).Zip(HessianFields.DirectionFields(request)))
            first.Add(direction.unsqueeze(-2), field.Columns.ToArray());
        var tangents = first.Tangents();                                             // [1 or N, M, h]

        Tensor f0, d1, d2;
        if (plan.Count == 0)
        {
            f0 = network.ForwardFromFirstLayer(center);
            d1 = d2 = f0;                                                            // unread: nothing but the value asked
        }
        else if (Options.Method == DirectionalMethod.Jet)
        {
            (f0, d1, d2) = network.ForwardJets(center, tangents, first.Curvature());
        }
        else
        {
            (f0, d1, d2) = Differences(network, points, center, tangents, first);
        }
        if (network.Outputs == 1) return Combine(plan, randoms, weights, f0, d1, d2, request);
        return DerivativeResult.OfUnknowns(Enumerable.Range(0, network.Outputs)
            .Select(j => Combine(plan, randoms, weights, f0.select(-1, j), d1.select(-1, j), d2.select(-1, j), request)).ToArray());
    }

    // f(x), (f₊ − f₋)/(2h) and (f₊ + f₋ − 2f(x))/h² from one pass over [N, 2M + 1, h] first-layer outputs. The shift hWv is
    // added to Wx + b once, as the shared-noise factorisation does, so the centre is not recomputed in every row; through
    // an input map (periodic or radial) the shifted inputs x ± hv go through the map instead.
    private (Tensor, Tensor, Tensor) Differences(BaseNetwork network, Tensor points, Tensor center, Tensor tangents, FirstLayerTangents first)
    {
        double h = Options.Step;
        Tensor rows;
        if (first.Mapped)
        {
            var x = points.unsqueeze(1);
            var step = first.Inputs().mul(h);
            rows = network.FirstLayerOutput(cat(new[] { x, x + step, x - step }, 1));
        }
        else
        {
            var shift = tangents.mul(h);
            var c = center.unsqueeze(1);
            rows = cat(new[] { c, c + shift, c - shift }, 1);                        // [N, 2M + 1, h]
        }
        var f = network.ForwardFromFirstLayer(rows);
        long m = tangents.shape[1];
        var f0 = f.select(1, 0);
        var plus = f.narrow(1, 1, m);
        var minus = f.narrow(1, 1 + m, m);
        var f0m = f0.unsqueeze(1);
        return (f0, (plus - minus).div(2 * h), (plus + minus - 2 * f0m).div(h * h));
    }

    // The axes, the pairs e_a + e_b, then each random set's K directions.
    private static void AddBaseDirections(FirstLayerTangents first, DirectionPlan plan, Tensor[] randoms)
    {
        if (plan.Axes.Length > 0) first.AddAxes(plan.Axes);
        if (plan.Pairs.Length > 0) first.AddPairs(plan.Pairs);
        for (int s = 0; s < randoms.Length; s++) first.Add(randoms[s], plan.RandomSets[s]);   // [K, |S|] or [N, K, |S|]
    }

    // Each wide weighted diagonal's K directions per block, v = √w±∘z (E[vᵀHv] = Σ w±_i H_ii for E zzᵀ = I), or with
    // axes K axes drawn by w± (DrawWeightedAxes): shared while the weights and the draws are, else per point.
    private void AddDiagonalDirections(FirstLayerTangents first, DirectionPlan plan, DerivativeRequest request, Tensor[] weights, long n, Tensor points)
    {
        for (int i = 0; i < request.HessianDiagonals.Count; i++)
        {
            int set = plan.DiagonalSets[i];
            if (set < 0) continue;
            var columns = request.HessianDiagonals[i].Columns.ToArray();
            var halves = plan.DiagonalHalves[set] == 1 ? new[] { weights[i] } : new[] { weights[i], weights[i].neg() };   // w⁺, w⁻ before clipping
            if (Options.Directions == DirectionKind.Axes)
            {
                foreach (var w in halves) first.Add(DrawWeightedAxes(w.clamp_min(0), n, points), columns);
                continue;
            }
            var z = DrawDirections(columns.Length, n, points);                     // [K, |C|] or [N, K, |C|]
            foreach (var w in halves)                                               // [N or 1, |C|]
                first.Add(HessianFields.SafeSqrt(w).unsqueeze(1) * z, columns);     // [N or 1, K, |C|]
        }
    }

    // K axes drawn by weight (w ≥ 0, [N or 1, |C|]): i with P(i) = w_i/W, W = Σ_i w_i, and v = √(w_i·[W/w_i])·e_i, the
    // bracket held constant in back-propagation. Its value is √W·e_i, so ∂²_v f = W·H_ii and E = Σ_i (w_i/W)·W·H_ii =
    // Σ w_i H_ii, Var = W·Σ w_i H_ii² − (Σ w_i H_ii)², nothing from off the diagonal (docs/runtime.md); and the weights'
    // gradient is unbiased too: ∂/∂w_j of w_i·[W/w_i]·H_ii is [i = j]·(W/w_j)·H_jj, whose mean over i is H_jj (through
    // √W alone it would be the drawn H_ii whatever j, and infinite at W = 0). i is the number of cumulative weights at or
    // below U·W, U uniform in [0, 1), in float64 so that an axis's chance is not rounded to float32's 2⁻²⁴ grid; W is the
    // last cumulative weight, so U·W < W and an axis of weight 0 is never drawn; a point whose weights are all 0 gets v = 0.
    private Tensor DrawWeightedAxes(Tensor w, long n, Tensor points)
    {
        long width = w.shape[^1];
        var cumulative = w.detach().to(ScalarType.Float64).cumsum(-1);                                      // [N or 1, |C|]
        var total = cumulative.narrow(-1, width - 1, 1);                                                     // [N or 1, 1]
        var u = RandomSource.Uniform(NoiseShape(n), _generator, points.device, ScalarType.Float64) * total; // [N or 1, K]
        var index = cumulative.unsqueeze(-2).le(u.unsqueeze(-1)).sum(-1).clamp_max(width - 1);               // [N or 1, K]
        var drawn = w.expand(index.shape[0], -1).gather(-1, index);                                          // w_i, [N or 1, K]
        var positive = drawn.detach().gt(0);
        var ratio = where(positive, total / where(positive, drawn.detach().to(ScalarType.Float64), ones_like(total)), zeros_like(total)).to(points.dtype);
        var scale = HessianFields.SafeSqrt(drawn) * ratio.sqrt();                                            // √(w_i·[W/w_i])
        return nn.functional.one_hot(index, width).to(points.dtype).mul(scale.unsqueeze(-1));               // [N or 1, K, |C|]
    }

    private long[] NoiseShape(long n) => Options.NoiseMode == NoiseMode.Shared ? new[] { (long)Options.Samples } : new[] { n, Options.Samples };

    // K directions over `width` columns with E vvᵀ = I: [K, width] shared, or [N, K, width] per point.
    private Tensor DrawDirections(int width, long n, Tensor points)
    {
        if (Options.Directions == DirectionKind.Axes)
        {
            // Axes drawn by unit weights: i uniform and v = √|C|·e_i, so E vvᵀ = |C|·(1/|C|)·I = I.
            var axes = DrawWeightedAxes(ones(1, width, dtype: points.dtype, device: points.device), n, points);   // [1 or N, K, width]
            return Options.NoiseMode == NoiseMode.Shared ? axes.squeeze(0) : axes;
        }
        long[] shape = [.. NoiseShape(n), width];
        if (Options.Directions == DirectionKind.Gaussian)
            return RandomSource.Normal(shape, _generator, points.device, points.dtype);
        // Rademacher: the sign of a uniform draw shifted by ½, ±1 (0 only for a draw of exactly ½, probability 2⁻²⁴ in
        // float32, which drops that one direction's weight), in place on one tensor.
        return RandomSource.Uniform(shape, _generator, points.device, points.dtype).sub_(0.5).sign_();
    }

    /// <summary>Every requested quantity from f, ∂_v f and ∂²_v f [N, M]: the all-direction estimates, and the groups.</summary>
    private static DerivativeResult Combine(DirectionPlan plan, Tensor[] randoms, Tensor[] weights, Tensor f0, Tensor d1, Tensor d2, DerivativeRequest request)
    {
        var all = Estimate(plan, randoms, weights, f0, d1, d2, request, 0, plan.K);
        if (request.Groups == 1) return all;
        // Group g reads random directions [g·K/G, (g+1)·K/G) of every set: disjoint, so its estimates are independent of
        // every other group's and a product across groups is unbiased. The axes' exact parts are the same in every group.
        var groups = new DerivativeResult[request.Groups];
        for (int g = 0; g < groups.Length; g++)
        {
            int from = (int)((long)g * plan.K / groups.Length), to = (int)((long)(g + 1) * plan.K / groups.Length);
            groups[g] = plan.IsExact ? all : Estimate(plan, randoms, weights, f0, d1, d2, request, from, to - from);
        }
        return all.WithGroups(groups);
    }

    private static DerivativeResult Estimate(DirectionPlan plan, Tensor[] randoms, Tensor[] weights, Tensor f0, Tensor d1, Tensor d2, DerivativeRequest request, int from, int count)
    {
        // Random set s's directions [from, from + count): their ∂_v f, ∂²_v f [N, count] and v [(N,) count, |S|].
        Tensor Slice(Tensor d, int set) => d.narrow(1, plan.SetStart(set) + from, count);
        Tensor V(int set) => randoms[set].narrow(-2, from, count);
        Tensor Axis(Tensor d, int column) => d.select(1, plan.AxisIndex(column));

        var firstPartials = request.FirstPartials.Distinct().ToDictionary(c => c, c => Axis(d1, c));
        Tensor? gradient = null, squaredNorm = null, laplacian = null;
        if (request.GradientColumns.Count > 0)
        {
            if (plan.GradientSet < 0)
            {
                gradient = stack(request.GradientColumns.Select(c => Axis(d1, c)).ToArray(), 1);   // [N, G], exact
                if (request.GradientSquaredNorm) squaredNorm = gradient.square().sum(1);
            }
            else
            {
                var dv = Slice(d1, plan.GradientSet);                                  // [N, count]
                var v = V(plan.GradientSet);
                // E[v ∂_v f] = E[v vᵀ]∇f = ∇f; E[(∂_v f)²] = ∇fᵀ E[v vᵀ] ∇f = |∇f|².
                gradient = (v.dim() == 2 ? dv.matmul(v) : dv.unsqueeze(1).bmm(v).squeeze(1)).div(count);
                if (request.GradientSquaredNorm) squaredNorm = dv.square().mean(new long[] { 1 });
            }
        }
        if (request.LaplacianColumns.Count > 0)
        {
            laplacian = plan.LaplacianSet < 0
                ? stack(request.LaplacianColumns.Select(c => Axis(d2, c)).ToArray(), 1).sum(1)
                : Slice(d2, plan.LaplacianSet).mean(new long[] { 1 });                 // E[vᵀHv] = tr H
        }
        var secondPartials = new Dictionary<(int A, int B), Tensor>();
        foreach (var (a, b) in request.SecondPartials.Distinct())
        {
            // Polarisation: (e_a + e_b)ᵀH(e_a + e_b) = H_aa + H_bb + 2H_ab.
            secondPartials[(a, b)] = a == b
                ? Axis(d2, a)
                : d2.select(1, plan.PairIndex(a, b)).sub(Axis(d2, a)).sub(Axis(d2, b)).div(2);
        }
        // A weighted diagonal: Σ w_i ∂²_{e_i} f along the axes, or the mean of ∂²_v f over the w⁺ block minus that over the w⁻ one.
        Tensor Block(int set, int half) => d2.narrow(1, plan.DiagonalStart(set, half) + from, count).mean(new long[] { 1 });
        var diagonals = request.HessianDiagonals.Select((h, i) => plan.DiagonalSets[i] is var set && set < 0
            ? stack(h.Columns.Select(c => Axis(d2, c)).ToArray(), 1).mul(weights[i]).sum(1)
            : plan.DiagonalHalves[set] == 1 ? Block(set, 0) : Block(set, 0).sub(Block(set, 1))).ToArray();
        var forms = Enumerable.Range(0, request.QuadraticForms.Count).Select(i => d2.select(1, plan.QuadraticFormStart + i)).ToArray();
        var along = Enumerable.Range(0, request.DirectionalDerivatives.Count).Select(i => d1.select(1, plan.DirectionalDerivativeStart + i)).ToArray();
        return new DerivativeResult
        {
            Value = request.Value ? f0 : null,
            FirstPartials = firstPartials,
            Gradient = gradient,
            GradientSquaredNorm = squaredNorm,
            Laplacian = laplacian,
            SecondPartials = secondPartials,
            HessianDiagonals = diagonals,
            QuadraticForms = forms,
            DirectionalDerivatives = along,
        };
    }

    /// <summary>Frees the direction generator.</summary>
    public void Dispose() => _generator.Dispose();
}
