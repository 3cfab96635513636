using System;
using System.Collections.Generic;
using System.Linq;

namespace PdeDsl;

/// <summary>
/// Which directions a <see cref="DirectionalBackend"/> differentiates along for one request: the coordinate axes (first
/// partials, second partials, and gradients or Laplacians over at most <c>exactColumns</c> columns), e_a + e_b for each
/// mixed partial, and K random directions for each wider column set (one set when the gradient and the Laplacian span
/// the same columns). Directions are laid out axes, pairs, then each random set's K.
/// </summary>
internal sealed class DirectionPlan
{
    private DirectionPlan(int[] axes, (int A, int B)[] pairs, int[][] randomSets, int gradientSet, int laplacianSet, int k)
    {
        Axes = axes;
        Pairs = pairs;
        RandomSets = randomSets;
        GradientSet = gradientSet;
        LaplacianSet = laplacianSet;
        K = k;
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

    /// <summary>Directions in all.</summary>
    public int Count => Axes.Length + Pairs.Length + RandomSets.Length * K;

    /// <summary>Whether every estimate is exact (no random set): repeated evaluations give the same numbers.</summary>
    public bool IsExact => RandomSets.Length == 0;

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
        return new DirectionPlan(axes.ToArray(), pairs.ToArray(), sets.ToArray(), gradient, laplacian, k);
    }
}
