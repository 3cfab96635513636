using System;
using System.Globalization;
using System.Text.Json.Nodes;
using PdeDsl;
using static TorchSharp.torch;

namespace Samples.Hjb;

/// <summary>
/// Compares the trained solution with the Cole-Hopf solution (<see cref="ColeHopfQuadrature"/>): u(0, 0) against it (and
/// the published 4.5901 for n = 100, 6.9063 for n = 1000), and the relative L2 error ‖u − u*‖₂/‖u*‖₂ over the pde's
/// validation points, which the problem drew from its own law. Adds "reference" to the report, sets the report's
/// relativeL2Error (the problem has no `exact` formula, but Cole-Hopf is its exact solution), and adds summary rows.
/// </summary>
public static class ReferenceComparison
{
    /// <summary>The <see cref="PdeAppOptions.AfterTraining"/> hook of the sample, for either statement of the problem.</summary>
    public static void Add(TrainingOutcome outcome, IPdeProblem problem)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(problem);
        var trainer = outcome.Trainer;
        int n = problem.Dims["n"];
        double lambda = problem.Params["lambda"], finalTime = problem.Params["T"];
        using var scope = NewDisposeScope();

        var origin = zeros(1, problem.InputDimension, dtype: ScalarType.Float64);
        double u0Learned = trainer.Predict(origin).to(ScalarType.Float64).item<double>();
        double u0Reference = ColeHopfQuadrature.AtOrigin(n, lambda, finalTime);
        double? published = lambda == 1 && finalTime == 1
            ? n switch { 100 => ColeHopfReference.PublishedOrigin, 1000 => ColeHopfQuadrature.OriginAt1000, _ => null }
            : null;

        var points = trainer.ValidationPoints(trainer.PdeTermIndex());
        var learned = trainer.Predict(points).to(ScalarType.Float64).cpu();
        var reference = ColeHopfQuadrature.Evaluate(points, lambda, finalTime);
        double relativeL2 = ((learned - reference).square().sum() / reference.square().sum()).sqrt().item<double>();

        outcome.Report["reference"] = new JsonObject
        {
            ["method"] = "Cole-Hopf by quadrature",
            ["u0Learned"] = TrainingReport.Number(u0Learned),
            ["u0Reference"] = TrainingReport.Number(u0Reference),
            ["u0Published"] = published,
            ["u0RelativeError"] = TrainingReport.Number(u0Learned / u0Reference - 1),
            ["relativeL2Error"] = TrainingReport.Number(relativeL2),
            ["validationPoints"] = points.shape[0],
        };
        outcome.Report["relativeL2Error"] = TrainingReport.Number(relativeL2);

        string F(double v) => v.ToString("F4", CultureInfo.InvariantCulture);
        // Rounded first: a tiny negative error would otherwise print as "-+0.00" (the negative section rounds to zero).
        string Percent(double v) => (Math.Round(v * 100, 2) + 0.0).ToString("+0.00;-0.00;+0.00", CultureInfo.InvariantCulture) + " %";
        outcome.Summary.Add(new("relative L2 error vs Cole-Hopf", relativeL2.ToString("0.000E+00", CultureInfo.InvariantCulture)));
        outcome.Summary.Add(new("learned u(0,0)", F(u0Learned)));
        outcome.Summary.Add(new("reference u(0,0) (Cole-Hopf)", F(u0Reference)));
        outcome.Summary.Add(new("learned vs reference", Percent(u0Learned / u0Reference - 1)));
        if (published is double p) outcome.Summary.Add(new("published u(0,0)", F(p)));
    }
}
