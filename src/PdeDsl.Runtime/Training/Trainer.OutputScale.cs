using System;
using System.Collections.Generic;
using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl;

public sealed partial class Trainer
{
    // The smallest best-fitting constant that earns a scale: outputs of size 1-2 are what the initial network gives anyway.
    private const double SmallestOutputScale = 2;

    // What the backends evaluate: Network times the output scales (Network itself while every scale is 1).
    private BaseNetwork _model;
    private double[]? _outputScales;

    /// <summary>
    /// The fixed factor each unknown's network output is multiplied by (1: none), chosen at the first step from the problem
    /// (<see cref="TrainingOptions.OutputScale"/>; docs/training.md, "Output scale") or restored from a checkpoint.
    /// </summary>
    public IReadOnlyList<double> OutputScales => _outputScales ?? Enumerable.Repeat(1.0, Network.Outputs).ToArray();

    /// <summary>
    /// The network the backends evaluate: <see cref="Network"/> times the <see cref="OutputScales"/> (the network itself
    /// while every scale is 1). Its residuals are the problem's; <see cref="Network"/>'s are those of u / scale.
    /// </summary>
    public BaseNetwork Model => _model;

    private void SetOutputScales(double[] scales)
    {
        _outputScales = scales;
        _model = scales.All(s => s == 1) ? Network : new ScaledNetwork(Network, scales);
    }

    // Before the first step: the fixed scale the options give, else the size of the constant that fits the problem best.
    private void ChooseOutputScales()
    {
        if (_outputScales is not null) return;
        int m = Network.Outputs;
        SetOutputScales(Options.OutputScale is double given ? Enumerable.Repeat(given, m).ToArray() : BestConstantSizes(m));
    }

    /// <summary>
    /// For each unknown k, the constant c_k minimising the validation loss L(c) with the network replaced by constants (the
    /// others 0): its size when it is at least <see cref="SmallestOutputScale"/> and fits at least twice better than 0, else 1.
    /// L is a parabola in c_k when the residuals are affine in u (L(c) = A c² + B c + L(0), read from c = −1, 0, 1), so c_k is
    /// the least-squares constant of the data and forcing the loss holds; the check at c_k guards nonlinear terms.
    /// </summary>
    private double[] BestConstantSizes(int m)
    {
        var scales = Enumerable.Repeat(1.0, m).ToArray();
        double atZero = LossOfConstants(new double[m]);
        if (!(atZero > 0) || !double.IsFinite(atZero)) return scales;
        for (int k = 0; k < m; k++)
        {
            double At(double c)
            {
                var values = new double[m];
                values[k] = c;
                return LossOfConstants(values);
            }
            double plus = At(1), minus = At(-1);
            double curvature = (plus + minus) / 2 - atZero, slope = (plus - minus) / 2;
            if (!(curvature > 0) || !double.IsFinite(slope)) continue;
            double best = -slope / (2 * curvature);
            if (Math.Abs(best) >= SmallestOutputScale && At(best) <= atZero / 2) scales[k] = Math.Abs(best);
        }
        return scales;
    }

    private double LossOfConstants(double[] values)
    {
        using var scope = NewDisposeScope();
        using var constant = new ConstantNetwork(_problem.InputDimension, values, DType, Device);
        return ValidationLossOf(constant);
    }
}
