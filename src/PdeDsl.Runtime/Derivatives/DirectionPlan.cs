using System;
using System.Collections.Generic;
using System.Linq;

namespace PdeDsl;

/// <summary>
/// Which directions a <see cref="DirectionalBackend"/> differentiates along for one request: the coordinate axes (first
/// partials, second partials, and gradients or Laplacians over at most <c>exactColumns</c> columns), e_a + e_b for each
/// mixed partial, and K random directions for each wider column set (one set when the gradient and the Laplacian span
/// the same columns), K (or 2K) per-point scaled directions for each wide weighted Hessian diagonal, one per quadratic
/// form and one per directional derivative. Directions are laid out axes, pairs, each random set's K, each scaled set's
/// blocks of K, the quadratic forms, then the directional derivatives.
/// </summary>
internal sealed class DirectionPlan
{
    private DirectionPlan(int[] axes, (int A, int B)[] pairs, int[][] randomSets, int gradientSet, int laplacianSet, int k,
        int[] diagonalSets, int[] diagonalHalves, int quadraticForms, int directionalDerivatives)
    {
        Axes = axes;
        Pairs = pairs;
        RandomSets = randomSets;
        GradientSet = gradientSet;
        LaplacianSet = laplacianSet;
        K = k;
        DiagonalSets = diagonalSets;
        DiagonalHalves = diagonalHalves;
        QuadraticForms = quadraticForms;
        DirectionalDerivatives = directionalDerivatives;
    }

    /// <summary>Columns differentiated along their axis, in direction order.</summary>
    public int[] Axes { get; }

    /// <summary>Column pairs a ≠ b differentiated along e_a + e_b.</summary>
    public (int A, int B)[] Pairs { get; }

    /// <summary>Column sets differentiated along K random directions each.</summary>
    public int[][] RandomSets { get; }

    /// <summary>The random set of the gradient, or −1 when the gradient is taken along the axes (or not requested).</summary>
    public int GradientSet { get; }

    /// <summary>The random set of the Laplacian, or −1 when it is taken along the axes (or not requested).</summary>
    public int LaplacianSet { get; }

    /// <summary>Random directions per set.</summary>
    public int K { get; }

    /// <summary>
    /// For each requested Hessian diagonal: the index of its scaled random set, or −1 when it is taken along the axes of
    /// its columns. Scaled set s has <see cref="DiagonalHalves"/>[s] blocks of K directions √w⁺∘z (and √w⁻∘z).
    /// </summary>
    public int[] DiagonalSets { get; }

    /// <summary>Per scaled set: 1 (weights promised ≥ 0, one block of K) or 2 (a block for w⁺ and one for w⁻).</summary>
    public int[] DiagonalHalves { get; }

    /// <summary>Quadratic forms, one direction each (v itself), after every other direction.</summary>
    public int QuadraticForms { get; }

    /// <summary>Directional derivatives, one direction each (w itself), after the quadratic forms.</summary>
    public int DirectionalDerivatives { get; }

    /// <summary>Directions in all.</summary>
    public int Count => DirectionalDerivativeStart + DirectionalDerivatives;

    /// <summary>Whether every estimate is exact (no random set): repeated evaluations give the same numbers.</summary>
    public bool IsExact => RandomSets.Length == 0 && DiagonalHalves.Length == 0;

    /// <summary>The direction index of axis <paramref name="column"/>.</summary>
    public int AxisIndex(int column) => Array.IndexOf(Axes, column);

    /// <summary>The direction index of pair (a, b) (either order).</summary>
    public int PairIndex(int a, int b)
    {
        for (int i = 0; i < Pairs.Length; i++)
            if ((Pairs[i].A == a && Pairs[i].B == b) || (Pairs[i].A == b && Pairs[i].B == a)) return Axes.Length + i;
        throw new ArgumentException($"No direction for the pair ({a}, {b}).");
    }

    /// <summary>The first direction index of random set <paramref name="set"/>.</summary>
    public int SetStart(int set) => Axes.Length + Pairs.Length + set * K;

    /// <summary>The first direction index of scaled set <paramref name="set"/>'s block <paramref name="half"/> (0: w⁺, 1: w⁻).</summary>
    public int DiagonalStart(int set, int half) => SetStart(RandomSets.Length) + (DiagonalHalves.Take(set).Sum() + half) * K;

    /// <summary>The first quadratic form's direction index.</summary>
    public int QuadraticFormStart => SetStart(RandomSets.Length) + DiagonalHalves.Sum() * K;

    /// <summary>The first directional derivative's direction index.</summary>
    public int DirectionalDerivativeStart => QuadraticFormStart + QuadraticForms;

    /// <summary>The plan for <paramref name="request"/>, with K random directions per wide set.</summary>
    public static DirectionPlan For(DerivativeRequest request, int k, int exactColumns)
    {
        var axes = new List<int>();
        void Axis(int c)
        {
            if (!axes.Contains(c)) axes.Add(c);
        }
        foreach (var c in request.FirstPartials) Axis(c);
        var pairs = new List<(int, int)>();
        foreach (var (a, b) in request.SecondPartials)
        {
            Axis(a);
            Axis(b);
            if (a != b && !pairs.Any(p => (p.Item1 == a && p.Item2 == b) || (p.Item1 == b && p.Item2 == a))) pairs.Add((a, b));
        }
        var sets = new List<int[]>();
        int Set(IReadOnlyList<int> columns)
        {
            if (columns.Count == 0) return -1;
            if (columns.Count <= exactColumns)
            {
                foreach (var c in columns) Axis(c);
                return -1;
            }
            for (int s = 0; s < sets.Count; s++)
                if (sets[s].SequenceEqual(columns)) return s;
            sets.Add(columns.ToArray());
            return sets.Count - 1;
        }
        int gradient = Set(request.GradientColumns);
        int laplacian = Set(request.LaplacianColumns);
        // A weighted diagonal over few columns is Σ w_i ∂²_{e_i} f along the axes; a wide one gets its own K directions
        // scaled per point (two blocks when the weights may be negative).
        var halves = new List<int>();
        var diagonals = request.HessianDiagonals.Select(h =>
        {
            if (h.Columns.Count <= exactColumns)
            {
                foreach (var c in h.Columns) Axis(c);
                return -1;
            }
            halves.Add(h.WeightsNonNegative ? 1 : 2);
            return halves.Count - 1;
        }).ToArray();
        return new DirectionPlan(axes.ToArray(), pairs.ToArray(), sets.ToArray(), gradient, laplacian, k, diagonals, halves.ToArray(), request.QuadraticForms.Count,
            request.DirectionalDerivatives.Count);
    }
}
