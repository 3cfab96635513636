using System;

namespace PdeDsl;

/// <summary>An exponential running mean over about the last <c>span</c> values (the plain mean until that many have come).</summary>
internal sealed class RunningMean
{
    private readonly int _span;
    private int _count;

    public RunningMean(int span) => _span = Math.Max(1, span);

    /// <summary>The mean so far; NaN before the first finite value.</summary>
    public double Value { get; private set; } = double.NaN;

    public void Add(double x)
    {
        if (!double.IsFinite(x)) return;
        _count++;
        Value = _count == 1 ? x : Value + (x - Value) / Math.Min(_count, _span);
    }
}
