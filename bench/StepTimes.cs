using System.Collections.Generic;
using System.Linq;

namespace PdeDsl.Bench;

/// <summary>Median, min and max of per-step times in milliseconds.</summary>
internal sealed record StepTimes(double Median, double Min, double Max, int Count)
{
    public static StepTimes Of(IReadOnlyList<double> milliseconds)
    {
        if (milliseconds.Count == 0) return new StepTimes(double.NaN, double.NaN, double.NaN, 0);
        var sorted = milliseconds.OrderBy(x => x).ToArray();
        int n = sorted.Length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new StepTimes(median, sorted[0], sorted[^1], n);
    }
}
