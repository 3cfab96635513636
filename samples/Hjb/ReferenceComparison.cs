using System;
using System.Globalization;
using System.Text.Json.Nodes;
using PdeDsl;
using static TorchSharp.torch;

namespace Samples.Hjb;

/// <summary>
/// Compares the trained solution with the Cole-Hopf reference: u(0, 0) against the reference (and the published 4.5901
/// for n = 100), and the relative L2 error over the pde's validation points. Adds "reference" to the report and rows to
/// the summary table.
/// </summary>
public static class ReferenceComparison
{
    /// <summary>The <see cref="PdeAppOptions.AfterTraining"/> hook of the sample.</summary>
    public static void Add(TrainingOutcome outcome, Hjb problem)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(problem);
        var trainer = outcome.Trainer;
        using var scope = NewDisposeScope();

        var origin = zeros(1, problem.InputDimension, dtype: ScalarType.Float64);
        double u0Learned = trainer.Predict(origin).to(ScalarType.Float64).item<double>();
        var (u0Reference, u0Error) = ColeHopfReference.AtOrigin(problem.N, problem.Lambda, problem.T);

        var points = trainer.ValidationPoints(trainer.PdeTermIndex());
        var learned = trainer.Predict(points).to(ScalarType.Float64).cpu();
        var (reference, referenceError) = ColeHopfReference.Evaluate(points, problem.Lambda, problem.T, ColeHopfReference.DefaultSamples);
        double relativeL2 = ((learned - reference).square().sum() / reference.square().sum()).sqrt().item<double>();
        double worstReferenceError = referenceError.max().item<double>();

        var section = new JsonObject
        {
            ["u0Learned"] = TrainingReport.Number(u0Learned),
            ["u0Reference"] = TrainingReport.Number(u0Reference),
            ["u0ReferenceStandardError"] = TrainingReport.Number(u0Error),
            ["u0Published"] = problem.N == 100 && problem.Lambda == 1 && problem.T == 1 ? ColeHopfReference.PublishedOrigin : null,
            ["relativeL2Error"] = TrainingReport.Number(relativeL2),
            ["referenceSamples"] = ColeHopfReference.DefaultSamples,
            ["u0ReferenceSamples"] = ColeHopfReference.OriginSamples,
            ["referenceMaxStandardError"] = TrainingReport.Number(worstReferenceError),
            ["validationPoints"] = points.shape[0],
        };
        outcome.Report["reference"] = section;

        string F(double v) => v.ToString("F4", CultureInfo.InvariantCulture);
        outcome.Summary.Add(new("relative L2 error vs Cole-Hopf", relativeL2.ToString("0.000E+00", CultureInfo.InvariantCulture)));
        outcome.Summary.Add(new("learned u(0,0)", F(u0Learned)));
        outcome.Summary.Add(new("reference u(0,0) (Cole-Hopf)", $"{F(u0Reference)} ± {u0Error:0.0E+00}"));
        if (problem.N == 100 && problem.Lambda == 1 && problem.T == 1)
        {
            outcome.Summary.Add(new("published u(0,0)", F(ColeHopfReference.PublishedOrigin)));
            outcome.Summary.Add(new("learned vs published", ((u0Learned / ColeHopfReference.PublishedOrigin - 1) * 100).ToString("+0.00;-0.00", CultureInfo.InvariantCulture) + " %"));
        }
    }
}
