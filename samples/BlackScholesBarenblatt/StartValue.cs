using System;
using System.Globalization;
using System.Text.Json.Nodes;
using PdeDsl;
using static TorchSharp.torch;

namespace Samples.BlackScholesBarenblatt;

/// <summary>
/// The learned u(0, x0) at the start x0 = (1, 0.5, 1, 0.5, ...) of Raissi's Black-Scholes-Barenblatt benchmark against
/// the problem's exact solution there: adds "startValue" to the report and rows to the summary.
/// </summary>
public static class StartValue
{
    /// <summary>The point (t, x) = (0, x0) as one row of the problem's input columns.</summary>
    public static Tensor Point(IPdeProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        int n = problem.Dims["n"];
        var x0 = new double[1 + n];
        for (int i = 0; i < n; i++) x0[1 + i] = i % 2 == 0 ? 1.0 : 0.5;    // x0_1 = 1, x0_2 = 0.5, ...
        return tensor(x0, dtype: ScalarType.Float64).reshape(1, 1 + n);
    }

    /// <summary>The <see cref="PdeAppOptions.AfterTraining"/> hook of the sample.</summary>
    public static void Add(TrainingOutcome outcome, IPdeProblem problem)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(problem);
        using var scope = NewDisposeScope();
        var point = Point(problem);
        double learned = outcome.Trainer.Predict(point).to(ScalarType.Float64).item<double>();
        double exact = problem.ExactSolution(point).to(ScalarType.Float64).item<double>();
        double error = learned / exact - 1;

        outcome.Report["startValue"] = new JsonObject
        {
            ["x0"] = "(1, 0.5, 1, 0.5, ...)",
            ["learned"] = TrainingReport.Number(learned),
            ["exact"] = TrainingReport.Number(exact),
            ["relativeError"] = TrainingReport.Number(error),
        };
        string F(double v) => v.ToString("F4", CultureInfo.InvariantCulture);
        outcome.Summary.Add(new("learned u(0, x0)", F(learned)));
        outcome.Summary.Add(new("exact u(0, x0)", F(exact)));
        outcome.Summary.Add(new("learned vs exact", (error * 100).ToString("+0.000;-0.000", CultureInfo.InvariantCulture) + " %"));
    }
}
